package org.waymark.model;

import jakarta.validation.constraints.NotNull;

/**
 * A function self-harm serves for the person, in their words where possible.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param function    the function, not null
 * @param description the person's description, may be null
 */
public record FunctionRecord(@NotNull SelfHarmFunction function, String description) {

    /**
     * Checks the components.
     *
     * @param function    the function, not null
     * @param description the person's description, may be null
     */
    public FunctionRecord {
        Checks.required(function, "function");
        Checks.text(description, "description");
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
