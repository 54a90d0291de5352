package org.waymark.templates.content;

/**
 * A typical number of planned sessions, such as NICE NG225's "typically 4 to 10 sessions" for a
 * CBT-informed psychological intervention for adults, or CG133's 3 to 12.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param min  the fewest sessions, at least 1
 * @param max  the most sessions, at least {@code min}
 */
public record SessionRange(int min, int max) {

    /**
     * Checks the range.
     *
     * @param min  the fewest sessions, at least 1
     * @param max  the most sessions, at least {@code min}
     * @throws IllegalArgumentException if {@code min} is below 1 or above {@code max}
     */
    public SessionRange {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("session range must have 1 <= min <= max: " + min + " to " + max);
        }
    }

    /**
     * Obtains a range.
     *
     * @param min  the fewest sessions, at least 1
     * @param max  the most sessions, at least {@code min}
     * @return the range, not null
     * @throws IllegalArgumentException if the range is invalid
     */
    public static SessionRange of(int min, int max) {
        return new SessionRange(min, max);
    }

    /**
     * Returns whether a planned number of sessions falls within this range, inclusive.
     *
     * @param sessions  the planned number of sessions
     * @return true if {@code min <= sessions <= max}
     */
    public boolean contains(int sessions) {
        return sessions >= min && sessions <= max;
    }
}
