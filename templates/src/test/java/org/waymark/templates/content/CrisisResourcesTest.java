package org.waymark.templates.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CrisisResourcesTest {

    private static final LocalDate VERIFIED = LocalDate.of(2026, 11, 23);

    static List<Locale> locales() {
        return List.copyOf(ContentLibrary.availableLocales());
    }

    @Test
    void britishResources() {
        ContentLibrary library = ContentLibrary.load(Locale.UK);

        assertThat(library.crisisResources())
                .extracting(CrisisResource::id, CrisisResource::kind, CrisisResource::phone, CrisisResource::textMessage)
                .containsExactly(
                        tuple("gb.emergency-999", CrisisResourceKind.EMERGENCY, "999", null),
                        tuple("gb.nhs-111-mental-health", CrisisResourceKind.URGENT_ADVICE, "111", null),
                        tuple("gb.samaritans", CrisisResourceKind.CRISIS_LINE, "116 123", null),
                        tuple("gb.shout", CrisisResourceKind.TEXT_LINE, null, TextMessage.of("85258", "SHOUT")));
        assertThat(library.emergencyNumber().phone()).isEqualTo("999");
        assertThat(library.crisisResources()).allSatisfy(r -> assertThat(r.country()).isEqualTo("GB"));
    }

    @Test
    void americanResources() {
        ContentLibrary library = ContentLibrary.load(Locale.US);

        assertThat(library.crisisResources())
                .extracting(CrisisResource::id, CrisisResource::kind, CrisisResource::phone, CrisisResource::textMessage)
                .containsExactly(
                        tuple("us.emergency-911", CrisisResourceKind.EMERGENCY, "911", null),
                        tuple("us.988-lifeline", CrisisResourceKind.CRISIS_LINE, "988", TextMessage.of("988")),
                        tuple("us.crisis-text-line", CrisisResourceKind.TEXT_LINE, null, TextMessage.of("741741", "HOME")));
        assertThat(library.emergencyNumber().phone()).isEqualTo("911");
        assertThat(library.crisisResources()).allSatisfy(r -> assertThat(r.country()).isEqualTo("US"));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyResourceIsOpenAllHoursAndRecordsItsSourceAndCheckDate(Locale locale) {
        ContentLibrary library = ContentLibrary.load(locale);

        assertThat(library.crisisResources()).allSatisfy(r -> {
            assertThat(r.available24x7()).isTrue();
            assertThat(r.lastVerified()).isEqualTo(VERIFIED);
            assertThat(r.source()).isNotBlank();
            assertThat(r.country()).isEqualTo(locale.getCountry());
        });
        assertThat(library.available24x7()).hasSameSizeAs(library.crisisResources());
        // CG133 crisis plan: a 24/7 route besides the emergency number.
        assertThat(library.available24x7())
                .anyMatch(r -> r.kind() == CrisisResourceKind.CRISIS_LINE || r.kind() == CrisisResourceKind.TEXT_LINE);
    }

    @Test
    void hostAddsALocalServiceAtTheEnd() {
        ContentLibrary library = ContentLibrary.load(Locale.UK);
        CrisisResource local = localCrisisTeam("gb.local-crisis-team");

        ContentLibrary withLocal = library.withCrisisResources(List.of(local));

        assertThat(withLocal.crisisResources()).hasSize(library.crisisResources().size() + 1).last().isEqualTo(local);
        assertThat(library.crisisResource("gb.local-crisis-team")).isEmpty();
        assertThat(withLocal.patientInformation()).isEqualTo(library.patientInformation());
        assertThat(withLocal.goals()).isEqualTo(library.goals());
    }

    @Test
    void hostReplacesAServiceInPlace() {
        ContentLibrary library = ContentLibrary.load(Locale.UK);
        CrisisResource replacement = localCrisisTeam("gb.nhs-111-mental-health");

        ContentLibrary replaced = library.withCrisisResources(List.of(replacement));

        assertThat(replaced.crisisResources()).extracting(CrisisResource::id)
                .containsExactlyElementsOf(library.crisisResources().stream().map(CrisisResource::id).toList());
        assertThat(replaced.crisisResource("gb.nhs-111-mental-health")).get()
                .extracting(CrisisResource::name).isEqualTo("Local crisis team");
    }

    @Test
    void hostRemovesAServiceButNeverTheLastEmergencyNumber() {
        ContentLibrary library = ContentLibrary.load(Locale.UK);

        assertThat(library.withoutCrisisResources(List.of("gb.shout")).crisisResources())
                .extracting(CrisisResource::id).doesNotContain("gb.shout");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> library.withoutCrisisResources(List.of("gb.emergency-999")))
                .withMessageContaining("emergency");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> library.withoutCrisisResources(List.of("gb.no-such-line")))
                .withMessageContaining("gb.no-such-line");
    }

    @Test
    void additionsWithTheSameIdTwiceAreRejected() {
        ContentLibrary library = ContentLibrary.load(Locale.UK);

        assertThatIllegalArgumentException().isThrownBy(() -> library.withCrisisResources(
                List.of(localCrisisTeam("gb.local"), localCrisisTeam("gb.local"))));
    }

    @Test
    void aResourceNeedsAWayToReachIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CrisisResource("gb.x", "X",
                CrisisResourceKind.CRISIS_LINE, "Call us.", null, null, "Any time", true, "GB", "X", VERIFIED))
                .withMessageContaining("phone number or a text contact");
        assertThatIllegalArgumentException().isThrownBy(() -> new CrisisResource("gb.x", "X",
                CrisisResourceKind.EMERGENCY, "Text us.", null, TextMessage.of("999"), "Any time", true, "GB", "X",
                VERIFIED));
        assertThatIllegalArgumentException().isThrownBy(() -> new CrisisResource("gb.x", "X",
                CrisisResourceKind.CRISIS_LINE, "Call us.", "116 123", null, "Any time", true, "United Kingdom", "X",
                VERIFIED));
    }

    private static CrisisResource localCrisisTeam(String id) {
        return new CrisisResource(id, "Local crisis team", CrisisResourceKind.CRISIS_LINE,
                "Call the crisis team for your area at any time.", "0800 000 0000", null,
                "Any time, day or night", true, "GB", "Example NHS Trust", VERIFIED);
    }
}
