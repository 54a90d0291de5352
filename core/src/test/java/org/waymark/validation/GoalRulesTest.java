package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.validation.Plans.adult;
import static org.waymark.validation.Plans.draft;
import static org.waymark.validation.Plans.validate;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.model.CarePlan;
import org.waymark.model.Goal;
import org.waymark.model.GoalArea;
import org.waymark.model.GoalStatus;

class GoalRulesTest {

    /** The adult's short-term goal g-st-skills is goals[2]; g-st-sleep is goals[3]. */
    private static CarePlan adultWithGoal(int index, java.util.function.UnaryOperator<Goal> change) {
        return adult().withGoals(Plans.with(adult().goals(), index, change));
    }

    @Nested
    @Covers("PLAN-AIMS-AGREED")
    class AimsAgreed {

        @Test
        void agreedAimsAreClean() {
            Expect.clean(validate(adult()), "PLAN-AIMS-AGREED");
        }

        @Test
        void aimsWithoutAgreementAreAnError() {
            Expect.exactly(validate(adult().toBuilder().aimsAgreement(null).build()), "PLAN-AIMS-AGREED ERROR aimsAgreement");
        }

        @Test
        void noAimsIsAnError() {
            Expect.exactly(validate(adult().toBuilder().aims(List.of()).build()), "PLAN-AIMS-AGREED ERROR aims");
        }
    }

    @Nested
    @Covers("GOAL-LONG-TERM")
    class LongTerm {

        @Test
        void longTermAndOccupationalGoalsAreClean() {
            Expect.clean(validate(adult()), "GOAL-LONG-TERM");
        }

        @Test
        void noLongTermGoalIsAnErrorAtFinal() {
            Goal unlinked = Goal.shortTerm("g-1", null, GoalArea.EDUCATION_EMPLOYMENT_OCCUPATION, "Talk to my manager about shifts.").build();

            Expect.rule(validate(draft().withGoals(List.of(unlinked))), "GOAL-LONG-TERM", "ERROR goals");
        }

        @Test
        void noOccupationalGoalIsOnlyAWarningEvenAtFinal() {
            CarePlan plan = adult().withGoals(adult().goals().stream()
                    .map(g -> g.area() == GoalArea.EDUCATION_EMPLOYMENT_OCCUPATION ? g.toBuilder().area(GoalArea.OTHER).build() : g)
                    .toList());

            Expect.exactly(validate(plan), "GOAL-LONG-TERM WARNING goals");
        }

        @Test
        void aReasonForNoOccupationalGoalIsClean() {
            CarePlan plan = adult().withGoals(adult().goals().stream()
                    .map(g -> g.area() == GoalArea.EDUCATION_EMPLOYMENT_OCCUPATION ? g.toBuilder().area(GoalArea.OTHER).build() : g)
                    .toList()).toBuilder().noOccupationalGoalReason("Zoë wants to keep work out of this plan for now.").build();

            Expect.clean(validate(plan), "GOAL-LONG-TERM");
        }
    }

    @Nested
    @Covers("GOAL-SHORT-TERM-LINKED")
    class ShortTermLinked {

        @Test
        void linkedShortTermGoalsWithStepsAreClean() {
            Expect.clean(validate(adult()), "GOAL-SHORT-TERM-LINKED");
        }

        @Test
        void shortTermGoalWithoutStepsIsAnError() {
            Expect.exactly(validate(adultWithGoal(3, g -> g.withSteps(List.of()))), "GOAL-SHORT-TERM-LINKED ERROR goals[3].steps");
        }

        @Test
        void shortTermGoalNotLinkedIsAnError() {
            Expect.exactly(validate(adultWithGoal(3, g -> g.toBuilder().longTermGoalId(null).build())),
                    "GOAL-SHORT-TERM-LINKED ERROR goals[3].longTermGoalId");
        }

        @Test
        void noShortTermGoalIsAnError() {
            CarePlan plan = draft().withGoals(List.of(draft().goals().get(0)));

            Expect.rule(validate(plan), "GOAL-SHORT-TERM-LINKED", "ERROR goals");
        }
    }

    @Nested
    @Covers("GOAL-SMART")
    class Smart {

        @Test
        void smartGoalsAreClean() {
            Expect.clean(validate(adult()), "GOAL-SMART");
        }

        @Test
        void missingMeasureIsAnError() {
            Expect.exactly(validate(adultWithGoal(2, g -> g.withMeasure(null))), "GOAL-SMART ERROR goals[2].measure");
        }

