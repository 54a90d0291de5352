package org.waymark.model;

import jakarta.validation.constraints.NotNull;
import org.waymark.model.internal.Checks;

/**
 * A step towards a short-term goal.
 *
 * @param description the step, not null
 * @param ownerId     who takes it: a care team member's id or the person's id; may be null
 * @param done        whether it is done
 *
 * This class is immutable and thread-safe.
 */
public record GoalStep(@NotNull String description, String ownerId, boolean done) {

    /** Checks the components. */
    public GoalStep {
        Checks.requireText(description, "description");
        Checks.id(ownerId, "ownerId");
    }

    /** Obtains a step not yet done. */
    public static GoalStep of(String description, String ownerId) {
        return new GoalStep(description, ownerId, false);
    }
}
