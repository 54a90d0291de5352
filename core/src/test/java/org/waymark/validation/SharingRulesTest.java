package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.validation.Plans.adult;
import static org.waymark.validation.Plans.validate;
import static org.waymark.validation.Plans.young;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.model.CarePlan;
import org.waymark.model.Consent;
import org.waymark.model.Contact;
import org.waymark.model.ContactKind;
import org.waymark.model.FamilyInvolvement;
import org.waymark.model.GpSharing;
import org.waymark.model.InvolvementKind;

class SharingRulesTest {

    private static CarePlan withFamily(CarePlan plan, FamilyInvolvement f) {
        return plan.withSharing(plan.sharing().withFamily(List.of(f)));
    }

    @Nested
    @Covers("CONTACT-REACHABLE")
    class ContactReachable {

        @Test
        void validContactsAreClean() {
            Expect.clean(validate(adult()), "CONTACT-REACHABLE");
            Expect.clean(validate(young()), "CONTACT-REACHABLE");
        }

        @Test
        void shortNumberIsAnError() {
            CarePlan plan = adult().toBuilder().contacts(Plans.with(adult().contacts(), 0, c -> c.withPhone("07700 9001"))).build();

            ValidationReport report = validate(plan);

            Expect.exactly(report, "CONTACT-REACHABLE ERROR contacts[0].phone");
            assertThat(report.findings().get(0).parameters()).containsEntry("contactId", "c-sister").containsEntry("country", "GB");
        }

        @Test
        void contactWithoutCountryUsesThePersonsLocale() {
            Contact gbNumber = new Contact("c-x", "Friend", ContactKind.PERSONAL, null, "07700 900123", null, null, null, null, null, false);

            Expect.exactly(validate(young().toBuilder().contact(gbNumber).build()), "CONTACT-REACHABLE ERROR contacts[7].phone");
            Expect.clean(validate(adult().toBuilder().contact(gbNumber).build()), "CONTACT-REACHABLE");
        }

        @Test
        void contactWithOnlyAnAddressIsClean() {
            Contact clinic = new Contact("c-x", "Walk-in clinic", ContactKind.SERVICE, null, null, null, null, "12 Mill Road", "GB", null, false);

            Expect.clean(validate(adult().toBuilder().contact(clinic).build()), "CONTACT-REACHABLE");
        }

        @Test
        void contactWithNoWayToReachItIsAnError() {
            Contact nobody = new Contact("c-x", "Neighbour", ContactKind.PERSONAL, null, null, null, null, null, "GB", null, false);

            Expect.exactly(validate(adult().toBuilder().contact(nobody).build()), "CONTACT-REACHABLE ERROR contacts[7]");
        }

        @Test
        void invalidTextNumberIsAnError() {
            Contact text = new Contact("c-x", "Text line", ContactKind.CRISIS_LINE, null, null, "123", null, null, "GB", null, true);

            Expect.exactly(validate(adult().toBuilder().contact(text).build()), "CONTACT-REACHABLE ERROR contacts[7].sms");
        }

        @ParameterizedTest
        @CsvSource({
            "GB, 07700 900123, true", "GB, 0161 496 0000, true", "GB, +44 7700 900123, true", "GB, 0044 161 496 0000, true",
            "GB, 999, true", "GB, 112, true", "GB, 111, true", "GB, 116 123, true", "GB, 07700 9001, false",
            "GB, 12345, false", "GB, +1 202 555 0100, false", "GB, 0800 SAMARITANS, false",
            "US, (555) 010-0147, true", "US, +1 555 010 0147, true", "US, 1-555-010-0147, true", "US, 911, true", "US, 988, true",
            "US, 555-0147, false", "US, 999, false", "US, 07700 900123, false",
            "FR, +33 1 23 45 67 89, true", "'', 112, true", "'', 12, false"})
        void phoneNumbersByCountry(String country, String number, boolean valid) {
            assertThat(Phones.isPhone(number, country)).isEqualTo(valid);
        }

        @ParameterizedTest
        @CsvSource({"GB, 85258, true", "GB, 07700 900123, true", "GB, 1234, false", "US, 741741, true", "US, 988, true",
            "US, (555) 010-0147, true", "US, 12, false"})
        void textNumbersByCountry(String country, String number, boolean valid) {
            assertThat(Phones.isSms(number, country)).isEqualTo(valid);
        }
    }

    @Nested
    @Covers("SHARED-WITH-GP")
    class SharedWithGp {

        @Test
        void sharedIsClean() {
            Expect.clean(validate(adult()), "SHARED-WITH-GP");
        }

