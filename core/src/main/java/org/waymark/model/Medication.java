package org.waymark.model;

import jakarta.validation.constraints.NotNull;

/**
 * A medication in the plan. NICE CG133 and NG225 advise against drug treatment to reduce
 * self-harm; medication is recorded for an associated condition, with its indication
 * (NO-DRUG-FOR-SELF-HARM).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id                  the id, unique in the plan; not null
 * @param name                the medicine, not null
 * @param indication          what it is for, in words, may be null in a draft
 * @param associatedCondition the associated condition treated, in words, may be null in a draft; beside
 *                            {@code condition} it is a note
 * @param prescriberId        the prescribing care team member, may be null
 * @param condition           the associated condition treated, coded, may be null in a draft and in documents of
 *                            schema version 1.0; where it is recorded, NO-DRUG-FOR-SELF-HARM decides on it
 * @param notForSelfHarm      {@code TRUE} when the clinician records explicitly that the medication is not for
 *                            self-harm; null when not recorded. {@code FALSE} is refused: a medication for
 *                            self-harm is what the guidance advises against, and the indication would say so.
 */
public record Medication(@NotNull String id, @NotNull String name, String indication, String associatedCondition,
                         String prescriberId, AssociatedCondition condition, Boolean notForSelfHarm) {

    /**
     * Checks the components.
     *
     * @param id                  the id, unique in the plan; not null
     * @param name                the medicine, not null
     * @param indication          what it is for, in words, may be null in a draft
     * @param associatedCondition the associated condition treated, in words, may be null in a draft; beside
     *                            {@code condition} it is a note
     * @param prescriberId        the prescribing care team member, may be null
     * @param condition           the associated condition treated, coded, may be null in a draft and in documents of
     *                            schema version 1.0; where it is recorded, NO-DRUG-FOR-SELF-HARM decides on it
     * @param notForSelfHarm      {@code TRUE} when the clinician records explicitly that the medication is not for
     *                            self-harm; null when not recorded. {@code FALSE} is refused: a medication for
     *                            self-harm is what the guidance advises against, and the indication would say so.
     */
    public Medication {
        Checks.requireId(id, "id");
        Checks.requireLine(name, "name");
        Checks.text(indication, "indication");
        Checks.line(associatedCondition, "associatedCondition");
        Checks.id(prescriberId, "prescriberId");
        if (Boolean.FALSE.equals(notForSelfHarm)) {
            throw Checks.invalid("notForSelfHarm", "only true, or absent when not recorded");
        }
    }

    /**
     * Creates a medication recorded in words only, as schema version 1.0 recorded it: no coded condition,
     * and "not for self-harm" not recorded.
     *
     * @param id                  the id, unique in the plan; not null
     * @param name                the medicine, not null
     * @param indication          what it is for, in words, may be null
     * @param associatedCondition the associated condition treated, in words, may be null
     * @param prescriberId        the prescribing care team member, may be null
     */
    public Medication(String id, String name, String indication, String associatedCondition, String prescriberId) {
        this(id, name, indication, associatedCondition, prescriberId, null, null);
    }

    /**
     * Returns a copy with a coded associated condition.
     *
     * @param code the condition, may be null
     * @return the copy, not null
     */
    public Medication withCondition(AssociatedCondition code) {
        return new Medication(id, name, indication, associatedCondition, prescriberId, code, notForSelfHarm);
    }

    /**
     * Returns a copy that records explicitly that the medication is not for self-harm, or no longer records it.
     *
     * @param recorded whether it is recorded as not for self-harm
     * @return the copy, not null
     */
    public Medication withNotForSelfHarm(boolean recorded) {
        return new Medication(id, name, indication, associatedCondition, prescriberId, condition, recorded ? Boolean.TRUE : null);
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
