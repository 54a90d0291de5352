package org.waymark.model;

import jakarta.validation.constraints.NotNull;

/**
 * A specific risk identified and agreed with the person (NICE CG133 1.3.6). It is described,
 * never graded: there is no level, score or probability.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id          the id, unique in the plan, so risk management entries can address it; not null
 * @param horizon     immediate or longer term, not null
 * @param description the risk in words, not null
 */
public record IdentifiedRisk(@NotNull String id, @NotNull RiskHorizon horizon, @NotNull String description) {

    /**
     * Checks the components.
     *
     * @param id          the id, unique in the plan, so risk management entries can address it; not null
     * @param horizon     immediate or longer term, not null
     * @param description the risk in words, not null
     */
    public IdentifiedRisk {
        Checks.requireId(id, "id");
        Checks.required(horizon, "horizon");
        Checks.requireText(description, "description");
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
