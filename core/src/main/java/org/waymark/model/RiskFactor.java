package org.waymark.model;

import jakarta.validation.constraints.NotNull;

/**
 * A factor that makes harm more likely or helps protect against it, for this person.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id          the id, unique in the plan; not null
 * @param effect      whether it increases risk or protects, not null
 * @param category    social, psychological, pharmacological, motivational or other; not null
 * @param description the factor in words, not null
 */
public record RiskFactor(@NotNull String id, @NotNull FactorEffect effect, @NotNull FactorCategory category,
                         @NotNull String description) {

    /**
     * Checks the components.
     *
     * @param id          the id, unique in the plan; not null
     * @param effect      whether it increases risk or protects, not null
     * @param category    social, psychological, pharmacological, motivational or other; not null
     * @param description the factor in words, not null
     */
    public RiskFactor {
        Checks.requireId(id, "id");
        Checks.required(effect, "effect");
        Checks.required(category, "category");
        Checks.requireText(description, "description");
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
