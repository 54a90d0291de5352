package org.waymark.model;

import jakarta.validation.Valid;
import java.util.List;

/**
 * The risk management plan, a clearly identifiable part of the care plan (NICE CG133 1.4.4),
 * with its crisis plan (1.4.5).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param entries    an entry per identified risk and associated factor; never null
 * @param crisisPlan the crisis plan, may be null in a draft
 */
public record RiskManagementPlan(List<@Valid RiskManagementEntry> entries, @Valid CrisisPlan crisisPlan) {

    /**
     * Checks the components.
     *
     * @param entries    an entry per identified risk and associated factor; never null
     * @param crisisPlan the crisis plan, may be null in a draft
     */
    public RiskManagementPlan {
        entries = Checks.list(entries, "entries");
    }

    /**
     * Returns a copy with other entries.
     *
     * @param list the entries
     * @return the copy, not null; this object is unchanged
     */
    public RiskManagementPlan withEntries(List<RiskManagementEntry> list) {
        return new RiskManagementPlan(list, crisisPlan);
    }

    /**
     * Returns a copy with another crisis plan.
     *
     * @param plan the crisis plan
     * @return the copy, not null; this object is unchanged
     */
    public RiskManagementPlan withCrisisPlan(CrisisPlan plan) {
        return new RiskManagementPlan(entries, plan);
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
