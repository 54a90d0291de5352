package org.waymark.validation;

/**
 * The single place where the validator meets the language checker of {@code org.waymark.language}.
 * <p>
 * <strong>Integration point.</strong> {@code org.waymark.language.LanguageChecker} is being written
 * on another branch. Until it is merged, {@link #standard()} returns {@link TextChecker#NONE}, so the
 * standard validator and the {@link ConformsToGuidance} constraint report no language findings;
 * a host or test can pass its own checker to {@link PlanValidator.Builder#textChecker(TextChecker)}.
 * When it is merged, {@link #standard()} becomes, and nothing else changes:
 * <pre>{@code
 * LanguageChecker checker = LanguageChecker.standard();
 * return text -> checker.check(text).stream()
 *         .map(f -> new TextMatch(f.ruleId(), f.termKey(), f.start(), f.end(), f.suggestion()))
 *         .toList();
 * }</pre>
 * TODO(issue "Guideline validation"): plug in {@code LanguageChecker.standard()} when {@code org.waymark.language} is merged.
 * <p>
 * This class is thread-safe.
 */
public final class LanguageCheckerAdapter {

    private LanguageCheckerAdapter() {
    }

    /**
     * Returns the text checker the standard validator and the Bean Validation constraint use.
     *
     * @return the checker, not null, thread-safe
     */
    public static TextChecker standard() {
        return TextChecker.NONE;
    }
}
