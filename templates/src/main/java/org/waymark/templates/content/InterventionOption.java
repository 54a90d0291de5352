package org.waymark.templates.content;

import org.waymark.model.Modality;
import java.util.List;
import java.util.Objects;
import org.waymark.templates.content.internal.Arguments;

/**
 * A psychological or supportive intervention the content library offers for a care plan to include;
 * a plan records the one chosen as an {@link org.waymark.model.Intervention}.
 * <p>
 * The library holds no drug treatment here: NICE CG133 and NG225 advise against drug treatment as a
 * specific intervention to reduce self-harm, so medication appears only as treatment for an associated
 * condition ({@link AssociatedConditionTreatment}).
 * <p>
 * The name, description, evidence note and citation are written for clinicians; the summary is written
 * for the person ({@link Audience#PERSON}) and explains the work in plain words.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id                the stable id, such as {@code dbt.urge-surfing}, not null
 * @param name              the name clinicians use, not blank
 * @param modality          the kind of work, not null
 * @param description       a short description for clinicians, not blank
 * @param summaryForPerson  a plain-words summary for the person, not blank
 * @param evidenceNote      a short note on the evidence, not blank
 * @param citation          the guideline point it rests on, not blank
 * @param ageGroups         the age groups it is described for, at least one, not null
 * @param typicalSessions   the typical number of planned sessions, or null where a number does not
 *                          apply (a skill taught inside a wider intervention)
 */
public record InterventionOption(
        String id,
        String name,
        Modality modality,
        String description,
        String summaryForPerson,
        String evidenceNote,
        String citation,
        List<AgeGroup> ageGroups,
        SessionRange typicalSessions) {

    /**
     * Checks and copies the components.
     *
     * @param id                the stable id, such as {@code dbt.urge-surfing}, not null
     * @param name              the name clinicians use, not blank
     * @param modality          the kind of work, not null
     * @param description       a short description for clinicians, not blank
     * @param summaryForPerson  a plain-words summary for the person, not blank
     * @param evidenceNote      a short note on the evidence, not blank
     * @param citation          the guideline point it rests on, not blank
     * @param ageGroups         the age groups it is described for, at least one, not null
     * @param typicalSessions   the typical number of planned sessions, or null where a number does not
     *                          apply (a skill taught inside a wider intervention)
     * @throws NullPointerException if a required component is null
     * @throws IllegalArgumentException if a text is blank or no age group is given
     */
    public InterventionOption {
        Arguments.requireId(id, "id");
        Arguments.requireText(name, "name");
        Objects.requireNonNull(modality, "modality");
        Arguments.requireText(description, "description");
        Arguments.requireText(summaryForPerson, "summaryForPerson");
        Arguments.requireText(evidenceNote, "evidenceNote");
        Arguments.requireText(citation, "citation");
        ageGroups = Arguments.copy(ageGroups, "ageGroups");
        if (ageGroups.isEmpty()) {
            throw new IllegalArgumentException("intervention '" + id + "' must name at least one age group");
        }
    }

    /**
     * Returns whether the intervention is described for an age group.
     *
     * @param group  the age group, not null
     * @return true if {@code group} is among {@link #ageGroups()}
     */
    public boolean isFor(AgeGroup group) {
        return ageGroups.contains(Objects.requireNonNull(group, "group"));
    }
}
