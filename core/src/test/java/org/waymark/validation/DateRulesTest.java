package org.waymark.validation;

import static org.waymark.validation.Plans.adult;
import static org.waymark.validation.Plans.validate;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waymark.model.CarePlan;
import org.waymark.model.Review;

@Covers("DATES-CONSISTENT")
class DateRulesTest {

    private static final LocalDate START = adult().startDate();

    @Test
    void theCompleteExampleHasConsistentDates() {
        Expect.clean(validate(adult()), "DATES-CONSISTENT");
        Expect.clean(validate(Plans.young()), "DATES-CONSISTENT");
    }

    @Test
    void aNextReviewBeforeThePlanStartsIsAnErrorAtBothStages() {
        CarePlan plan = adult().withReview(adult().review().withHistory(List.of()).withNextReviewDate(START.minusDays(1)));

        for (Stage stage : Stage.values()) {
            Expect.rule(validate(plan, stage), "DATES-CONSISTENT", "ERROR review.nextReviewDate");
        }
    }

    @Test
    void aNextReviewBeforeTheLastReviewIsAnError() {
        Review last = adult().review().history().get(0);
        Review later = new Review(START.plusMonths(2), last.trigger(), last.episodeId(), last.participants(), last.summary(),
                last.safetyPlanReviewed(), last.riskPlanReviewed(), last.goalProgress());
        CarePlan plan = adult().withReview(adult().review().withHistory(List.of(last, later)).withNextReviewDate(START.plusMonths(1)));

        Expect.rule(validate(plan, Stage.DRAFT), "DATES-CONSISTENT", "ERROR review.nextReviewDate");
    }

    @Test
    void aPastReviewDatedBeforeThePlanIsAnErrorLocatedAtItsDate() {
        Review first = adult().review().history().get(0);
        Review early = new Review(START.minusDays(3), first.trigger(), first.episodeId(), first.participants(), first.summary(),
                first.safetyPlanReviewed(), first.riskPlanReviewed(), first.goalProgress());
        CarePlan plan = adult().withReview(adult().review().withHistory(List.of(early)));

        Expect.rule(validate(plan, Stage.DRAFT), "DATES-CONSISTENT", "ERROR review.history[0].date");
    }

    @Test
    void aGoalDueBeforeItStartsIsAnErrorAndNotAlsoAGoalSmartGap() {
        CarePlan plan = adult().withGoals(Plans.with(adult().goals(), 2, g -> g.withDueDate(g.startDate().minusDays(1))));

        ValidationReport report = validate(plan, Stage.DRAFT);

        Expect.rule(report, "DATES-CONSISTENT", "ERROR goals[2].dueDate");
        Expect.clean(report, "GOAL-SMART");
    }

    @Test
    void aGoalDueOnTheDayItStartsIsOnlyAGoalSmartGap() {
        CarePlan plan = adult().withGoals(Plans.with(adult().goals(), 2, g -> g.withDueDate(g.startDate())));

        ValidationReport report = validate(plan, Stage.DRAFT);

        Expect.clean(report, "DATES-CONSISTENT");
        Expect.rule(report, "GOAL-SMART", "WARNING goals[2].dueDate");
    }
}
