package org.waymark.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A signature on the plan.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param role     who signed, not null
 * @param name     the signatory's name, not null
 * @param date     the date, not null
 * @param memberId the care team member, for professional signatories, may be null
 */
public record Signature(@NotNull SignatoryRole role, @NotNull String name, @NotNull LocalDate date, String memberId) {

    /**
     * Checks the components.
     *
     * @param role     who signed, not null
     * @param name     the signatory's name, not null
     * @param date     the date, not null
     * @param memberId the care team member, for professional signatories, may be null
     */
    public Signature {
        Checks.required(role, "role");
        Checks.requireLine(name, "name");
        Checks.required(date, "date");
        Checks.id(memberId, "memberId");
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