        @Test
        void notRecordedIsAWarning() {
            Expect.exactly(validate(adult().withSharing(adult().sharing().withGp(null))), "SHARED-WITH-GP WARNING sharing.gp");
        }

        @Test
        void aReasonNotToShareIsClean() {
            CarePlan plan = adult().withSharing(adult().sharing().withGp(new GpSharing(null, "Zoë asked us not to share with her GP yet.")));

            Expect.clean(validate(plan), "SHARED-WITH-GP");
        }
    }

    @Nested
    @Covers("CONFIDENTIALITY-EXPLAINED")
    class Confidentiality {

        @Test
        void explainedBeforeSharingIsClean() {
            Expect.clean(validate(adult()), "CONFIDENTIALITY-EXPLAINED");
            Expect.clean(validate(young()), "CONFIDENTIALITY-EXPLAINED");
        }

        @Test
        void notExplainedIsAnError() {
            Expect.exactly(validate(adult().withSharing(adult().sharing().withConfidentialityExplainedOn(null))),
                    "CONFIDENTIALITY-EXPLAINED ERROR sharing.confidentialityExplainedOn");
        }

        @Test
        void explainedAfterSharingIsAnError() {
            ValidationReport report = validate(adult().withSharing(adult().sharing().withConfidentialityExplainedOn(LocalDate.of(2026, 10, 7))));

            Expect.exactly(report, "CONFIDENTIALITY-EXPLAINED ERROR sharing.confidentialityExplainedOn");
            assertThat(report.findings().get(0).parameters()).containsEntry("sharedOn", LocalDate.of(2026, 10, 5));
        }

        @Test
        void explainedOnTheDayOfSharingIsClean() {
            Expect.clean(validate(adult().withSharing(adult().sharing().withConfidentialityExplainedOn(LocalDate.of(2026, 10, 5)))),
                    "CONFIDENTIALITY-EXPLAINED");
        }
    }

    @Nested
    @Covers("FAMILY-CONSENT")
    class FamilyConsent {

        private final LocalDate day = LocalDate.of(2026, 10, 5);

        @Test
        void involvementWithConsentIsClean() {
            Expect.clean(validate(adult()), "FAMILY-CONSENT");
        }

        @Test
        void involvementWithoutConsentIsAnErrorAtFinalAndAWarningAtDraft() {
            CarePlan plan = withFamily(adult(), new FamilyInvolvement("c-sister", InvolvementKind.INVOLVED_IN_CARE, null, null, day));

            Expect.exactly(validate(plan, Stage.FINAL), "FAMILY-CONSENT ERROR sharing.family[0].consent");
            Expect.exactly(validate(plan, Stage.DRAFT), "FAMILY-CONSENT WARNING sharing.family[0].consent");
        }

        @Test
        void involvementAgainstTheRefusalIsAnErrorEvenInADraft() {
            CarePlan plan = withFamily(adult(), new FamilyInvolvement("c-sister", InvolvementKind.RECEIVES_INFORMATION,
                    new Consent(false, day, null), null, day));

            Expect.exactly(validate(plan, Stage.DRAFT), "FAMILY-CONSENT ERROR sharing.family[0].consent.given");
        }

        @Test
        void documentedExceptionIsClean() {
            CarePlan plan = withFamily(adult(), new FamilyInvolvement("c-sister", InvolvementKind.INVOLVED_IN_CARE,
                    new Consent(false, day, null), "Safeguarding concern; decision recorded by the team.", day));

            Expect.clean(validate(plan), "FAMILY-CONSENT");
        }

        @Test
        void involvementBeforeConsentIsAnError() {
            CarePlan plan = withFamily(adult(), new FamilyInvolvement("c-sister", InvolvementKind.INVOLVED_IN_CARE,
                    new Consent(true, day, null), null, day.minusDays(3)));

            Expect.rule(validate(plan), "FAMILY-CONSENT", "ERROR sharing.family[0].since");
        }
    }

    @Nested
    @Covers("INFORMATION-GIVEN")
    class InformationGiven {

        @Test
        void allTopicsGivenIsClean() {
            Expect.clean(validate(adult()), "INFORMATION-GIVEN");
        }

        @Test
        void missingEmergencyInformationIsAWarningNamingTheTopic() {
            CarePlan plan = adult().withSharing(adult().sharing().withInformation(Plans.without(adult().sharing().information(), 2)));

            ValidationReport report = validate(plan);

            Expect.exactly(report, "INFORMATION-GIVEN WARNING sharing.information");
            assertThat(report.findings().get(0).parameter("topic")).isEqualTo("emergency");
        }
    }
}
