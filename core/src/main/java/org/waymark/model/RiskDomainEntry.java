package org.waymark.model;

import jakarta.validation.constraints.NotNull;

/**
 * How one domain of the risk formulation was addressed, in words. There is no score.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param domain             the domain, not null
 * @param summary            what was understood, may be null
 * @param notAddressedReason why the domain was not addressed, may be null
 */
public record RiskDomainEntry(@NotNull RiskDomain domain, String summary, String notAddressedReason) {

    /**
     * Checks the components.
     *
     * @param domain             the domain, not null
     * @param summary            what was understood, may be null
     * @param notAddressedReason why the domain was not addressed, may be null
     */
    public RiskDomainEntry {
        Checks.required(domain, "domain");
        Checks.text(summary, "summary");
        Checks.text(notAddressedReason, "notAddressedReason");
        if (summary != null && notAddressedReason != null) {
            throw Checks.invalid("notAddressedReason", "give a summary or a reason it was not addressed, not both");
        }
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
