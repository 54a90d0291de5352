package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.validation.Plans.adult;
import static org.waymark.validation.Plans.draft;
import static org.waymark.validation.Plans.validate;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.model.CarePlan;
import org.waymark.model.NeedsAssessment;
import org.waymark.model.NeedsDomain;
import org.waymark.model.NeedsFinding;
import org.waymark.model.RiskDomainEntry;

class AssessmentRulesTest {

    private static CarePlan withNeeds(CarePlan plan, List<NeedsFinding> findings) {
        return plan.toBuilder().needsAssessment(new NeedsAssessment(plan.needsAssessment().assessedOn(), findings)).build();
    }

    @Nested
    @Covers("ASSESSMENT-NEEDS-DOMAINS")
    class NeedsDomains {

        @Test
        void completeAssessmentIsClean() {
            Expect.clean(validate(adult()), "ASSESSMENT-NEEDS-DOMAINS");
        }

        @Test
        void missingDomainIsAnErrorNamingTheDomain() {
            CarePlan plan = withNeeds(adult(), Plans.without(adult().needsAssessment().findings(), 2));

            ValidationReport report = validate(plan);

            // The treatment decision rests on mental health, which has no finding now.
            Expect.exactly(report, "ASSESSMENT-NEEDS-DOMAINS ERROR needsAssessment.findings",
                    "NO-TOOL-GATEKEEPING ERROR treatmentDecisions[0].basis[1]");
            assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("ASSESSMENT-NEEDS-DOMAINS")).singleElement()
                    .satisfies(f -> assertThat(f.parameter("domain")).isEqualTo(NeedsDomain.MENTAL_HEALTH.code()));
        }

        @Test
        void domainWithNeitherFindingNorReasonIsAnError() {
            CarePlan plan = withNeeds(adult(), Plans.with(adult().needsAssessment().findings(), 2,
                    f -> new NeedsFinding(f.domain(), null, null)));

            Expect.exactly(validate(plan), "ASSESSMENT-NEEDS-DOMAINS ERROR needsAssessment.findings[2]",
                    "NO-TOOL-GATEKEEPING ERROR treatmentDecisions[0].basis[1]");
        }

        @Test
        void domainNotAssessedWithAReasonIsClean() {
            CarePlan plan = withNeeds(adult(), Plans.with(adult().needsAssessment().findings(), 2,
                    f -> new NeedsFinding(f.domain(), null, "Not discussed today: Zoë asked to come back to it.")));

            Expect.clean(validate(plan), "ASSESSMENT-NEEDS-DOMAINS");
        }
    }

    @Nested
    @Covers("ASSESSMENT-DEPENDENT-CHILDREN")
    class DependentChildren {

        @Test
        void noDependentChildrenIsClean() {
            Expect.clean(validate(adult()), "ASSESSMENT-DEPENDENT-CHILDREN");
        }

        @Test
        void childrenWhoseNeedsWereNotAssessedIsAnError() {
            CarePlan plan = adult().withPerson(adult().person().withDependentChildren(true));

            Expect.exactly(validate(plan), "ASSESSMENT-DEPENDENT-CHILDREN ERROR needsAssessment.findings[8].finding");
        }

        @Test
        void childrenWhoseNeedsWereAssessedIsClean() {
            CarePlan plan = withNeeds(adult().withPerson(adult().person().withDependentChildren(true)),
                    Plans.with(adult().needsAssessment().findings(), 8,
                            f -> new NeedsFinding(NeedsDomain.DEPENDENT_CHILDREN, "A son of 6, well cared for; school aware.", null)));

            Expect.clean(validate(plan), "ASSESSMENT-DEPENDENT-CHILDREN");
        }

        @Test
        void notKnowingWhetherThereAreChildrenIsAnError() {
            CarePlan plan = adult().withPerson(adult().person().withDependentChildren(null));

            Expect.exactly(validate(plan), "ASSESSMENT-DEPENDENT-CHILDREN ERROR person.hasDependentChildren");
        }

        @Test
        void theDraftWithChildrenAndNoEntryIsAWarningAtDraft() {
            Expect.rule(validate(draft(), Stage.DRAFT), "ASSESSMENT-DEPENDENT-CHILDREN", "WARNING needsAssessment.findings");
        }
    }

    @Nested
    @Covers("RISK-FORMULATION-DOMAINS")
    class FormulationDomains {

        @Test
        void completeFormulationIsClean() {
            Expect.clean(validate(adult()), "RISK-FORMULATION-DOMAINS");
        }

        @Test
        void missingDomainIsAnError() {
            CarePlan plan = adult().withRiskFormulation(adult().riskFormulation()
                    .withDomains(Plans.without(adult().riskFormulation().domains(), 1)));

            ValidationReport report = validate(plan);

            Expect.exactly(report, "RISK-FORMULATION-DOMAINS ERROR riskFormulation.domains");
            assertThat(report.findings().get(0).parameter("domain")).isEqualTo("suicidal-intent");
        }

        @Test
        void domainNotAddressedWithAReasonIsClean() {
            CarePlan plan = adult().withRiskFormulation(adult().riskFormulation().withDomains(Plans.with(
                    adult().riskFormulation().domains(), 3, d -> new RiskDomainEntry(d.domain(), null, "Not relevant: no diagnosis."))));

            Expect.clean(validate(plan), "RISK-FORMULATION-DOMAINS");
        }

        @Test
        void emptyDomainIsAnError() {
            CarePlan plan = adult().withRiskFormulation(adult().riskFormulation().withDomains(Plans.with(
                    adult().riskFormulation().domains(), 3, d -> new RiskDomainEntry(d.domain(), null, null))));

            Expect.exactly(validate(plan), "RISK-FORMULATION-DOMAINS ERROR riskFormulation.domains[3]");
        }

        @Test
        void formulationNotAgreedIsAnError() {
            CarePlan plan = adult().withRiskFormulation(adult().riskFormulation().withAgreement(null));

            Expect.exactly(validate(plan), "RISK-FORMULATION-DOMAINS ERROR riskFormulation.agreement");
        }

        @Test
        void noIdentifiedRiskIsAnError() {
            CarePlan plan = draft().withRiskFormulation(draft().riskFormulation().withRisks(List.of()));

            assertThat(validate(plan).byRule("RISK-FORMULATION-DOMAINS"))
                    .filteredOn(f -> f.path().toString().equals("riskFormulation.risks"))
                    .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        }
    }
}
