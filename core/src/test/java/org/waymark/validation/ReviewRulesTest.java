package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.validation.Plans.adult;
import static org.waymark.validation.Plans.validate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.model.CarePlan;
import org.waymark.model.Episode;
import org.waymark.model.PlanStatus;
import org.waymark.model.Review;
import org.waymark.model.ReviewSchedule;
import org.waymark.model.ReviewTrigger;

class ReviewRulesTest {

    /** The adult plan starts, and was last reviewed, on this date. */
    private static final LocalDate START = LocalDate.of(2026, 10, 5);

    private static Review review(LocalDate date, boolean safety, boolean risk) {
        return new Review(date, ReviewTrigger.REQUESTED, null, List.of("Zoë"), null, safety, risk, List.of());
    }

    @Nested
    @Covers("REVIEW-WITHIN-12-MONTHS")
    class WithinTwelveMonths {

        @Test
        void reviewWithinTheIntervalIsClean() {
            Expect.clean(validate(adult()), "REVIEW-WITHIN-12-MONTHS");
            Expect.clean(validate(adult().withNextReview(START.plusMonths(12))), "REVIEW-WITHIN-12-MONTHS");
        }

        @Test
        void reviewMoreThanTwelveMonthsAwayIsAnError() {
            CarePlan plan = adult().withNextReview(START.plusMonths(13));

            ValidationReport report = validate(plan);

            assertThat(report.findings()).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("REVIEW-WITHIN-12-MONTHS");
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.path()).hasToString("review.nextReviewDate");
                assertThat(f.parameters()).containsEntry("latest", START.plusMonths(12)).containsEntry("months", 12);
            });
        }

        @Test
        void aTighterProfileShortensTheBound() {
            PlanValidator sixMonthly = PlanValidator.builder().profile(Profile.NG225.withMaxReviewMonths(6)).build();
            CarePlan plan = adult().withNextReview(START.plusMonths(7));

            Expect.rule(sixMonthly.validate(plan, Stage.FINAL, Plans.ON), "REVIEW-WITHIN-12-MONTHS", "ERROR review.nextReviewDate");
            Expect.clean(sixMonthly.validate(adult().withNextReview(START.plusMonths(6)), Stage.FINAL, Plans.ON), "REVIEW-WITHIN-12-MONTHS");
        }

        @Test
        void theBoundRunsFromTheLastReview() {
            LocalDate last = LocalDate.of(2026, 11, 2);
            CarePlan plan = adult().withReview(new ReviewSchedule(3, last.plusMonths(12),
                    Plans.plus(adult().review().history(), review(last, true, true))));

            Expect.clean(validate(plan), "REVIEW-WITHIN-12-MONTHS");
            Expect.rule(validate(plan.withNextReview(last.plusMonths(12).plusDays(1))), "REVIEW-WITHIN-12-MONTHS", "ERROR review.nextReviewDate");
        }

        @Test
        void noNextReviewIsAnError() {
            Expect.exactly(validate(adult().withNextReview(null)), "REVIEW-WITHIN-12-MONTHS ERROR review.nextReviewDate");
        }

        @Test
        void intervalMissingOrTooLongIsAnError() {
            ReviewSchedule r = adult().review();
            Expect.exactly(validate(adult().withReview(new ReviewSchedule(null, r.nextReviewDate(), r.history()))),
                    "REVIEW-WITHIN-12-MONTHS ERROR review.intervalMonths");
            Expect.exactly(validate(adult().withReview(new ReviewSchedule(18, r.nextReviewDate(), r.history()))),
                    "REVIEW-WITHIN-12-MONTHS ERROR review.intervalMonths");
        }
    }

    @Nested
    @Covers("REVIEW-OVERDUE")
    class Overdue {

        private final LocalDate next = LocalDate.of(2026, 12, 14);

        @Test
        void onTheReviewDateIsClean() {
            Expect.clean(Plans.VALIDATOR.validate(adult(), Stage.FINAL, next), "REVIEW-OVERDUE");
        }

        @Test
        void theDayAfterIsAWarning() {
            ValidationReport report = Plans.VALIDATOR.validate(adult(), Stage.FINAL, next.plusDays(1));

            Expect.exactly(report, "REVIEW-OVERDUE WARNING review.nextReviewDate");
            assertThat(report.findings().get(0).parameter("days")).isEqualTo(1L);
        }

        @Test
        void aDraftIsNeverOverdue() {
            Expect.clean(Plans.VALIDATOR.validate(adult().withStatus(PlanStatus.DRAFT), Stage.FINAL, next.plusDays(30)), "REVIEW-OVERDUE");
        }

        @Test
        void theClockGivesTheDateWhenNoneIsPassed() {
            Clock later = Clock.fixed(next.plusDays(10).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

            ValidationReport report = PlanValidator.standard(later).validate(adult(), Stage.FINAL);

            Expect.exactly(report, "REVIEW-OVERDUE WARNING review.nextReviewDate");
            assertThat(report.evaluationDate()).contains(next.plusDays(10));
        }

        @Test
        void withoutDateOrClockTheRuleIsSkippedVisibly() {
            ValidationReport report = PlanValidator.standard().validate(adult(), Stage.FINAL);

            assertThat(report.notEvaluated()).containsExactly("REVIEW-OVERDUE");
            assertThat(report.evaluationDate()).isEmpty();
            Expect.clean(report, "REVIEW-OVERDUE");
        }
    }

    @Nested
    @Covers("REVIEW-AFTER-EPISODE")
    class AfterEpisode {

        private final Episode episode = new Episode("e-new", LocalDate.of(2026, 11, 1), List.of("m-cutting"), null, false);

        private CarePlan withNewEpisode(Review... reviews) {
            CarePlan plan = adult().toBuilder().history(adult().history().withEpisodes(Plans.plus(adult().history().episodes(), episode))).build();
            List<Review> history = adult().review().history();
            for (Review r : reviews) {
                history = Plans.plus(history, r);
            }
            return plan.withReview(adult().review().withHistory(history));
        }

        @Test
        void episodeFollowedByAReviewIsClean() {
            Expect.clean(validate(adult()), "REVIEW-AFTER-EPISODE");
            Expect.clean(validate(withNewEpisode(review(LocalDate.of(2026, 11, 1), true, true))), "REVIEW-AFTER-EPISODE");
        }

        @Test
        void episodeWithoutReviewIsAWarning() {
            ValidationReport report = validate(withNewEpisode());

            Expect.exactly(report, "REVIEW-AFTER-EPISODE WARNING history.episodes[1]");
            assertThat(report.findings().get(0).parameter("episodeId")).isEqualTo("e-new");
        }

        @Test
        void reviewThatLeftTheRiskPlanOutIsAWarning() {
            Expect.exactly(validate(withNewEpisode(review(LocalDate.of(2026, 11, 3), true, false))),
                    "REVIEW-AFTER-EPISODE WARNING history.episodes[1]");
        }

        @Test
        void reviewBeforeTheEpisodeDoesNotCount() {
            Expect.rule(validate(withNewEpisode(review(LocalDate.of(2026, 10, 30), true, true))),
                    "REVIEW-AFTER-EPISODE", "WARNING history.episodes[1]");
        }
    }
}
