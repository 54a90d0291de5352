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
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.model.CarePlan;
import org.waymark.model.AssociatedCondition;
import org.waymark.model.DecisionKind;
import org.waymark.model.EpisodeRate;
import org.waymark.model.MethodRecord;
import org.waymark.model.NeedsDomain;
import org.waymark.model.RatePeriod;
import org.waymark.model.InstrumentObservation;
import org.waymark.model.ItemResponse;
import org.waymark.model.Medication;
import org.waymark.model.PlanStatus;
import org.waymark.model.SignOff;
import org.waymark.model.SignatoryRole;
import org.waymark.model.Signature;
import org.waymark.model.TreatmentDecision;

class TreatmentRulesTest {

    private static CarePlan withRationale(String rationale) {
        TreatmentDecision d = adult().treatmentDecisions().get(0);
        return adult().toBuilder().treatmentDecisions(List.of(new TreatmentDecision(d.id(), d.date(), DecisionKind.DISCHARGE, rationale))).build();
    }

    private static CarePlan withObservation(String observation, String response) {
        InstrumentObservation o = adult().instrumentObservations().get(0);
        return adult().toBuilder().instrumentObservations(List.of(new InstrumentObservation(o.id(), o.instrument(), o.administeredOn(),
                o.administeredBy(), List.of(new ItemResponse("9", response)), observation))).build();
    }

    private static CarePlan withMedication(String indication, String condition) {
        return adult().toBuilder().medications(List.of(new Medication("med-1", "Sertraline 50 mg", indication, condition, "tm-gp"))).build();
    }

    @Nested
    @Covers("NO-TOOL-GATEKEEPING")
    class ToolGatekeeping {

