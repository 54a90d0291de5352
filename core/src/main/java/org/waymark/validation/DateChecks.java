package org.waymark.validation;

import java.time.LocalDate;
import java.util.List;
import org.waymark.model.CarePlan;
import org.waymark.model.Goal;
import org.waymark.model.PlanPath;
import org.waymark.model.Review;

/**
 * DATES-CONSISTENT: dates a plan can hold one by one but not together. They are checked here rather than in
 * the records' constructors so that a plan written with such a date still reads, and the finding points at
 * the date to correct.
 */
final class DateChecks {

    private static final PlanPath REVIEW = PlanPath.of("review");

    private DateChecks() {
    }

    /** DATES-CONSISTENT. */
    static void consistent(CarePlan plan, Evaluation ev, Emitter out) {
        LocalDate start = plan.startDate();
        List<Review> history = plan.review().history();
        LocalDate last = null;
        for (int i = 0; i < history.size(); i++) {
            LocalDate d = history.get(i).date();
            if (d.isBefore(start)) {
                out.report(REVIEW.property("history").index(i).property("date"), "reviewBeforeStart",
                        Param.DATE.of(d), Param.START_DATE.of(start));
            }
            if (last == null || d.isAfter(last)) {
                last = d;
            }
        }
        LocalDate next = plan.review().nextReviewDate();
        if (next != null) {
            PlanPath at = REVIEW.property("nextReviewDate");
            if (next.isBefore(start)) {
                out.report(at, "nextReviewBeforeStart", Param.NEXT_REVIEW_DATE.of(next), Param.START_DATE.of(start));
            } else if (last != null && next.isBefore(last)) {
                out.report(at, "nextReviewBeforeLastReview", Param.NEXT_REVIEW_DATE.of(next), Param.DATE.of(last));
            }
        }
        List<Goal> goals = plan.goals();
        for (int i = 0; i < goals.size(); i++) {
            Goal g = goals.get(i);
            LocalDate from = g.startDate() != null ? g.startDate() : start;
            if (g.dueDate() != null && g.dueDate().isBefore(from)) {
                out.report(PlanPath.of("goals").index(i).property("dueDate"), "dueBeforeStart", Param.GOAL_ID.of(g.id()),
                        Param.DUE_DATE.of(g.dueDate()), Param.START_DATE.of(from));
            }
        }
    }
}
