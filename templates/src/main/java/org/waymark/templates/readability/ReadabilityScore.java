package org.waymark.templates.readability;

/**
 * The counts behind a Flesch-Kincaid grade level, and the grade itself.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param words      the number of words, at least 1
 * @param sentences  the number of sentences, at least 1
 * @param syllables  the number of syllables, at least {@code words}
 */
public record ReadabilityScore(int words, int sentences, int syllables) {

    /**
     * Checks the counts.
     *
     * @param words      the number of words, at least 1
     * @param sentences  the number of sentences, at least 1
     * @param syllables  the number of syllables, at least {@code words}
     * @throws IllegalArgumentException if a count is out of range
     */
    public ReadabilityScore {
        if (words < 1 || sentences < 1 || syllables < words) {
            throw new IllegalArgumentException("need words >= 1, sentences >= 1 and syllables >= words: "
                    + words + ", " + sentences + ", " + syllables);
        }
    }

    /**
     * Returns the Flesch-Kincaid grade level:
     * {@code 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59}.
     * <p>
     * The value is not clamped: very simple text scores below zero.
     *
     * @return the US school grade level
     */
    public double grade() {
        return 0.39 * wordsPerSentence() + 11.8 * syllablesPerWord() - 15.59;
    }

    /**
     * Returns the mean sentence length.
     *
     * @return words per sentence
     */
    public double wordsPerSentence() {
        return (double) words / sentences;
    }

    /**
     * Returns the mean word length in syllables.
     *
     * @return syllables per word
     */
    public double syllablesPerWord() {
        return (double) syllables / words;
    }
}
