package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;

class ExamplePlansValidationTest {

    @Test
    void completeAdultPlanHasNoFindingsAtFinal() {
        ValidationReport report = Plans.validate(ExamplePlans.load(ExamplePlans.ADULT_COMPLETE), Stage.FINAL);

        assertThat(report.isAcceptable()).isTrue();
        assertThat(report.hasFindings()).as("%s", report.findings()).isFalse();
        assertThat(report.notEvaluated()).isEmpty();
    }

    @Test
    void youngPersonPlanHasNoFindingsAtFinal() {
        ValidationReport report = Plans.validate(ExamplePlans.load(ExamplePlans.YOUNG_PERSON_FAMILY), Stage.FINAL);

        assertThat(report.isAcceptable()).isTrue();
        assertThat(report.hasFindings()).as("%s", report.findings()).isFalse();
    }

    @Test
    void draftExampleHasExactlyTheseGapsAsWarnings() {
        CarePlan draft = ExamplePlans.load(ExamplePlans.DRAFT_WITH_GAPS);

        ValidationReport report = Plans.validate(draft, Stage.DRAFT);

        Expect.exactly(report,
                "ASSESSMENT-NEEDS-DOMAINS WARNING needsAssessment.findings",
                "ASSESSMENT-NEEDS-DOMAINS WARNING needsAssessment.findings",
                "ASSESSMENT-NEEDS-DOMAINS WARNING needsAssessment.findings",
                "ASSESSMENT-NEEDS-DOMAINS WARNING needsAssessment.findings",
                "ASSESSMENT-NEEDS-DOMAINS WARNING needsAssessment.findings",
                "ASSESSMENT-NEEDS-DOMAINS WARNING needsAssessment.findings",
                "ASSESSMENT-DEPENDENT-CHILDREN WARNING needsAssessment.findings",
                "RISK-FORMULATION-DOMAINS WARNING riskFormulation.agreement",
                "RISK-FORMULATION-DOMAINS WARNING riskFormulation.domains",
                "RISK-FORMULATION-DOMAINS WARNING riskFormulation.domains",
                "RISK-FORMULATION-DOMAINS WARNING riskFormulation.domains",
                "RISK-FORMULATION-DOMAINS WARNING riskFormulation.domains",
                "RISK-FORMULATION-DOMAINS WARNING riskFormulation.domains",
                "RISK-FORMULATION-DOMAINS WARNING riskFormulation.domains",
                "RISK-FORMULATION-DOMAINS WARNING riskFormulation.domains",
                "RISK-FORMULATION-DOMAINS WARNING riskFormulation.domains",
                "PLAN-AIMS-AGREED WARNING aimsAgreement",
                "GOAL-LONG-TERM WARNING goals",
                "GOAL-SHORT-TERM-LINKED WARNING goals[1].steps",
                "GOAL-SMART WARNING goals[1].dueDate",
                "GOAL-SMART WARNING goals[1].measure",
                "GOAL-SMART WARNING goals[1].target",
                "GOAL-NOT-ABSTINENCE-ONLY WARNING goals",
                "TEAM-ROLES WARNING careTeam.coordinatorId",
                "TEAM-ROLES WARNING careTeam.members[0].responsibilities",
                "TEAM-ROLES WARNING careTeam.personResponsibilities",
                "RISK-PLAN-PRESENT WARNING riskManagementPlan",
                "SAFETY-PLAN-STEPS WARNING safetyPlan",
                "SAFETY-PLAN-MEANS WARNING safetyPlan.meansSafety",
                "CONTACT-REACHABLE WARNING contacts[0].phone",
                "SHARED-WITH-GP WARNING sharing.gp",
                "CONFIDENTIALITY-EXPLAINED WARNING sharing.confidentialityExplainedOn",
                "REVIEW-WITHIN-12-MONTHS WARNING review.intervalMonths",
                "REVIEW-WITHIN-12-MONTHS WARNING review.nextReviewDate",
                "REVIEW-AFTER-EPISODE WARNING history.episodes[0]",
                "INFORMATION-GIVEN WARNING sharing.information",
                "INFORMATION-GIVEN WARNING sharing.information",
                "INFORMATION-GIVEN WARNING sharing.information");
        assertThat(report.byRule("ASSESSMENT-NEEDS-DOMAINS")).extracting(f -> f.parameter("domain"))
                .containsExactlyInAnyOrder("skills-strengths-assets", "physical-health", "functioning-and-vulnerabilities",
                        "life-difficulties", "need-for-care", "dependent-children");
        assertThat(report.byRule("INFORMATION-GIVEN")).extracting(f -> f.parameter("topic"))
                .containsExactlyInAnyOrder("care-plan", "safety-plan", "emergency");
    }

    @Test
    void draftExampleAtFinalTurnsTheErrorRulesGapsIntoErrors() {
        ValidationReport report = Plans.validate(ExamplePlans.load(ExamplePlans.DRAFT_WITH_GAPS), Stage.FINAL);

        assertThat(report.warnings()).extracting(Finding::ruleId).containsOnly("GOAL-LONG-TERM", "GOAL-NOT-ABSTINENCE-ONLY",
                "SAFETY-PLAN-STEPS", "SHARED-WITH-GP", "REVIEW-AFTER-EPISODE", "INFORMATION-GIVEN");
        assertThat(report.errors()).hasSize(30);
    }
}
