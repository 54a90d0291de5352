package org.waymark.language;

import java.util.Objects;
import java.util.Optional;

/**
 * The guideline rules that the {@link LanguageChecker} serves.
 * <p>
 * Each rule has a stable public id (see the rule catalogue in the project's clinical guidance).
 * Its citation and severity are declared once, with every other rule's, in the validation
 * package's rule catalogue ({@code org.waymark.validation.RuleId}). Both rules are warnings: wording is for the clinician to judge, and the
 * checker only points at it.
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum LanguageRule {

    /**
     * Free text avoids stigmatising terms such as "attention-seeking", "manipulative" or
     * "commit suicide", and a respectful alternative is suggested.
     * <p>
     * NICE CG133 asks for a non-judgemental approach; judgemental words in a record shape how
     * the next clinician meets the person, and people who self-harm report them as a reason
     * not to come back.
     */
    NON_STIGMATISING_LANGUAGE("NON-STIGMATISING-LANGUAGE"),

    /**
     * Free text does not stratify people into risk levels ("low risk", "high-risk", "risk
     * score"...).
     * <p>
     * NICE NG225 1.6.3: do not use risk stratification into low, medium or high risk to predict
     * future suicide or repetition of self-harm, or to decide who is offered treatment or
     * discharged. Care rests on a formulation of needs and specific risks instead (NG225 1.6.6).
     */
    RISK_STRATIFICATION_LANGUAGE("RISK-STRATIFICATION-LANGUAGE");

    private final String id;

    LanguageRule(String id) {
        this.id = id;
    }

    /**
     * Gets the rule's stable public id, such as {@code NON-STIGMATISING-LANGUAGE}.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * Finds the rule with a public id.
     *
     * @param id  the id, exactly as in the rule catalogue, not null
     * @return the rule, or empty if no language rule has that id
     */
    public static Optional<LanguageRule> ofId(String id) {
        Objects.requireNonNull(id, "id");
        for (LanguageRule rule : values()) {
            if (rule.id.equals(id)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
