package org.waymark.validation;

import java.util.Objects;

/**
 * A term a {@link TextChecker} found in a piece of free text.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param ruleId     {@code NON-STIGMATISING-LANGUAGE} or {@code RISK-STRATIFICATION-LANGUAGE}, not null
 * @param termKey    the key of the term in the checker's vocabulary, e.g. {@code attention-seeking}, not null
 * @param start      the index of the first character matched, from 0
 * @param end        the index after the last character matched, after {@code start}
 * @param suggestion respectful wording to use instead, from the checker's vocabulary, may be null
 */
public record TextMatch(String ruleId, String termKey, int start, int end, String suggestion) {

    /**
     * Checks the components.
     *
     * @param ruleId     {@code NON-STIGMATISING-LANGUAGE} or {@code RISK-STRATIFICATION-LANGUAGE}, not null
     * @param termKey    the key of the term in the checker's vocabulary, e.g. {@code attention-seeking}, not null
     * @param start      the index of the first character matched, from 0
     * @param end        the index after the last character matched, after {@code start}
     * @param suggestion respectful wording to use instead, from the checker's vocabulary, may be null
     */
    public TextMatch {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(termKey, "termKey");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("start, end: need 0 <= start < end, were " + start + ", " + end);
        }
    }
}
