package org.waymark.model;

import jakarta.validation.constraints.NotNull;

/**
 * A step towards a short-term goal.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param description the step, not null
 * @param ownerId     who takes it: a care team member's id or the person's id; may be null
 * @param done        whether it is done
 * @param inOwnWords  the step as the person puts it, printed instead of {@code description} on the
 *                    documents the person takes home; may be null
 */
public record GoalStep(@NotNull String description, String ownerId, boolean done, String inOwnWords) {

    /**
     * Checks the components.
     *
     * @param description the step, not null
     * @param ownerId     who takes it: a care team member's id or the person's id; may be null
     * @param done        whether it is done
     * @param inOwnWords  the step as the person puts it, printed instead of {@code description} on the
     *                    documents the person takes home; may be null
     */
    public GoalStep {
        Checks.requireText(description, "description");
        Checks.id(ownerId, "ownerId");
        Checks.text(inOwnWords, "inOwnWords");
    }

    /**
     * Obtains a step, done or not, with no wording of the person's own.
     *
     * @param description the step, not null
     * @param ownerId     who takes it, may be null
     * @param done        whether it is done
     * @return the step, not null
     */
    public static GoalStep of(String description, String ownerId, boolean done) {
        return new GoalStep(description, ownerId, done, null);
    }

    /**
     * Returns a copy with the step in the person's own words.
     *
     * @param value the wording, may be null
     * @return the step, not null
     */
    public GoalStep withInOwnWords(String value) {
        return new GoalStep(description, ownerId, done, value);
    }

    /**
     * Obtains a step not yet done.
     *
     * @param description what the step is, not null
     * @param ownerId     the id of whoever takes the step, not null
     * @return the step, not done
     */
    public static GoalStep of(String description, String ownerId) {
        return new GoalStep(description, ownerId, false, null);
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
