package org.waymark.validation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.waymark.model.CarePlan;
import org.waymark.model.Episode;
import org.waymark.model.PlanPath;
import org.waymark.model.Review;
import org.waymark.model.ReviewSchedule;

/** The checks on reviews. */
final class ReviewChecks {

    private static final PlanPath REVIEW = PlanPath.of("review");

    private ReviewChecks() {
    }

    /** REVIEW-WITHIN-12-MONTHS, with the profile's bound. */
    static void withinBound(CarePlan plan, Evaluation ev, Emitter out) {
        ReviewSchedule r = plan.review();
        int months = ev.profile().maxReviewMonths();
        if (r.intervalMonths() == null) {
            out.report(REVIEW.property("intervalMonths"), "noInterval");
        } else if (r.intervalMonths() > months) {
            out.report(REVIEW.property("intervalMonths"), "intervalTooLong", Param.INTERVAL_MONTHS.of(r.intervalMonths()), Param.MONTHS.of(months));
        }
        LocalDate next = r.nextReviewDate();
        if (next == null) {
            out.report(REVIEW.property("nextReviewDate"), "noNextReview");
            return;
        }
        LocalDate from = plan.startDate();
        for (Review past : r.history()) {
            if (past.date().isAfter(from)) {
                from = past.date();
            }
        }
        LocalDate latest = from.plusMonths(months);
        if (next.isAfter(latest)) {
            out.report(REVIEW.property("nextReviewDate"), "tooLate", Param.NEXT_REVIEW_DATE.of(next), Param.FROM.of(from),
                    Param.MONTHS.of(months), Param.LATEST.of(latest));
        }
    }

    /** REVIEW-OVERDUE: needs the evaluation date. */
    static void overdue(CarePlan plan, Evaluation ev, Emitter out) {
        LocalDate next = plan.review().nextReviewDate();
        LocalDate on = ev.on();
        if (plan.isActive() && next != null && on.isAfter(next)) {
            out.report(REVIEW.property("nextReviewDate"), "overdue", Param.NEXT_REVIEW_DATE.of(next), Param.ON.of(on),
                    Param.DAYS.of(ChronoUnit.DAYS.between(next, on)));
        }
    }

    /** REVIEW-AFTER-EPISODE. */
    static void afterEpisode(CarePlan plan, Evaluation ev, Emitter out) {
        List<Episode> episodes = plan.history().episodes();
        List<Review> reviews = plan.review().history();
        for (int i = 0; i < episodes.size(); i++) {
            Episode e = episodes.get(i);
            boolean any = false;
            boolean both = false;
            for (Review r : reviews) {
                if (!r.date().isBefore(e.date())) {
                    any = true;
                    both |= r.safetyPlanReviewed() && r.riskPlanReviewed();
                }
            }
            PlanPath at = PlanPath.of("history").property("episodes").index(i);
            if (!any) {
                out.report(at, "noReview", Param.EPISODE_ID.of(e.id()), Param.DATE.of(e.date()));
            } else if (!both) {
                out.report(at, "plansNotReviewed", Param.EPISODE_ID.of(e.id()), Param.DATE.of(e.date()));
            }
        }
    }
}
