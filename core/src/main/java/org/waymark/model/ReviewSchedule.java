package org.waymark.model;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The agreed review interval, the next review date and the review history.
 * NICE CG133 asks for review at agreed intervals of not more than one year; a longer interval is
 * representable here so that REVIEW-WITHIN-12-MONTHS can report it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param intervalMonths the agreed interval in months, from 1 to 120, may be null in a draft
 * @param nextReviewDate the next review date, may be null in a draft
 * @param history        reviews that took place, in any order; never null
 */
public record ReviewSchedule(Integer intervalMonths, LocalDate nextReviewDate, List<@Valid Review> history) {

    /** Nothing agreed yet. */
    public static final ReviewSchedule EMPTY = new ReviewSchedule(null, null, null);

    /**
     * Checks the components.
     *
     * @param intervalMonths the agreed interval in months, from 1 to 120, may be null in a draft
     * @param nextReviewDate the next review date, may be null in a draft
     * @param history        reviews that took place, in any order; never null
     */
    public ReviewSchedule {
        Checks.range(intervalMonths, 1, 120, "intervalMonths");
        history = Checks.list(history, "history");
    }

    /**
     * Obtains a schedule with an interval and a next date, and no history.
     *
     * @param intervalMonths the interval in months
     * @param next           the next review date, not null
     * @return the schedule, not null
     */
    public static ReviewSchedule of(int intervalMonths, LocalDate next) {
        return new ReviewSchedule(intervalMonths, next, List.of());
    }

    /**
     * Returns the most recent review, if any.
     *
     * @return the most recent review, if any
     */
    public Optional<Review> lastReview() {
        return history.stream().max(Comparator.comparing(Review::date));
    }

    /**
     * Returns a copy with another next review date.
     *
     * @param date the next review date
     * @return the copy, not null; this object is unchanged
     */
    public ReviewSchedule withNextReviewDate(LocalDate date) {
        return new ReviewSchedule(intervalMonths, date, history);
    }

    /**
     * Returns a copy with another history.
     *
     * @param list the history
     * @return the copy, not null; this object is unchanged
     */
    public ReviewSchedule withHistory(List<Review> list) {
        return new ReviewSchedule(intervalMonths, nextReviewDate, list);
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
