package org.waymark.model;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The psychosocial assessment of needs (NICE CG133 1.3.2 to 1.3.5), one entry per domain.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param assessedOn the date of the assessment, may be null in a draft
 * @param findings   the findings, at most one per domain; never null
 */
public record NeedsAssessment(LocalDate assessedOn, List<@Valid NeedsFinding> findings) {

    /** An empty assessment. */
    public static final NeedsAssessment EMPTY = new NeedsAssessment(null, null);

    /**
     * Checks the components.
     *
     * @param assessedOn the date of the assessment, may be null in a draft
     * @param findings   the findings, at most one per domain; never null
     */
    public NeedsAssessment {
        findings = Checks.list(findings, "findings");
        Set<NeedsDomain> seen = EnumSet.noneOf(NeedsDomain.class);
        for (NeedsFinding f : findings) {
            if (!seen.add(f.domain())) {
                throw Checks.invalid("findings", "domain " + f.domain().code() + " appears twice");
            }
        }
    }

    /**
     * Finds the entry for a domain.
     *
     * @param domain the domain, not null
     * @return the entry, or empty if the domain has none
     */
    public Optional<NeedsFinding> finding(NeedsDomain domain) {
        return findings.stream().filter(f -> f.domain() == domain).findFirst();
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
