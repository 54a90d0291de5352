package org.waymark.validation;

import org.waymark.language.LanguageChecker;

/**
 * The single place where the validator meets the language checker of {@code org.waymark.language}:
 * the rules NON-STIGMATISING-LANGUAGE and RISK-STRATIFICATION-LANGUAGE run
 * {@link LanguageChecker#standard()} over every piece of prose in a plan. A host with its own terms or
 * translations passes its own checker to {@link PlanValidator.Builder#textChecker(TextChecker)}, e.g.
 * {@code adapt(LanguageChecker.builder()...build())}.
 * <p>
 * This class is thread-safe.
 */
public final class LanguageCheckerAdapter {

    private static final TextChecker STANDARD = adapt(LanguageChecker.standard());

    private LanguageCheckerAdapter() {
    }

    /**
     * Returns the text checker the standard validator and the Bean Validation constraint use.
     *
     * @return the checker, not null, thread-safe
     */
    public static TextChecker standard() {
        return STANDARD;
    }

    /**
     * Adapts a language checker to the validator's text checker.
     *
     * @param checker the checker, not null
     * @return the text checker, not null, as thread-safe as the checker
     */
    public static TextChecker adapt(LanguageChecker checker) {
        return text -> checker.check(text).stream()
                .map(f -> new TextMatch(f.ruleId(), f.termKey(), f.start(), f.end(), f.suggestion()))
                .toList();
    }
}
