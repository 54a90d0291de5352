package org.waymark.model;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The risk formulation (NICE CG133 1.3.6 to 1.3.8; NG225 1.6.6): an understanding, agreed with the
 * person, of their specific risks and what increases or reduces them. It is never a score, a
 * probability or a low/medium/high level, and this type has no place for one (NG225 1.6.1 to 1.6.4).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param formulatedOn the date, may be null in a draft
 * @param summary      the formulation in words, may be null in a draft
 * @param domains      how each domain was addressed, at most one per domain; never null
 * @param risks        the specific risks identified; never null
 * @param factors      risk and protective factors; never null
 * @param agreement    when and how the formulation was agreed with the person, may be null
 */
public record RiskFormulation(
        LocalDate formulatedOn,
        String summary,
        List<@Valid RiskDomainEntry> domains,
        List<@Valid IdentifiedRisk> risks,
        List<@Valid RiskFactor> factors,
        @Valid Agreement agreement) {

    /** An empty formulation. */
    public static final RiskFormulation EMPTY = new RiskFormulation(null, null, null, null, null, null);

    /**
     * Checks the components.
     *
     * @param formulatedOn the date, may be null in a draft
     * @param summary      the formulation in words, may be null in a draft
     * @param domains      how each domain was addressed, at most one per domain; never null
     * @param risks        the specific risks identified; never null
     * @param factors      risk and protective factors; never null
     * @param agreement    when and how the formulation was agreed with the person, may be null
     */
    public RiskFormulation {
        Checks.text(summary, "summary");
        domains = Checks.list(domains, "domains");
        risks = Checks.list(risks, "risks");
        factors = Checks.list(factors, "factors");
        Set<RiskDomain> seen = EnumSet.noneOf(RiskDomain.class);
        for (RiskDomainEntry e : domains) {
            if (!seen.add(e.domain())) {
                throw Checks.invalid("domains", "domain " + e.domain().code() + " appears twice");
            }
        }
    }

    /**
     * Finds the entry for a domain.
     *
     * @param domain the domain, not null
     * @return the entry, or empty
     */
    public Optional<RiskDomainEntry> domain(RiskDomain domain) {
        return domains.stream().filter(e -> e.domain() == domain).findFirst();
    }

    /**
     * Returns a copy with other identified risks.
     *
     * @param list the identified risks
     * @return the copy, not null; this object is unchanged
     */
    public RiskFormulation withRisks(List<IdentifiedRisk> list) {
        return new RiskFormulation(formulatedOn, summary, domains, list, factors, agreement);
    }

    /**
     * Returns a copy with other factors.
     *
     * @param list the factors
     * @return the copy, not null; this object is unchanged
     */
    public RiskFormulation withFactors(List<RiskFactor> list) {
        return new RiskFormulation(formulatedOn, summary, domains, risks, list, agreement);
    }

    /**
     * Returns a copy with another agreement, or none.
     *
     * @param value the agreement, or null for none
     * @return the copy, not null; this object is unchanged
     */
    public RiskFormulation withAgreement(Agreement value) {
        return new RiskFormulation(formulatedOn, summary, domains, risks, factors, value);
    }

    /**
     * Returns a copy with other domain entries.
     *
     * @param list the domain entries
     * @return the copy, not null; this object is unchanged
     */
    public RiskFormulation withDomains(List<RiskDomainEntry> list) {
        return new RiskFormulation(formulatedOn, summary, list, risks, factors, agreement);
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
