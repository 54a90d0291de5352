package org.waymark.validation;

import java.util.List;

/**
 * Checks one piece of free text for stigmatising or risk-stratifying wording, for the rules
 * {@code NON-STIGMATISING-LANGUAGE} and {@code RISK-STRATIFICATION-LANGUAGE}.
 * <p>
 * The validator calls the checker on every piece of prose in a plan, as
 * {@link org.waymark.model.PlanVisitor#prose} receives it (not on names, phone numbers or codes; see
 * {@link PlanValidator.Builder#textChecker(TextChecker)}); matches with any other rule id are ignored.
 * The library's standard checker is {@link LanguageCheckerAdapter#standard()}.
 * Implementations must be thread-safe and must not keep the text.
 */
@FunctionalInterface
public interface TextChecker {

    /** A checker that finds nothing. */
    TextChecker NONE = text -> List.of();

    /**
     * Checks a piece of text.
     *
     * @param text the text, not null
     * @return the matches, in any order; empty when there are none; not null
     */
    List<TextMatch> check(CharSequence text);
}
