package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.validation.Plans.adult;
import static org.waymark.validation.Plans.validate;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.model.CarePlan;
import org.waymark.model.CoProduction;
import org.waymark.model.MeansAction;
import org.waymark.model.MethodRecord;
import org.waymark.model.SafetyPlan;

class SafetyPlanRulesTest {

    private static SafetyPlan sp() {
        return adult().safetyPlan();
    }

    @Nested
    @Covers("SAFETY-PLAN-STEPS")
    class Steps {

        @Test
        void completeSafetyPlanIsClean() {
            Expect.clean(validate(adult()), "SAFETY-PLAN-STEPS");
        }

        @Test
        void missingSafetyPlanIsAWarning() {
            Expect.rule(validate(adult().withSafetyPlan(null)), "SAFETY-PLAN-STEPS", "WARNING safetyPlan");
        }

        @Test
        void emptyStepOneIsAWarning() {
            ValidationReport report = validate(adult().withSafetyPlan(sp().withWarningSigns(List.of())));

            Expect.exactly(report, "SAFETY-PLAN-STEPS WARNING safetyPlan.warningSigns");
            assertThat(report.findings().get(0).parameter("step")).isEqualTo(1);
        }

        @Test
        void stepFiveWithoutTheEmergencyNumberIsAWarning() {
            CarePlan plan = adult().withSafetyPlan(sp().withProfessionalContactIds(List.of("c-coord", "c-samaritans")));

            Expect.exactly(validate(plan), "SAFETY-PLAN-STEPS WARNING safetyPlan.professionalContactIds");
        }

        @Test
        void noReasonsForLivingIsAWarningUnlessDeclined() {
            Expect.exactly(validate(adult().withSafetyPlan(sp().withReasonsForLiving(List.of(), false))),
                    "SAFETY-PLAN-STEPS WARNING safetyPlan.reasonsForLiving");
            Expect.clean(validate(adult().withSafetyPlan(sp().withReasonsForLiving(List.of(), true))), "SAFETY-PLAN-STEPS");
        }

        @Test
        void stepSixWithAReasonInsteadOfActionsIsClean() {
            CarePlan plan = adult().withSafetyPlan(sp().withMeansSafety(List.of(), "No means at home."))
                    .toBuilder().history(adult().history().withMethods(adult().history().methods().stream()
                            .map(m -> new MethodRecord(m.id(), m.method(), m.detail(), m.frequency(), m.mostRecent(), m.medicalSeverity(), false))
                            .toList())).build();

            Expect.clean(validate(plan), "SAFETY-PLAN-STEPS");
        }
    }

    @Nested
    @Covers("SAFETY-PLAN-MEANS")
    class Means {

        @Test
        void everyAccessibleMethodAddressedIsClean() {
            Expect.clean(validate(adult()), "SAFETY-PLAN-MEANS");
        }

        @Test
        void accessibleMethodWithoutActionIsAnError() {
            CarePlan plan = adult().withSafetyPlan(sp().withMeansSafety(List.of(sp().meansSafety().get(0)), null));

            ValidationReport report = validate(plan);

            Expect.exactly(report, "SAFETY-PLAN-MEANS ERROR safetyPlan.meansSafety");
            assertThat(report.findings().get(0).parameters()).containsEntry("methodId", "m-poisoning").containsEntry("method", "self-poisoning");
        }

        @Test
        void accessNotAskedAndNoActionIsAnError() {
            CarePlan plan = adult().withSafetyPlan(sp().withMeansSafety(List.of(sp().meansSafety().get(0)), null))
                    .toBuilder().history(adult().history().withMethods(Plans.with(adult().history().methods(), 1,
                            m -> new MethodRecord(m.id(), m.method(), m.detail(), m.frequency(), m.mostRecent(), m.medicalSeverity(), null))))
                    .build();

            Expect.exactly(validate(plan), "SAFETY-PLAN-MEANS ERROR history.methods[1].accessToMeans");
        }

        @Test
        void methodWithoutAccessNeedsNoAction() {
            CarePlan plan = adult().withSafetyPlan(sp().withMeansSafety(List.of(sp().meansSafety().get(0)), null))
                    .toBuilder().history(adult().history().withMethods(Plans.with(adult().history().methods(), 1,
                            m -> new MethodRecord(m.id(), m.method(), m.detail(), m.frequency(), m.mostRecent(), m.medicalSeverity(), false))))
                    .build();

            Expect.clean(validate(plan), "SAFETY-PLAN-MEANS");
        }

        @Test
        void aGeneralActionDoesNotAddressAMethod() {
            CarePlan plan = adult().withSafetyPlan(sp().withMeansSafety(
                    List.of(sp().meansSafety().get(0), new MeansAction(null, "Keep the flat tidy.")), null));

            Expect.rule(validate(plan), "SAFETY-PLAN-MEANS", "ERROR safetyPlan.meansSafety");
        }
    }

    @Nested
    @Covers("SAFETY-PLAN-CO-PRODUCED")
    class CoProduced {

        @Test
        void coProducedPlanIsClean() {
            Expect.clean(validate(adult()), "SAFETY-PLAN-CO-PRODUCED");
        }

        @Test
        void notRecordedIsAWarning() {
            Expect.exactly(validate(adult().withSafetyPlan(sp().withCoProduction(null))), "SAFETY-PLAN-CO-PRODUCED WARNING safetyPlan.coProduction");
        }

        @Test
        void notInOwnWordsAndNoCopiesAreWarnings() {
            CarePlan plan = adult().withSafetyPlan(sp().withCoProduction(new CoProduction(true, false, LocalDate.of(2026, 10, 5), List.of())));

            Expect.exactly(validate(plan), "SAFETY-PLAN-CO-PRODUCED WARNING safetyPlan.coProduction.inOwnWords",
                    "SAFETY-PLAN-CO-PRODUCED WARNING safetyPlan.coProduction.copiesKept");
        }

        @Test
        void notWrittenWithThePersonIsAWarning() {
            CarePlan plan = adult().withSafetyPlan(sp().withCoProduction(new CoProduction(false, true, null, List.of("On my phone"))));

            Expect.exactly(validate(plan), "SAFETY-PLAN-CO-PRODUCED WARNING safetyPlan.coProduction.writtenWithPerson");
        }
    }
}
