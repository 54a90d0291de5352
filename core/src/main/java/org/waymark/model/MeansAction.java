package org.waymark.model;

import jakarta.validation.constraints.NotNull;

/**
 * A step to make the environment safer (safety plan step 6).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param methodId the method from the assessment it addresses, may be null for a general action
 * @param action   the action, in the person's words; not null
 */
public record MeansAction(String methodId, @NotNull String action) {

    /**
     * Checks the components.
     *
     * @param methodId the method from the assessment it addresses, may be null for a general action
     * @param action   the action, in the person's words; not null
     */
    public MeansAction {
        Checks.id(methodId, "methodId");
        Checks.requireText(action, "action");
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
