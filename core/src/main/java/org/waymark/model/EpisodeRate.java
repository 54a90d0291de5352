package org.waymark.model;

import jakarta.validation.constraints.NotNull;

/**
 * How often self-harm by one method currently happens, as a count per period: "3 a week" is
 * {@code EpisodeRate.of(3, RatePeriod.WEEK)}. It is the structured form of a method's frequency, which
 * DBT-A-CONSIDERED reads and the research tables export; the frequency in words stays beside it as a note.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param count the number of episodes in the period, from 0 (none at present) to 1,000
 * @param per   the period, not null
 */
public record EpisodeRate(int count, @NotNull RatePeriod per) {

    /** The largest count. */
    public static final int MAX_COUNT = 1_000;

    /**
     * Checks the components.
     *
     * @param count the number of episodes in the period, from 0 (none at present) to 1,000
     * @param per   the period, not null
     */
    public EpisodeRate {
        Checks.range(count, 0, MAX_COUNT, "count");
        Checks.required(per, "per");
    }

    /**
     * Obtains a rate.
     *
     * @param count the number of episodes in the period, from 0 to 1,000
     * @param per   the period, not null
     * @return the rate, not null
     * @throws NullPointerException if the period is null
     * @throws InvalidComponentException if the count is out of range
     */
    public static EpisodeRate of(int count, RatePeriod per) {
        return new EpisodeRate(count, per);
    }

    /**
     * Returns the rate as episodes a year (365 days, 52 weeks or 12 months to the year).
     *
     * @return the episodes a year, from 0 to 365,000
     */
    public int perYear() {
        return count * per.perYear();
    }

    /** Returns the count and the period of this value. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
