package org.waymark.validation;

import org.waymark.model.DraftStage;

/**
 * The stage a plan is validated at.
 * <p>
 * At {@link #DRAFT}, a gap in what the guideline asks for (a missing review date, an unassessed
 * domain) is a {@link Severity#WARNING}, so that a draft can be saved and shown with its gaps.
 * Content the guideline says must never exist (a risk level, a decision resting on a score, a drug
 * for self-harm, family involved against the person's refusal) stays an error even in a draft.
 * At {@link #FINAL}, every rule has the severity the catalogue gives it.
 * <p>
 * In Bean Validation, {@code FINAL} is the {@link jakarta.validation.groups.Default Default} group
 * and {@code DRAFT} is the group {@link DraftStage}.
 */
public enum Stage {
    /** A plan being written: guideline gaps are warnings. */
    DRAFT,
    /** A plan to be agreed and used: what the guideline requires is an error when missing. */
    FINAL
}
