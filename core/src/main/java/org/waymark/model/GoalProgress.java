package org.waymark.model;

import jakarta.validation.constraints.NotNull;

/**
 * Progress on one goal, as discussed at a review.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param goalId the goal, not null
 * @param note   what was said, not null
 */
public record GoalProgress(@NotNull String goalId, @NotNull String note) {

    /**
     * Checks the components.
     *
     * @param goalId the goal, not null
     * @param note   what was said, not null
     */
    public GoalProgress {
        Checks.requireId(goalId, "goalId");
        Checks.requireText(note, "note");
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
