package org.waymark.validation;

import java.util.Objects;

/**
 * A rule set's bounds: the guideline followed, the longest interval between reviews and the range
 * of sessions for a structured psychological intervention for self-harm in adults.
 * <p>
 * A host may tighten a bound (a service that reviews every 6 months, or plans at most 8 sessions)
 * but never loosen one past its guideline: NICE CG133 asks for review at intervals of not more than
 * a year, and NG225 names typically 4 to 10 sessions (CG133: 3 to 12). An attempt to loosen fails
 * with an {@link IllegalArgumentException} that names the bound.
 * <pre>{@code
 * Profile sixMonthly = Profile.NG225.withMaxReviewMonths(6).withMaxSessions(8);
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class Profile {

    /** NICE NG225 with its own bounds: review within 12 months, 4 to 10 sessions. The default. */
    public static final Profile NG225 = of(Guideline.NG225);

    /** NICE CG133 with its own bounds: review within 12 months, 3 to 12 sessions. */
    public static final Profile CG133 = of(Guideline.CG133);

    private final Guideline guideline;
    private final int maxReviewMonths;
    private final int minSessions;
    private final int maxSessions;

    private Profile(Guideline guideline, int maxReviewMonths, int minSessions, int maxSessions) {
        this.guideline = guideline;
        this.maxReviewMonths = maxReviewMonths;
        this.minSessions = minSessions;
        this.maxSessions = maxSessions;
    }

    /**
     * Obtains the profile of a guideline with the guideline's own bounds.
     *
     * @param guideline the guideline, not null
     * @return the profile, not null
     */
    public static Profile of(Guideline guideline) {
        Objects.requireNonNull(guideline, "guideline");
        return new Profile(guideline, guideline.maxReviewMonths(), guideline.minSessions(), guideline.maxSessions());
    }

    /**
     * Returns a copy whose next review must fall within fewer months.
     *
     * @param months the longest interval in months, from 1 to the guideline's 12
     * @return the tightened profile, not null
     * @throws IllegalArgumentException if {@code months} is below 1 or longer than the guideline allows
     */
    public Profile withMaxReviewMonths(int months) {
        if (months > guideline.maxReviewMonths()) {
            throw new IllegalArgumentException("maxReviewMonths: " + months + " months would loosen " + guideline
                    + ", which asks for review at intervals of not more than " + guideline.maxReviewMonths() + " months");
        }
        if (months < 1) {
            throw new IllegalArgumentException("maxReviewMonths: must be at least 1 month, was " + months);
        }
        return new Profile(guideline, months, minSessions, maxSessions);
    }

    /**
     * Returns a copy with a narrower range of planned sessions.
     *
     * @param min the fewest sessions, not below the guideline's minimum
     * @param max the most sessions, not above the guideline's maximum, and not below {@code min}
     * @return the tightened profile, not null
     * @throws IllegalArgumentException if the range reaches outside the guideline's or is empty
     */
    public Profile withSessionRange(int min, int max) {
        if (min < guideline.minSessions()) {
            throw new IllegalArgumentException("minSessions: " + min + " would loosen " + guideline
                    + ", whose range is " + guideline.minSessions() + " to " + guideline.maxSessions() + " sessions");
        }
        if (max > guideline.maxSessions()) {
            throw new IllegalArgumentException("maxSessions: " + max + " would loosen " + guideline
                    + ", whose range is " + guideline.minSessions() + " to " + guideline.maxSessions() + " sessions");
        }
        if (min > max) {
            throw new IllegalArgumentException("minSessions: " + min + " is more than maxSessions " + max);
        }
        return new Profile(guideline, maxReviewMonths, min, max);
    }

    /**
     * Returns a copy planning at most a number of sessions.
     *
     * @param max the most sessions, within the guideline's range and not below the current minimum
     * @return the tightened profile, not null
     * @throws IllegalArgumentException if {@code max} is above the guideline's maximum or below the minimum
     */
    public Profile withMaxSessions(int max) {
        return withSessionRange(minSessions, max);
    }

    /**
     * Returns a copy planning at least a number of sessions.
     *
     * @param min the fewest sessions, within the guideline's range and not above the current maximum
     * @return the tightened profile, not null
     * @throws IllegalArgumentException if {@code min} is below the guideline's minimum or above the maximum
     */
    public Profile withMinSessions(int min) {
        return withSessionRange(min, maxSessions);
    }

    /**
     * Returns the guideline followed, not null.
     *
     * @return the guideline followed, not null
     */
    public Guideline guideline() {
        return guideline;
    }

    /**
     * Returns the longest interval in months from the plan's start or last review to the next review.
     *
     * @return the longest interval in months from the plan's start or last review to the next review
     */
    public int maxReviewMonths() {
        return maxReviewMonths;
    }

    /**
     * Returns the fewest sessions a structured psychological intervention for self-harm in adults plans.
     *
     * @return the fewest sessions a structured psychological intervention for self-harm in adults plans
     */
    public int minSessions() {
        return minSessions;
    }

    /**
     * Returns the most sessions a structured psychological intervention for self-harm in adults plans.
     *
     * @return the most sessions a structured psychological intervention for self-harm in adults plans
     */
    public int maxSessions() {
        return maxSessions;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Profile p && p.guideline == guideline && p.maxReviewMonths == maxReviewMonths
                && p.minSessions == minSessions && p.maxSessions == maxSessions;
    }

    @Override
    public int hashCode() {
        return Objects.hash(guideline, maxReviewMonths, minSessions, maxSessions);
    }

    /** Returns a summary such as {@code NG225[review<=6 months, sessions 4-8]}. */
    @Override
    public String toString() {
        return guideline + "[review<=" + maxReviewMonths + " months, sessions " + minSessions + "-" + maxSessions + "]";
    }
}