        @Test
        void missingTargetAndDueDateAreErrors() {
            Expect.exactly(validate(adultWithGoal(2, g -> g.toBuilder().target(null).dueDate(null).build())),
                    "GOAL-SMART ERROR goals[2].target", "GOAL-SMART ERROR goals[2].dueDate");
        }

        @Test
        void dueAfterTheNextReviewIsAnError() {
            ValidationReport report = validate(adultWithGoal(2, g -> g.withDueDate(LocalDate.of(2027, 1, 11))));

            Expect.exactly(report, "GOAL-SMART ERROR goals[2].dueDate");
            assertThat(report.findings().get(0).parameters())
                    .containsEntry("goalId", "g-st-skills")
                    .containsEntry("dueDate", LocalDate.of(2027, 1, 11))
                    .containsEntry("nextReviewDate", LocalDate.of(2026, 12, 14));
        }

        @Test
        void dueAfterTheNextReviewWithAReasonIsClean() {
            CarePlan plan = adultWithGoal(2, g -> g.toBuilder().dueDate(LocalDate.of(2027, 1, 11))
                    .dueDateReason("The skills group runs until January.").build());

            Expect.clean(validate(plan), "GOAL-SMART");
        }

        @Test
        void achievedGoalDueAfterTheReviewIsClean() {
            CarePlan plan = adultWithGoal(2, g -> g.toBuilder().dueDate(LocalDate.of(2027, 1, 11)).status(GoalStatus.ACHIEVED).build());

            Expect.clean(validate(plan), "GOAL-SMART");
        }

        @Test
        void dueOnItsStartIsAnError() {
            Expect.exactly(validate(adultWithGoal(2, g -> g.withDueDate(LocalDate.of(2026, 10, 5)))), "GOAL-SMART ERROR goals[2].dueDate");
        }

        @Test
        void dueBeforeThePlanStartsWhenTheGoalHasNoStartIsAnError() {
            CarePlan plan = adultWithGoal(2, g -> g.toBuilder().startDate(null).dueDate(LocalDate.of(2026, 9, 1)).build());

            // A date that cannot be is DATES-CONSISTENT's, at both stages; GOAL-SMART keeps the due date on the start day.
            Expect.exactly(validate(plan, Stage.DRAFT), "DATES-CONSISTENT ERROR goals[2].dueDate");
        }

        @Test
        void dueOnThePlansStartWhenTheGoalHasNoStartIsAGap() {
            CarePlan plan = adultWithGoal(2, g -> g.toBuilder().startDate(null).dueDate(adult().startDate()).build());

            Expect.exactly(validate(plan), "GOAL-SMART ERROR goals[2].dueDate");
        }

        @Test
        void longTermGoalsNeedNoSmartFields() {
            assertThat(adult().goals().get(0).measure()).isNull();
            Expect.clean(validate(adult()), "GOAL-SMART");
        }
    }

    @Nested
    @Covers("GOAL-NOT-ABSTINENCE-ONLY")
    class NotAbstinenceOnly {

        @Test
        void goalsAboutCopingAreClean() {
            Expect.clean(validate(adult()), "GOAL-NOT-ABSTINENCE-ONLY");
        }

        @Test
        void onlyStopSelfHarmGoalsIsAWarning() {
            Expect.rule(validate(draft()), "GOAL-NOT-ABSTINENCE-ONLY", "WARNING goals");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Stop self-harming.", "Never cut again", "No more burning myself", "Be self-harm free by summer",
            "I will not hurt myself", "Quit cutting for good"})
        void abstinenceStatementsInTheSafetyAreaFire(String statement) {
            Goal goal = Goal.longTerm("g-1", GoalArea.SAFETY, statement).build();

            Expect.rule(validate(draft().withGoals(List.of(goal))), "GOAL-NOT-ABSTINENCE-ONLY", "WARNING goals");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Keep wounds clean and dressed.", "Know what to do when urges are strong", "Feel safe at home"})
        void aHarmReductionGoalInTheSafetyAreaIsClean(String statement) {
            CarePlan plan = draft().withGoals(Plans.plus(draft().goals(), Goal.longTerm("g-2", GoalArea.SAFETY, statement).build()));

            Expect.clean(validate(plan), "GOAL-NOT-ABSTINENCE-ONLY");
        }

        @Test
        void aStopSelfHarmGoalInTheCopingAreaIsClean() {
            CarePlan plan = draft().withGoals(Plans.with(draft().goals(), 0, g -> g.toBuilder().area(GoalArea.COPING).build()));

            Expect.clean(validate(plan), "GOAL-NOT-ABSTINENCE-ONLY");
        }
    }
}
