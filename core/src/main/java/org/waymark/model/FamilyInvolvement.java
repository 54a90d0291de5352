package org.waymark.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The involvement of a family member, carer or significant other: only with the person's consent,
 * or a documented exception such as safeguarding (NICE CG133; NG225 1.1.1; FAMILY-CONSENT).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param contactId       the person involved: a contact's id; not null
 * @param kind            involved in care, or sent information; not null
 * @param consent         the person's recorded consent, may be null
 * @param exceptionReason the documented reason for involvement without consent, may be null
 * @param since           when the involvement began, may be null
 */
public record FamilyInvolvement(@NotNull String contactId, @NotNull InvolvementKind kind, @Valid Consent consent,
                                String exceptionReason, LocalDate since) {

    /**
     * Checks the components.
     *
     * @param contactId       the person involved: a contact's id; not null
     * @param kind            involved in care, or sent information; not null
     * @param consent         the person's recorded consent, may be null
     * @param exceptionReason the documented reason for involvement without consent, may be null
     * @param since           when the involvement began, may be null
     */
    public FamilyInvolvement {
        Checks.requireId(contactId, "contactId");
        Checks.required(kind, "kind");
        Checks.text(exceptionReason, "exceptionReason");
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
