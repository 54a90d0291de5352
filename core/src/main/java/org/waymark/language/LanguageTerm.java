package org.waymark.language;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A term the {@link LanguageChecker} looks for: its rule, stable key, the phrase variants that
 * match it, the suggestion shown to the clinician, and the neighbouring words that make a match
 * not count.
 * <p>
 * Matching is case-insensitive and folds typographic apostrophes. A variant is a sequence of
 * elements separated by spaces:
 * <ul>
 *   <li>{@code commit|commits|committed} - one of the alternatives;</li>
 *   <li>{@code [a|an]} - optional; brackets may span several elements, {@code [to self|others]};</li>
 *   <li>a space in a variant matches any run of white space, line breaks (at most one; no phrase
 *       spans a blank line), hyphens or underscores in the text;</li>
 *   <li>a hyphen in a variant matches the same, or nothing: {@code attention-seeking} finds
 *       "attention seeking", "attention-seeking" and "attentionseeking";</li>
 *   <li>punctuation such as {@code :}, {@code /} or {@code ,} is literal and may have white
 *       space on either side: {@code risk : low} finds "risk: low" and "risk:low".</li>
 * </ul>
 * Inflections are listed as alternatives rather than guessed, so a term never matches more
 * than its author wrote. A match must begin and end at a word boundary in any script:
 * {@code risk} never matches inside "brisk".
 * <p>
 * Guard words suppress a match when they are the word directly before or after it (separated
 * only by a gap): "cutter" names a tool, not a person, in "box cutter", and "high-risk
 * situations" is relapse-prevention language, not stratification.
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param rule  the rule a match of this term is reported under, not null
 * @param key  the stable id of the term, lower case words joined by hyphens, such as
 *     {@code commit-suicide}; not null
 * @param variants  the phrase variants, in the syntax above; not null or empty
 * @param suggestion  the respectful alternative or advice shown with a finding, resolved for
 *     the checker's locale; not null or blank
 * @param unlessPrecededBy  words that suppress a match when they come just before it, folded
 *     to lower case; not null, may be empty
 * @param unlessFollowedBy  words that suppress a match when they come just after it, folded to
 *     lower case; not null, may be empty
 */
public record LanguageTerm(
        LanguageRule rule,
        String key,
        List<String> variants,
        String suggestion,
        Set<String> unlessPrecededBy,
        Set<String> unlessFollowedBy) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * Checks and copies the components.
     *
     * @param rule  the rule a match is reported under, not null
     * @param key  the stable id of the term, lower-case words joined by hyphens, not null
     * @param variants  the phrase variants, not null or empty; copied
     * @param suggestion  the respectful alternative or advice, not null or blank
     * @param unlessPrecededBy  single words that suppress a match just before it, not null; folded and copied
     * @param unlessFollowedBy  single words that suppress a match just after it, not null; folded and copied
     * @throws NullPointerException if any component is null
     * @throws IllegalArgumentException if the key is not lower-case words joined by hyphens,
     *     there are no variants, a variant is malformed, the suggestion is blank, or a guard is
     *     not a single word
     */
    public LanguageTerm {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(variants, "variants");
        Objects.requireNonNull(suggestion, "suggestion");
        Objects.requireNonNull(unlessPrecededBy, "unlessPrecededBy");
        Objects.requireNonNull(unlessFollowedBy, "unlessFollowedBy");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(
                    "term key \"" + key + "\" must be lower-case letters and digits joined by hyphens");
        }
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("term " + key + " has no variants");
        }
        variants.forEach(TermPattern::expand);
        if (suggestion.isBlank()) {
            throw new IllegalArgumentException("term " + key + " has a blank suggestion");
        }
        unlessPrecededBy = guards(key, unlessPrecededBy);
        unlessFollowedBy = guards(key, unlessFollowedBy);
    }

    /**
     * Obtains a term without guard words.
     *
     * @param rule  the rule a match is reported under, not null
     * @param key  the stable id of the term, such as {@code frequent-flyer}, not null
     * @param suggestion  the respectful alternative or advice, not null or blank
     * @param variants  at least one phrase variant, in the syntax described above
     * @return the term, not null
     * @throws IllegalArgumentException if a value is malformed, as for the canonical constructor
     */
    public static LanguageTerm of(LanguageRule rule, String key, String suggestion, String... variants) {
        Objects.requireNonNull(variants, "variants");
        return new LanguageTerm(rule, key, Arrays.asList(variants), suggestion, Set.of(), Set.of());
    }

    /**
     * Returns a copy of this term whose match does not count right after any of these words.
     *
     * @param words  single words, such as {@code "box"}, not null
     * @return a term with these words replacing the current ones, not null
     * @throws IllegalArgumentException if a word is empty or not a single word
     */
    public LanguageTerm withUnlessPrecededBy(String... words) {
        Objects.requireNonNull(words, "words");
        return new LanguageTerm(rule, key, variants, suggestion, Set.copyOf(Arrays.asList(words)), unlessFollowedBy);
    }

    /**
     * Returns a copy of this term whose match does not count right before any of these words.
     *
     * @param words  single words, such as {@code "factors"}, not null
     * @return a term with these words replacing the current ones, not null
     * @throws IllegalArgumentException if a word is empty or not a single word
     */
    public LanguageTerm withUnlessFollowedBy(String... words) {
        Objects.requireNonNull(words, "words");
        return new LanguageTerm(rule, key, variants, suggestion, unlessPrecededBy, Set.copyOf(Arrays.asList(words)));
    }

    /**
     * Returns a copy of this term with another suggestion, for example a translation.
     *
     * @param suggestion  the suggestion, not null or blank
     * @return a term with this suggestion, not null
     */
    public LanguageTerm withSuggestion(String suggestion) {
        return new LanguageTerm(rule, key, variants, suggestion, unlessPrecededBy, unlessFollowedBy);
    }

    private static Set<String> guards(String key, Set<String> words) {
        TreeSet<String> folded = new TreeSet<>();
        for (String word : words) {
            Objects.requireNonNull(word, "guard word");
            if (word.isEmpty()
                    || word.codePointCount(0, word.length()) > PhraseMatcher.MAX_GUARD_LENGTH
                    || !word.codePoints().allMatch(CharClass::isWord)) {
                throw new IllegalArgumentException(
                        "term " + key + " has a guard \"" + word + "\" that is not a single word");
            }
            folded.add(CharClass.fold(word));
        }
        return Collections.unmodifiableSet(folded);
    }
}
