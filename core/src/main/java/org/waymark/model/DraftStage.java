package org.waymark.model;

/**
 * The Bean Validation group that validates a care plan as a draft.
 * <p>
 * {@link ConformsToGuidance} on {@link CarePlan} is declared twice: once in the
 * {@link jakarta.validation.groups.Default Default} group (the plan as final), and once in this
 * group (the plan as a draft: guideline gaps are warnings). A host validates a draft with
 * {@code validator.validate(plan, DraftStage.class)}, and a final plan with
 * {@code validator.validate(plan)}. Validating both groups at once reports each gap twice.
 */
public interface DraftStage {
}
