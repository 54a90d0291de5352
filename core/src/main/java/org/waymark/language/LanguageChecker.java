package org.waymark.language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Finds stigmatising terms and risk-stratification language in free text, and suggests
 * respectful wording for each.
 * <p>
 * It serves two rules of the catalogue, both warnings:
 * {@link LanguageRule#NON_STIGMATISING_LANGUAGE} (CG133's non-judgemental approach: no
 * "attention-seeking", "commit suicide", "cutter"...) and
 * {@link LanguageRule#RISK_STRATIFICATION_LANGUAGE} (NG225 1.6.3: no "low risk", "high-risk",
 * "risk score"...). The checker works on any text, on its own or inside plan validation:
 * <pre>{@code
 * for (LanguageFinding f : LanguageChecker.standard().check(note)) {
 *     show(f.ruleId(), f.start(), f.end(), f.suggestion());
 * }
 * }</pre>
 * Matching is case-insensitive and reads "low-risk", "low risk", "lowrisk" and "low\nrisk"
 * alike; it respects word boundaries in every script, so "brisk" and "highway" never match.
 * Some words are guarded by their neighbours: "box cutter" names a tool, and "high-risk
 * situations" or "risk factors" are formulation language, so neither is reported; a few
 * allowed phrases are skipped whole, such as a wound's "high risk of infection". Comparatives
 * such as "lower-risk" or "higher risk" describe a change rather than sort a person into a
 * band, and are not reported either. A phrase that quotes a term to reject it ("we do not use
 * high risk labels") is still reported: the checker prompts, the clinician judges.
 * <p>
 * The term list and suggestions are resources: the terms in {@code terms.txt} and the
 * suggestions in the {@code LanguageMessages} bundle (en-GB), so a host can translate the
 * suggestions or use its own term list through {@link #builder()}.
 * <p>
 * Matching takes time linear in the length of the text; there is no backtracking. Texts longer
 * than {@link #MAX_TEXT_LENGTH} are refused.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class LanguageChecker {

    /** The longest text, in UTF-16 {@code char}s, that {@link #check(CharSequence)} accepts. */
    public static final int MAX_TEXT_LENGTH = 1_000_000;

    /** The locale of the library's own suggestions. */
    private static final Locale EN_GB = Locale.forLanguageTag("en-GB");

    private static final class Standard {
        static final LanguageChecker INSTANCE = builder().build();
    }

    private final Locale locale;
    private final List<LanguageTerm> terms;
    private final PhraseMatcher matcher;

    private LanguageChecker(Locale locale, List<LanguageTerm> terms) {
        this.locale = locale;
        this.terms = List.copyOf(terms);
        this.matcher = new PhraseMatcher(this.terms, StandardTerms.allowed());
    }

    /**
     * Gets the shared checker with the library's term list and en-GB suggestions.
     *
     * @return the standard checker, not null
     */
    public static LanguageChecker standard() {
        return Standard.INSTANCE;
    }

    /**
     * Starts building a checker: the library's terms with en-GB suggestions unless changed.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Finds the terms in a text.
     * <p>
     * Findings come in text order and never overlap; where phrases overlap, the one that starts
     * first wins, and of those the longest.
     *
     * @param text  the text, not null; it is read once and not kept
     * @return the findings, in text order, not null, possibly empty
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is longer than {@link #MAX_TEXT_LENGTH}; the
     *     message gives its length, never its content
     */
    public List<LanguageFinding> check(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        if (length > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("text of " + length + " chars is longer than the "
                    + MAX_TEXT_LENGTH + " chars the language checker accepts");
        }
        return List.copyOf(matcher.find(text.toString()));
    }

    /**
     * Gets the terms this checker looks for, with their suggestions resolved.
     *
     * @return the terms: the library's in resource order, then any added, not null
     */
    public List<LanguageTerm> terms() {
        return terms;
    }

    /**
     * Gets the locale the library's suggestions were resolved for.
     *
     * @return the locale, not null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Describes the checker by locale and number of terms.
     *
     * @return a description, not null
     */
    @Override
    public String toString() {
        return "LanguageChecker[locale=" + locale.toLanguageTag() + ", terms=" + terms.size() + "]";
    }

    /**
     * Builds a {@link LanguageChecker} with another locale, translated suggestions, or extra or
     * fewer terms.
     * <p>
     * This class is mutable and not thread-safe; the checker it builds is immutable.
     */
    public static final class Builder {

        private Locale locale = EN_GB;
        private ResourceBundle messages;
        private final Map<String, LanguageTerm> added = new LinkedHashMap<>();
        private final List<String> removed = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the locale for the library's suggestions, read from the
         * {@code org.waymark.language.LanguageMessages} resources for the locale
         * {@link org.waymark.locale.SupportedLocale#resolveOrBase} gives; en-GB unless set.
         *
         * @param locale  the locale, not null
         * @return this builder, not null
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Sets a host's own bundle of suggestions, keyed by term key, such as
         * {@code commit-suicide}. A key the bundle lacks falls back to the library's bundle for
         * the locale. Suggestions are read once, when the checker is built.
         *
         * @param messages  the bundle, not null
         * @return this builder, not null
         */
        public Builder messages(ResourceBundle messages) {
            this.messages = Objects.requireNonNull(messages, "messages");
            return this;
        }

        /**
         * Adds a term, or replaces the library's term with the same key. An added term keeps
         * the suggestion it carries.
         *
         * @param term  the term, not null
         * @return this builder, not null
         */
        public Builder addTerm(LanguageTerm term) {
            Objects.requireNonNull(term, "term");
            added.put(term.key(), term);
            removed.remove(term.key());
            return this;
        }

        /**
         * Removes a term, for a host that words a term differently on purpose.
         *
         * @param key  the key of a library term or an added term, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if no library or added term has this key
         */
        public Builder removeTerm(String key) {
            Objects.requireNonNull(key, "key");
            boolean standard = StandardTerms.specs().stream().anyMatch(s -> s.key().equals(key));
            if (!standard && !added.containsKey(key)) {
                throw new IllegalArgumentException("no term has the key \"" + key + "\"");
            }
            added.remove(key);
            if (!removed.contains(key)) {
                removed.add(key);
            }
            return this;
        }

        /**
         * Builds the checker.
         *
         * @return the checker, not null
         * @throws IllegalArgumentException if two terms match the same phrase
         * @throws IllegalStateException if the library's resources are missing or incomplete
         */
        public LanguageChecker build() {
            List<LanguageTerm> terms = new ArrayList<>();
            for (LanguageTerm term : StandardTerms.resolve(StandardTerms.messages(locale))) {
                if (removed.contains(term.key()) || added.containsKey(term.key())) {
                    continue;
                }
                if (messages != null && messages.containsKey(term.key())) {
                    term = term.withSuggestion(messages.getString(term.key()));
                }
                terms.add(term);
            }
            terms.addAll(added.values());
            return new LanguageChecker(locale, terms);
        }
    }
}
