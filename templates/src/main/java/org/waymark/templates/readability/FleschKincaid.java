package org.waymark.templates.readability;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Measures the Flesch-Kincaid grade level of English text.
 * <p>
 * The grade is {@code 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59}
 * (Kincaid et al., 1975). This class counts the three inputs with simple, predictable rules:
 * <ul>
 *   <li><b>Words</b>: runs of characters between white space that contain a letter or a digit. A
 *       hyphenated or slashed compound ({@code self-harm}, {@code and/or}) is one word whose syllables
 *       are the sum of its parts. A token of digits only ({@code 116}, {@code 85258}) is one word of one
 *       syllable, since readers take a number in at a glance.</li>
 *   <li><b>Sentences</b>: runs of text ending in {@code .}, {@code !} or {@code ?} followed by white
 *       space, a closing quote or bracket, or the end. Text with no end mark is one sentence, so a
 *       heading or list item counts as one sentence. Colons and semicolons do not end sentences.</li>
 *   <li><b>Syllables</b>: accents are removed; then groups of adjacent vowels ({@code a e i o u}, and
 *       {@code y} except at the start of a word or between two vowels) are counted, with these
 *       adjustments: the pairs {@code ia} (not after c or t), {@code io} (not after c, s, t or x) and
 *       {@code ua} (not after g or q) are two syllables ({@code me-di-a}, {@code vi-o-lent},
 *       {@code u-su-al}); a final lone {@code e} is silent unless it follows a consonant and {@code l}
 *       ({@code make}, but {@code ta-ble}); a final {@code -es} or {@code -ed} whose {@code e} is a lone
 *       vowel is silent except after sibilants ({@code makes}, {@code helped}, but {@code pla-ces},
 *       {@code need-ed}); {@code -ing} after a vowel adds a syllable ({@code be-ing}). Capitalised
 *       abbreviations without vowels are read letter by letter ({@code GP} is two syllables). Every
 *       word has at least one syllable.</li>
 * </ul>
 * <p>
 * <b>Limits.</b> This is a heuristic, not a dictionary. It miscounts some words (for example
 * {@code idea} and {@code video} count as two syllables, {@code sometimes} as three) and treats
 * abbreviations with dots such as {@code e.g.} as sentence ends, which lowers the grade; text for the
 * person should say "such as" instead. Like every readability formula it measures word and sentence
 * length, not meaning, so it cannot tell whether text is kind, clear or correct. Very short texts (a
 * heading of one or two words) give unstable grades; callers may leave them out. Counts agree with
 * published worked examples to within a syllable or so per sentence.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class FleschKincaid {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private FleschKincaid() {
    }

    /**
     * Measures a text.
     *
     * @param text  the text, not null, with at least one word
     * @return the counts and grade, not null
     * @throws IllegalArgumentException if the text has no words
     */
    public static ReadabilityScore score(String text) {
        Objects.requireNonNull(text, "text");
        String plain = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        int words = 0;
        int syllables = 0;
        int sentences = 0;
        boolean wordsSinceSentenceEnd = false;
        for (String token : WHITESPACE.split(plain.strip())) {
            if (isWord(token)) {
                words++;
                syllables += syllablesOfToken(token);
                wordsSinceSentenceEnd = true;
            }
            if (endsSentence(token) && wordsSinceSentenceEnd) {
                sentences++;
                wordsSinceSentenceEnd = false;
            }
        }
        if (wordsSinceSentenceEnd) {
            sentences++;
        }
        if (words == 0) {
            throw new IllegalArgumentException("text has no words: \"" + text + "\"");
        }
        return new ReadabilityScore(words, sentences, syllables);
    }

    /**
     * Returns the Flesch-Kincaid grade level of a text.
     *
     * @param text  the text, not null, with at least one word
     * @return the grade level, not clamped
     * @throws IllegalArgumentException if the text has no words
     */
    public static double grade(String text) {
        return score(text).grade();
    }

    /**
     * Counts the words of a text as {@link #score(String)} does.
     *
     * @param text  the text, not null
     * @return the number of words, possibly zero
     */
    public static int countWords(String text) {
        Objects.requireNonNull(text, "text");
        int words = 0;
        for (String token : WHITESPACE.split(text.strip())) {
            if (isWord(token)) {
                words++;
            }
        }
        return words;
    }

    /**
     * Counts the syllables of one word with the rules in the class description.
     *
     * @param word  a word such as {@code table} or {@code self-harm}, not null
     * @return the syllables, at least 1 for any word with a letter or digit, 0 otherwise
     */
    public static int countSyllables(String word) {
        Objects.requireNonNull(word, "word");
        return isWord(word) ? syllablesOfToken(word) : 0;
    }

    private static boolean isWord(String token) {
        return token.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static boolean endsSentence(String token) {
        int end = token.length() - 1;
        while (end >= 0 && "\"'\u2019\u201d)]".indexOf(token.charAt(end)) >= 0) {
            end--;
        }
        return end >= 0 && ".!?".indexOf(token.charAt(end)) >= 0;
    }

    private static int syllablesOfToken(String token) {
        int total = 0;
        boolean hasLetter = false;
        // Parts are split at anything that is not a letter, so "A&E", "self-harm" and "and/or" add up.
        for (String part : token.split("[^\\p{L}\\p{N}'\u2019]+")) {
            String letters = part.replaceAll("[^\\p{L}]", "");
            if (!letters.isEmpty()) {
                hasLetter = true;
                total += syllablesOfLetters(letters);
            }
        }
        return hasLetter ? Math.max(1, total) : 1;
    }

    private static int syllablesOfLetters(String letters) {
        if (letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT))
                && letters.toLowerCase(Locale.ROOT).chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0)) {
            return letters.length();
        }
        String w = letters.toLowerCase(Locale.ROOT);
        int n = w.length();
        boolean[] vowel = new boolean[n];
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            vowel[i] = "aeiou".indexOf(c) >= 0;
        }
        for (int i = 0; i < n; i++) {
            if (w.charAt(i) == 'y') {
                boolean between = i > 0 && vowel[i - 1] && i + 1 < n && "aeiou".indexOf(w.charAt(i + 1)) >= 0;
                vowel[i] = i > 0 && !between;
            }
        }
        int groups = 0;
        for (int i = 0; i < n; i++) {
            if (vowel[i] && (i == 0 || !vowel[i - 1] || splitsPair(w, i))) {
                groups++;
            }
        }
        if (n >= 2 && w.endsWith("e") && loneVowel(vowel, n - 1) && groups > 1
                && !(n >= 3 && w.charAt(n - 2) == 'l' && !vowel[n - 3])) {
            groups--;
        } else if (n >= 3 && w.endsWith("es") && loneVowel(vowel, n - 2) && groups > 1
                && !endsWithAny(w, "ces", "ges", "ses", "xes", "zes", "ches", "shes")
                && !(n >= 4 && w.charAt(n - 3) == 'l' && !vowel[n - 4])) {
            groups--;
        } else if (n >= 3 && w.endsWith("ed") && loneVowel(vowel, n - 2) && groups > 1
                && !endsWithAny(w, "ted", "ded")) {
            groups--;
        }
        if (n >= 5 && w.endsWith("ing") && vowel[n - 4]) {
            groups++;
        }
        return Math.max(1, groups);
    }

    /** Whether the vowel at {@code i} starts a new syllable although the letter before it is a vowel. */
    private static boolean splitsPair(String w, int i) {
        char first = w.charAt(i - 1);
        char second = w.charAt(i);
        char before = i >= 2 ? w.charAt(i - 2) : ' ';
        if (first == 'i' && second == 'a') {
            return before != 'c' && before != 't';
        }
        if (first == 'i' && second == 'o') {
            return before != 'c' && before != 's' && before != 't' && before != 'x';
        }
        if (first == 'u' && second == 'a') {
            return before != 'g' && before != 'q';
        }
        return false;
    }

    private static boolean loneVowel(boolean[] vowel, int i) {
        return vowel[i] && (i == 0 || !vowel[i - 1]);
    }

    private static boolean endsWithAny(String w, String... endings) {
        for (String ending : endings) {
            if (w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
