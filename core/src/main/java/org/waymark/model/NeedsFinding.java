package org.waymark.model;

import jakarta.validation.constraints.NotNull;

/**
 * The assessment of one needs domain: a finding, or the reason it was not assessed.
 * Neither given is representable (a draft); both given is a contradiction and is rejected.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param domain            the domain, not null
 * @param finding           what was found, may be null
 * @param notAssessedReason why the domain was not assessed, may be null
 */
public record NeedsFinding(@NotNull NeedsDomain domain, String finding, String notAssessedReason) {

    /**
     * Checks the components.
     *
     * @param domain            the domain, not null
     * @param finding           what was found, may be null
     * @param notAssessedReason why the domain was not assessed, may be null
     */
    public NeedsFinding {
        Checks.required(domain, "domain");
        Checks.text(finding, "finding");
        Checks.text(notAssessedReason, "notAssessedReason");
        if (finding != null && notAssessedReason != null) {
            throw Checks.invalid("notAssessedReason", "give a finding or a reason it was not assessed, not both");
        }
    }

    /**
     * Tells whether this domain has a finding.
     *
     * @return true if this domain has a finding
     */
    public boolean isAssessed() {
        return finding != null;
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