        @Test
        void needsBasedRationaleIsClean() {
            Expect.clean(validate(adult()), "NO-TOOL-GATEKEEPING");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "Discharged because her PHQ-9 score of 4 is below the cut-off.",
            "Not offered therapy: scored 3 on the Manchester Self-Harm Rule.",
            "Discharged as above threshold criteria were not met.",
            "Discharged: assessed as low risk.",
            "Referred on because risk level is high.",
            "Discharged because the PHQ-9 was 6.",
            "Screened negative, so no follow-up."})
        void rationaleCitingAScoreOrRiskLevelIsAnErrorEvenInADraft(String rationale) {
            Expect.rule(validate(withRationale(rationale), Stage.DRAFT), "NO-TOOL-GATEKEEPING", "ERROR treatmentDecisions[0].rationale");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "Discharged to her GP because she has moved area and wants support nearer home.",
            "Offered therapy because she wants help with coping after repeated self-harm.",
            "Referred to the debt advice service because money worries come before most episodes."})
        void needsBasedRationalesAreClean(String rationale) {
            Expect.clean(validate(withRationale(rationale)), "NO-TOOL-GATEKEEPING");
        }

        @Test
        void aRecordedBasisIsARationaleWithoutWords() {
            CarePlan plan = withRationale(null);
            TreatmentDecision d = plan.treatmentDecisions().get(0).withBasis(List.of(NeedsDomain.MENTAL_HEALTH, NeedsDomain.NEED_FOR_CARE));

            Expect.clean(validate(plan.toBuilder().treatmentDecisions(List.of(d)).build()), "NO-TOOL-GATEKEEPING");
        }

        @Test
        void wordsCitingAScoreAreReportedBesideABasis() {
            CarePlan plan = withRationale("Discharged because her PHQ-9 score of 4 is below the cut-off.");
            TreatmentDecision d = plan.treatmentDecisions().get(0).withBasis(List.of(NeedsDomain.MENTAL_HEALTH));

            Expect.exactly(validate(plan.toBuilder().treatmentDecisions(List.of(d)).build(), Stage.DRAFT),
                    "NO-TOOL-GATEKEEPING ERROR treatmentDecisions[0].rationale");
        }

        @Test
        void aBasisTheAssessmentHasNoFindingForIsAGap() {
            CarePlan base = adult();
            var findings = base.needsAssessment().findings().stream()
                    .filter(f -> f.domain() != NeedsDomain.LIFE_DIFFICULTIES).toList();
            CarePlan plan = base.toBuilder()
                    .needsAssessment(new org.waymark.model.NeedsAssessment(base.needsAssessment().assessedOn(), findings))
                    .treatmentDecisions(List.of(base.treatmentDecisions().get(0)
                            .withBasis(List.of(NeedsDomain.MENTAL_HEALTH, NeedsDomain.LIFE_DIFFICULTIES))))
                    .build();

            Expect.rule(validate(plan), "NO-TOOL-GATEKEEPING", "ERROR treatmentDecisions[0].basis[1]");
            Expect.rule(validate(plan, Stage.DRAFT), "NO-TOOL-GATEKEEPING", "WARNING treatmentDecisions[0].basis[1]");
        }

        @Test
        void missingRationaleIsAnErrorAtFinalAndAWarningAtDraft() {
            Expect.exactly(validate(withRationale(null), Stage.FINAL), "NO-TOOL-GATEKEEPING ERROR treatmentDecisions[0].rationale");
            Expect.exactly(validate(withRationale(null), Stage.DRAFT), "NO-TOOL-GATEKEEPING WARNING treatmentDecisions[0].rationale");
        }
    }

    @Nested
    @Covers("INSTRUMENT-DESCRIPTIVE-ONLY")
    class InstrumentDescriptive {

        @Test
        void descriptiveObservationIsClean() {
            Expect.clean(validate(adult()), "INSTRUMENT-DESCRIPTIVE-ONLY");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "Total 18, above the clinical cut-off.",
            "Responses place her in the moderately severe range.",
            "Scored above the threshold for depression.",
            "Severity category: moderate.",
            "Screened positive for depression.",
            "Classified as high risk."})
        void derivedCutOffCategoryOrBandIsAnError(String observation) {
            Expect.rule(validate(withObservation(observation, "Several days")), "INSTRUMENT-DESCRIPTIVE-ONLY",
                    "ERROR instrumentObservations[0].observation");
        }

        @Test
        void derivedBandInAResponseIsAnError() {
            Expect.rule(validate(withObservation(null, "High-risk band"), Stage.DRAFT), "INSTRUMENT-DESCRIPTIVE-ONLY",
                    "ERROR instrumentObservations[0].responses[0].response");
        }

        @Test
        void describingTheResponsesIsClean() {
            Expect.clean(validate(withObservation("Low mood and poor sleep on most days; talked about what helps.", "Nearly every day")),
                    "INSTRUMENT-DESCRIPTIVE-ONLY");
        }
    }

    @Nested
    @Covers("PSYCH-INTERVENTION-SESSIONS")
    class InterventionSessions {

        private CarePlan adultWithSessions(Integer sessions) {
            return adult().toBuilder().interventions(Plans.with(adult().interventions(), 0, i -> i.withPlannedSessions(sessions))).build();
        }

        @Test
        void sessionsInRangeAreClean() {
            Expect.clean(validate(adult()), "PSYCH-INTERVENTION-SESSIONS");
        }

        @Test
        void tooManySessionsForNg225IsAWarning() {
            ValidationReport report = validate(adultWithSessions(12));

            Expect.exactly(report, "PSYCH-INTERVENTION-SESSIONS WARNING interventions[0].plannedSessions");
            assertThat(report.findings().get(0).parameters()).containsEntry("min", 4).containsEntry("max", 10);
        }

        @Test
        void twelveSessionsAreWithinCg133() {
            PlanValidator cg133 = PlanValidator.builder().profile(Profile.CG133).build();

            Expect.clean(cg133.validate(adultWithSessions(12), Stage.FINAL, Plans.ON), "PSYCH-INTERVENTION-SESSIONS");
            Expect.rule(cg133.validate(adultWithSessions(2), Stage.FINAL, Plans.ON), "PSYCH-INTERVENTION-SESSIONS",
                    "WARNING interventions[0].plannedSessions");
        }

        @Test
        void aTighterProfileNarrowsTheRange() {
            PlanValidator capped = PlanValidator.builder().profile(Profile.NG225.withMaxSessions(6)).build();

            Expect.rule(capped.validate(adult(), Stage.FINAL, Plans.ON), "PSYCH-INTERVENTION-SESSIONS", "WARNING interventions[0].plannedSessions");
        }

        @Test
        void noPlannedSessionsIsAWarning() {
            Expect.exactly(validate(adultWithSessions(null)), "PSYCH-INTERVENTION-SESSIONS WARNING interventions[0].plannedSessions");
        }

        @Test
        void youngPeopleAreOutsideTheAdultRange() {
            assertThat(young().interventions().get(0).plannedSessions()).isEqualTo(24);
            Expect.clean(validate(young()), "PSYCH-INTERVENTION-SESSIONS");
        }
    }

    @Nested
    @Covers("NO-DRUG-FOR-SELF-HARM")
    class NoDrugForSelfHarm {

        @Test
        void medicationForAnAssociatedConditionIsClean() {
            Expect.clean(validate(adult()), "NO-DRUG-FOR-SELF-HARM");
        }

        @ParameterizedTest
        @ValueSource(strings = {"To reduce self-harm", "Self-harm", "For self harm urges", "Prevent further self-injury",
            "Treatment of depression and to reduce self-harm"})
        void indicationOfSelfHarmIsAnErrorEvenInADraft(String indication) {
            Expect.rule(validate(withMedication(indication, "Depression"), Stage.DRAFT), "NO-DRUG-FOR-SELF-HARM",
                    "ERROR medications[0].indication");
        }

        @Test
        void selfHarmAsTheConditionIsAnError() {
            Expect.exactly(validate(withMedication("Treatment of low mood", "Deliberate self-harm"), Stage.DRAFT),
                    "NO-DRUG-FOR-SELF-HARM ERROR medications[0].associatedCondition");
        }

        @Test
        void missingConditionIsAnErrorAtFinalOnly() {
            Expect.exactly(validate(withMedication("Treatment of depression", null)), "NO-DRUG-FOR-SELF-HARM ERROR medications[0].condition");
            Expect.exactly(validate(withMedication("Treatment of depression", null), Stage.DRAFT),
                    "NO-DRUG-FOR-SELF-HARM WARNING medications[0].condition");
        }

        @Test
        void aCodedConditionStandsForTheWords() {
            Medication m = new Medication("med-1", "Sertraline 50 mg", null, null, "tm-gp").withCondition(AssociatedCondition.DEPRESSION);

            Expect.clean(validate(adult().toBuilder().medications(List.of(m)).build()), "NO-DRUG-FOR-SELF-HARM");
        }

        @Test
        void aCodedConditionMakesTheConditionInWordsANote() {
            Medication m = new Medication("med-1", "Sertraline 50 mg", "Treatment of depression", "DSH", "tm-gp")
                    .withCondition(AssociatedCondition.DEPRESSION);

            Expect.clean(validate(adult().toBuilder().medications(List.of(m)).build()), "NO-DRUG-FOR-SELF-HARM");
        }

        @Test
        void anIndicationOfSelfHarmIsReportedBesideACodedCondition() {
            Medication m = new Medication("med-1", "Sertraline 50 mg", "To reduce self-harm", null, "tm-gp")
                    .withCondition(AssociatedCondition.DEPRESSION);

            Expect.exactly(validate(adult().toBuilder().medications(List.of(m)).build(), Stage.DRAFT),
                    "NO-DRUG-FOR-SELF-HARM ERROR medications[0].indication");
        }

        @Test
        void recordedAsNotForSelfHarmTheWordsAreNotReadForSelfHarm() {
            Medication m = new Medication("med-1", "Sertraline 50 mg", "Low mood; NOT for the cutting", "Depression (not DSH)", "tm-gp")
                    .withNotForSelfHarm(true);

            Expect.clean(validate(adult().toBuilder().medications(List.of(m)).build()), "NO-DRUG-FOR-SELF-HARM");
        }

        @Test
        void notForSelfHarmIsOnlyEverTrue() {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new Medication("med-1", "Sertraline", null, null, null,
                    null, false))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notForSelfHarm");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Depression. Not for self-harm.", "Anxiety - not indicated for NSSI",
            "Antibiotic for infected self-harm wound", "Take-home naloxone: opioid overdose",
            "She asked whether it would stop her self-harming; it is for depression only"})
        void negatedHedgedAndWoundIndicationsAreClean(String indication) {
            Expect.clean(validate(withMedication(indication, "Depression")), "NO-DRUG-FOR-SELF-HARM");
        }

        @ParameterizedTest
        @ValueSource(strings = {"For DSH", "PRN for urges to cut", "reduce SIB", "Helps him not to hurt himself"})
        void abbreviationsAndMethodsAreSeen(String indication) {
            Expect.rule(validate(withMedication(indication, "Depression"), Stage.DRAFT), "NO-DRUG-FOR-SELF-HARM",
                    "ERROR medications[0].indication");
        }

        @Test
        void mentioningSelfHarmInPassingIsClean() {
            Expect.clean(validate(withMedication("Treatment of depression; supply weekly given past overdose", "Depression")),
                    "NO-DRUG-FOR-SELF-HARM");
        }
    }

    @Nested
    @Covers("DBT-A-CONSIDERED")
    class DbtAConsidered {

        private CarePlan youngWithoutDbtA() {
            return young().toBuilder().interventions(Plans.without(young().interventions(), 0)).build();
        }

        @Test
        void dbtAPlannedIsClean() {
            Expect.clean(validate(young()), "DBT-A-CONSIDERED");
        }

        @Test
        void youngPersonWithoutDbtAIsAWarning() {
            Expect.exactly(validate(youngWithoutDbtA()), "DBT-A-CONSIDERED WARNING interventions");
        }

        @Test
        void aReasonNotToPlanDbtAIsClean() {
            CarePlan plan = youngWithoutDbtA().toBuilder().dbtANotPlannedReason("Mateo and his mom chose family therapy first.").build();

            Expect.clean(validate(plan), "DBT-A-CONSIDERED");
        }

        @Test
        void adultsAreNotAsked() {
            assertThat(adult().history().frequentSelfHarm()).isTrue();
            Expect.clean(validate(adult()), "DBT-A-CONSIDERED");
        }

        private CarePlan youngWithRates(Boolean frequent, EpisodeRate... rates) {
            List<MethodRecord> methods = young().history().methods();
            List<MethodRecord> rated = new java.util.ArrayList<>();
            for (int i = 0; i < methods.size(); i++) {
                rated.add(methods.get(i).withRate(i < rates.length ? rates[i] : null));
            }
            return youngWithoutDbtA().toBuilder()
                    .history(young().history().withMethods(rated).withPresentation(frequent, true)).build();
        }

        @Test
        void withoutFrequentSelfHarmItDoesNotApply() {
            CarePlan plan = youngWithRates(false, EpisodeRate.of(1, RatePeriod.MONTH), EpisodeRate.of(11, RatePeriod.YEAR));

            Expect.clean(validate(plan), "DBT-A-CONSIDERED");
        }

        @Test
        void ratesThatAddUpToTwoAMonthMakeItFrequentWithoutTheFlag() {
            // 1 a month and 12 a year: 24 a year, the threshold.
            CarePlan plan = youngWithRates(null, EpisodeRate.of(1, RatePeriod.MONTH), EpisodeRate.of(12, RatePeriod.YEAR));

            Expect.exactly(validate(plan), "DBT-A-CONSIDERED WARNING interventions");
        }

        @Test
        void oneRateOfOnceAWeekIsFrequent() {
            Expect.exactly(validate(youngWithRates(null, EpisodeRate.of(1, RatePeriod.WEEK))), "DBT-A-CONSIDERED WARNING interventions");
        }

        @Test
        void theClinicianFlagStillCountsWithoutRates() {
            Expect.exactly(validate(youngWithRates(true)), "DBT-A-CONSIDERED WARNING interventions");
            Expect.clean(validate(youngWithRates(null)), "DBT-A-CONSIDERED");
        }

        @Test
        void under18AtThePlansStartCounts() {
            CarePlan plan = youngWithoutDbtA().withPerson(young().person().withDateOfBirth(LocalDate.of(2008, 10, 1)));

            Expect.rule(validate(plan), "DBT-A-CONSIDERED", "WARNING interventions");
        }
    }

    @Nested
    @Covers("SIGNED-OFF")
    class SignedOff {

        private final Signature clinician = new Signature(SignatoryRole.CLINICIAN, "Priya Raman", LocalDate.of(2026, 10, 5), "tm-coord");

        @Test
        void signedPlanIsClean() {
            Expect.clean(validate(adult()), "SIGNED-OFF");
        }

        @Test
        void withoutThePersonsSignatureOrReasonIsAnError() {
            Expect.exactly(validate(adult().toBuilder().signOff(new SignOff(List.of(clinician), null)).build()),
                    "SIGNED-OFF ERROR signOff.signatures");
        }

        @Test
        void aReasonThePersonDidNotSignIsClean() {
            CarePlan plan = adult().toBuilder().signOff(new SignOff(List.of(clinician), "Agreed by phone; will sign at the next session.")).build();

            Expect.clean(validate(plan), "SIGNED-OFF");
        }

        @Test
        void unsignedActivePlanHasTwoErrors() {
            assertThat(validate(adult().toBuilder().signOff(SignOff.EMPTY).build()).byRule("SIGNED-OFF"))
                    .extracting(Finding::messageKey).containsExactlyInAnyOrder("SIGNED-OFF.noClinician", "SIGNED-OFF.noPerson");
        }

        @Test
        void aDraftNeedsNoSignature() {
            Expect.clean(validate(adult().toBuilder().signOff(SignOff.EMPTY).status(PlanStatus.DRAFT).build()), "SIGNED-OFF");
        }
    }
}
