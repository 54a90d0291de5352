package org.waymark.validation;

/**
 * The guideline a {@link Profile} follows, with the bounds it sets.
 * <p>
 * NICE NG225 (2022) replaced CG133; CG133 is kept for services that still audit against it.
 */
public enum Guideline {
    /** NICE NG225 (2022): a structured psychological intervention for adults of typically 4 to 10 sessions. */
    NG225(12, 4, 10),
    /** NICE CG133 (2011, legacy): 3 to 12 sessions. */
    CG133(12, 3, 12);

    private final int maxReviewMonths;
    private final int minSessions;
    private final int maxSessions;

    Guideline(int maxReviewMonths, int minSessions, int maxSessions) {
        this.maxReviewMonths = maxReviewMonths;
        this.minSessions = minSessions;
        this.maxSessions = maxSessions;
    }

    /**
     * Returns the longest time the guideline allows between reviews.
     *
     * @return months, 12 for both guidelines (CG133: "not more than one year")
     */
    public int maxReviewMonths() {
        return maxReviewMonths;
    }

    /**
     * Returns the fewest sessions the guideline names for a structured psychological intervention for
     * self-harm in adults.
     *
     * @return the minimum number of sessions
     */
    public int minSessions() {
        return minSessions;
    }

    /**
     * Returns the most sessions the guideline names for a structured psychological intervention for
     * self-harm in adults.
     *
     * @return the maximum number of sessions
     */
    public int maxSessions() {
        return maxSessions;
    }
}
