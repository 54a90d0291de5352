package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.validation.Plans.adult;
import static org.waymark.validation.Plans.draft;
import static org.waymark.validation.Plans.validate;

import org.junit.jupiter.api.Test;
import org.waymark.model.CarePlan;

class StageTest {

    @Test
    void aGapIsAWarningAtDraftAndAnErrorAtFinal() {
        CarePlan plan = adult().withNextReview(null);

        Expect.exactly(validate(plan, Stage.DRAFT), "REVIEW-WITHIN-12-MONTHS WARNING review.nextReviewDate");
        Expect.exactly(validate(plan, Stage.FINAL), "REVIEW-WITHIN-12-MONTHS ERROR review.nextReviewDate");
        assertThat(validate(plan, Stage.DRAFT).isAcceptable()).isTrue();
        assertThat(validate(plan, Stage.FINAL).isAcceptable()).isFalse();
    }

    @Test
    void theDraftExampleIsAcceptableAsADraftButNotFinal() {
        assertThat(validate(draft(), Stage.DRAFT).isAcceptable()).isTrue();
        assertThat(validate(draft(), Stage.DRAFT).errors()).isEmpty();
        assertThat(validate(draft(), Stage.FINAL).isAcceptable()).isFalse();
    }

    @Test
    void bothStagesFindTheSameThingsAtTheSamePaths() {
        assertThat(Expect.describe(validate(draft(), Stage.DRAFT).findings()).stream().map(s -> s.replace(" WARNING ", " ")).toList())
                .isEqualTo(Expect.describe(validate(draft(), Stage.FINAL).findings()).stream()
                        .map(s -> s.replace(" WARNING ", " ").replace(" ERROR ", " ")).toList());
    }

    @Test
    void warningRulesStayWarningsAtFinal() {
        for (Finding f : validate(draft(), Stage.FINAL).findings()) {
            Rule rule = RuleCatalogue.standard().rule(f.ruleId()).orElseThrow();
            if (rule.severity() == Severity.WARNING) {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
            }
        }
    }

    @Test
    void ruleSeverityByStageFollowsTheKindOfMessage() {
        Rule gatekeeping = RuleCatalogue.standard().rule("NO-TOOL-GATEKEEPING").orElseThrow();

        assertThat(gatekeeping.severity(Stage.DRAFT, "NO-TOOL-GATEKEEPING.noRationale")).isEqualTo(Severity.WARNING);
        assertThat(gatekeeping.severity(Stage.DRAFT, "NO-TOOL-GATEKEEPING.citesScore")).isEqualTo(Severity.ERROR);
        assertThat(gatekeeping.severity(Stage.FINAL, "NO-TOOL-GATEKEEPING.noRationale")).isEqualTo(Severity.ERROR);
        assertThat(gatekeeping.severityAt(Stage.DRAFT)).isEqualTo(Severity.WARNING);
        Rule longTerm = RuleCatalogue.standard().rule("GOAL-LONG-TERM").orElseThrow();
        assertThat(longTerm.severity(Stage.FINAL, "GOAL-LONG-TERM.noOccupationalGoal")).isEqualTo(Severity.WARNING);
    }
}
