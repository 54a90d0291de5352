package org.waymark.validation;

import java.time.LocalDate;
import java.util.List;
import org.waymark.model.CarePlan;
import org.waymark.model.Goal;
import org.waymark.model.GoalArea;
import org.waymark.model.GoalStatus;
import org.waymark.model.PlanPath;

/** The checks on aims and goals. */
final class GoalChecks {

    private static final PlanPath GOALS = PlanPath.of("goals");

    private GoalChecks() {
    }

    /** PLAN-AIMS-AGREED. */
    static void aimsAgreed(CarePlan plan, Evaluation ev, Emitter out) {
        if (plan.aims().isEmpty()) {
            out.report(PlanPath.of("aims"), "noAims");
        }
        if (plan.aimsAgreement() == null) {
            out.report(PlanPath.of("aimsAgreement"), "notAgreed");
        }
    }

    /** GOAL-LONG-TERM. */
    static void longTerm(CarePlan plan, Evaluation ev, Emitter out) {
        boolean longTerm = false;
        boolean occupational = false;
        for (Goal g : plan.goals()) {
            longTerm |= !g.isShortTerm();
            occupational |= g.area() == GoalArea.EDUCATION_EMPLOYMENT_OCCUPATION;
        }
        if (!longTerm) {
            out.report(GOALS, "noLongTermGoal");
        }
        if (!occupational && plan.noOccupationalGoalReason() == null) {
            out.report(GOALS, "noOccupationalGoal");
        }
    }

    /** GOAL-SHORT-TERM-LINKED. */
    static void shortTermLinked(CarePlan plan, Evaluation ev, Emitter out) {
        List<Goal> goals = plan.goals();
        boolean any = false;
        for (int i = 0; i < goals.size(); i++) {
            Goal g = goals.get(i);
            if (!g.isShortTerm()) {
                continue;
            }
            any = true;
            if (g.longTermGoalId() == null) {
                out.report(GOALS.index(i).property("longTermGoalId"), "notLinked", Param.GOAL_ID.of(g.id()));
            }
            if (g.steps().isEmpty()) {
                out.report(GOALS.index(i).property("steps"), "noSteps", Param.GOAL_ID.of(g.id()));
            }
        }
        if (!any) {
            out.report(GOALS, "noShortTermGoal");
        }
    }

    /** GOAL-SMART. */
    static void smart(CarePlan plan, Evaluation ev, Emitter out) {
        List<Goal> goals = plan.goals();
        LocalDate next = plan.review().nextReviewDate();
        for (int i = 0; i < goals.size(); i++) {
            Goal g = goals.get(i);
            if (!g.isShortTerm()) {
                continue;
            }
            PlanPath at = GOALS.index(i);
            if (g.measure() == null) {
                out.report(at.property("measure"), "noMeasure", Param.GOAL_ID.of(g.id()));
            }
            if (g.target() == null) {
                out.report(at.property("target"), "noTarget", Param.GOAL_ID.of(g.id()));
            }
            if (g.dueDate() == null) {
                out.report(at.property("dueDate"), "noDueDate", Param.GOAL_ID.of(g.id()));
                continue;
            }
            LocalDate start = g.startDate() != null ? g.startDate() : plan.startDate();
            if (g.dueDate().isEqual(start)) {
                // A due date before the start cannot be at all: DATES-CONSISTENT reports it, as an error.
                out.report(at.property("dueDate"), "dueNotAfterStart", Param.GOAL_ID.of(g.id()), Param.DUE_DATE.of(g.dueDate()), Param.START_DATE.of(start));
            } else if (g.status() == GoalStatus.ACTIVE && next != null && g.dueDate().isAfter(next) && g.dueDateReason() == null) {
                out.report(at.property("dueDate"), "dueAfterReview", Param.GOAL_ID.of(g.id()), Param.DUE_DATE.of(g.dueDate()), Param.NEXT_REVIEW_DATE.of(next));
            }
        }
    }

    /**
     * GOAL-NOT-ABSTINENCE-ONLY: fires when there are goals and every one of them is in the area
     * {@code safety} or {@code other} and its statement is about stopping self-harm.
     */
    static void notAbstinenceOnly(CarePlan plan, Evaluation ev, Emitter out) {
        List<Goal> goals = plan.goals();
        if (goals.isEmpty()) {
            return;
        }
        for (Goal g : goals) {
            boolean abstinenceArea = g.area() == GoalArea.SAFETY || g.area() == GoalArea.OTHER;
            if (!abstinenceArea || !Wording.stopsSelfHarm(ev.read(g.statement()))) {
                return;
            }
        }
        out.report(GOALS, "abstinenceOnly", Param.GOALS.of(goals.size()));
    }
}
