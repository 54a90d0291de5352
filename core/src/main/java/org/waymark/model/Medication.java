package org.waymark.model;

import jakarta.validation.constraints.NotNull;

/**
 * A medication in the plan. NICE CG133 and NG225 advise against drug treatment to reduce
 * self-harm; medication is recorded for an associated condition, with its indication
 * (NO-DRUG-FOR-SELF-HARM).
 *
 * @param id                  the id, unique in the plan; not null
 * @param name                the medicine, not null
 * @param indication          what it is for, in words, may be null in a draft
 * @param associatedCondition the associated condition treated, may be null in a draft
 * @param prescriberId        the prescribing care team member, may be null
 *
 * This class is immutable and thread-safe.
 */
public record Medication(@NotNull String id, @NotNull String name, String indication, String associatedCondition,
                         String prescriberId) {

    /** Checks the components. */
    public Medication {
        Checks.requireId(id, "id");
        Checks.requireLine(name, "name");
        Checks.text(indication, "indication");
        Checks.line(associatedCondition, "associatedCondition");
        Checks.id(prescriberId, "prescriberId");
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
