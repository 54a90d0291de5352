package org.waymark.templates.content;

import org.waymark.templates.content.internal.Arguments;

/**
 * Treatment for a condition associated with self-harm, such as depression.
 * <p>
 * This is the only place medication appears in the library. NICE CG133 and NG225 advise against drug
 * treatment as a specific intervention to reduce self-harm; CG133 asks the needs assessment to consider
 * drug treatment for any associated conditions. Any medication named in a plan therefore has the
 * associated condition as its indication. All text here is written for clinicians.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id              the stable id, such as {@code associated.depression}, not null
 * @param condition       the associated condition, which is the indication, not blank
 * @param description     what treating it involves, not blank
 * @param medicationNote  how medication, if used, fits: for the condition only, with safer prescribing,
 *                        not blank
 * @param citation        the guideline point it rests on, not blank
 */
public record AssociatedConditionTreatment(
        String id,
        String condition,
        String description,
        String medicationNote,
        String citation) {

    /**
     * Checks the components.
     *
     * @param id              the stable id, such as {@code associated.depression}, not null
     * @param condition       the associated condition, which is the indication, not blank
     * @param description     what treating it involves, not blank
     * @param medicationNote  how medication, if used, fits: for the condition only, with safer prescribing,
     *                        not blank
     * @param citation        the guideline point it rests on, not blank
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text is blank or the id is malformed
     */
    public AssociatedConditionTreatment {
        Arguments.requireId(id, "id");
        Arguments.requireText(condition, "condition");
        Arguments.requireText(description, "description");
        Arguments.requireText(medicationNote, "medicationNote");
        Arguments.requireText(citation, "citation");
    }
}
