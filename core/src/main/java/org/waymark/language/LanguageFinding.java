package org.waymark.language;

import java.util.Objects;

/**
 * One place in a text where the {@link LanguageChecker} found a term that a language rule
 * asks the writer to reconsider.
 * <p>
 * A finding holds no part of the text it came from: free text in a care plan is clinical
 * information about a person, and findings travel into logs, reports and exceptions. Its
 * {@link #toString()} shows only the rule id, the term key and the offsets. Call
 * {@link #matchedIn(CharSequence)} with the original text to see the words themselves.
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param rule  the rule the term falls under, not null
 * @param termKey  the stable key of the term, such as {@code commit-suicide}, not null
 * @param start  the index of the first UTF-16 {@code char} of the match in the checked text,
 *     zero or more
 * @param end  the index after the last {@code char} of the match, greater than {@code start}
 * @param suggestion  the respectful alternative or advice, in the checker's locale; library
 *     text, never user text; not null
 */
public record LanguageFinding(LanguageRule rule, String termKey, int start, int end, String suggestion) {

    /**
     * Checks the components.
     *
     * @param rule  the rule the term falls under, not null
     * @param termKey  the stable key of the term, not null
     * @param start  the index of the first {@code char} of the match, zero or more
     * @param end  the index after the last {@code char} of the match, greater than {@code start}
     * @param suggestion  the respectful alternative or advice, not null
     * @throws NullPointerException if {@code rule}, {@code termKey} or {@code suggestion} is null
     * @throws IllegalArgumentException if {@code start} is negative or {@code end} is not after it
     */
    public LanguageFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(termKey, "termKey");
        Objects.requireNonNull(suggestion, "suggestion");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException(
                    "finding offsets must satisfy 0 <= start < end, got start " + start + ", end " + end);
        }
    }

    /**
     * Gets the public id of the rule, such as {@code RISK-STRATIFICATION-LANGUAGE}.
     *
     * @return the rule id, not null
     */
    public String ruleId() {
        return rule.id();
    }

    /**
     * Gets the length of the match in UTF-16 {@code char}s.
     *
     * @return {@code end - start}, greater than zero
     */
    public int length() {
        return end - start;
    }

    /**
     * Extracts the matched words from the text this finding came from.
     *
     * @param text  the text that was checked, not null
     * @return the characters from {@code start} to {@code end}, not null
     * @throws IndexOutOfBoundsException if the text is shorter than {@code end}; the message
     *     gives lengths only, never the text
     */
    public String matchedIn(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (end > text.length()) {
            throw new IndexOutOfBoundsException(
                    "finding ends at " + end + " but the text has " + text.length() + " chars");
        }
        return text.subSequence(start, end).toString();
    }

    /**
     * Describes this finding by rule id, term key and offsets, never by the matched text or the
     * text around it.
     *
     * @return a description such as
     *     {@code LanguageFinding[ruleId=NON-STIGMATISING-LANGUAGE, termKey=cutter, start=12, end=18]}
     */
    @Override
    public String toString() {
        return "LanguageFinding[ruleId=" + rule.id() + ", termKey=" + termKey
                + ", start=" + start + ", end=" + end + "]";
    }
}
