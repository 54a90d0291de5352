package org.waymark.validation;

/**
 * The Bean Validation group that validates a care plan at {@link Stage#DRAFT}.
 * <p>
 * {@link ConformsToGuidance} on {@link org.waymark.model.CarePlan} is declared twice: once in the
 * {@link jakarta.validation.groups.Default Default} group at {@link Stage#FINAL}, and once in this
 * group at {@link Stage#DRAFT}. A host validates a draft with
 * {@code validator.validate(plan, DraftStage.class)}, and a final plan with
 * {@code validator.validate(plan)}. Validating both groups at once reports each gap twice.
 */
public interface DraftStage {
}
