package org.waymark.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A text as the text rules read it: split into sentences and words, with the phrases of a
 * {@link ClinicalLexicon} found in it, and each phrase marked when it falls within the scope of a
 * negation or a hedge.
 * <p>
 * Words are runs of letters and digits, folded to lower case; apostrophes inside a word are dropped
 * ("don't" reads "dont"), a hyphen between two word characters joins them like a space ("self-harm" reads
 * "self harm"), a decimal point between digits stays in its number, and other punctuation is a word of its
 * own. Full stops, exclamation marks, semicolons, line breaks and a question mark followed by a space end
 * a sentence. From each word the longest lexicon phrase starting there is taken (a phrase never crosses a
 * sentence); words that start no phrase stand alone.
 * <p>
 * Negation and hedging follow NegEx (Chapman et al., J Biomed Inform 2001;34:301-10) and its successor
 * ConText (Harkema et al., J Biomed Inform 2009;42:839-51): a {@link Concept#NEGATION_PRE} trigger negates
 * the phrases after it, a {@link Concept#NEGATION_POST} trigger those before it, and a {@link Concept#HEDGE}
 * trigger hedges the phrases after it (a question mark those on both sides); each scope stops at a
 * {@link Concept#TERMINATOR}, at the end of the sentence, or after {@value #SCOPE} phrases. A phrase that is
 * also a {@link Concept#PSEUDO_NEGATION} ("did not meet", "no increase") triggers nothing.
 * <p>
 * Reading takes time linear in the length of the text times the number of words in the longest phrase.
 * This class is immutable and thread-safe.
 */
public final class ClinicalText {

    /** The most phrases a negation or hedge reaches, as in NegEx's window of five to six words. */
    public static final int SCOPE = 6;

    private final List<Phrase> phrases;

    private ClinicalText(List<Phrase> phrases) {
        this.phrases = Collections.unmodifiableList(phrases);
    }

    /**
     * A phrase of a text: one or more words that form a lexicon phrase, or a single word that forms none.
     * <p>
     * This class is immutable and thread-safe.
     */
    public static final class Phrase {
        private final String text;
        private final int start;
        private final int end;
        private final int sentence;
        private final long concepts;
        private boolean negated;
        private boolean hedged;

        Phrase(String text, int start, int end, int sentence, long concepts) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.sentence = sentence;
            this.concepts = concepts;
        }

        /**
         * Returns the phrase's folded words joined by single spaces, e.g. {@code self harm}.
         *
         * @return the folded words, not null
         */
        public String text() {
            return text;
        }

        /**
         * Returns the index in the text of the phrase's first character.
         *
         * @return the start index, from 0
         */
        public int start() {
            return start;
        }

        /**
         * Returns the index in the text after the phrase's last character.
         *
         * @return the end index, after {@link #start()}
         */
        public int end() {
            return end;
        }

        /**
         * Returns the number of the sentence the phrase is in, counting from 0; numbers grow along the text.
         *
         * @return the sentence number
         */
        public int sentence() {
            return sentence;
        }

        /**
         * Tells whether the phrase is one of a concept's phrases.
         *
         * @param concept the concept, not null
         * @return true if the lexicon lists this phrase under the concept
         */
        public boolean is(Concept concept) {
            return (concepts & (1L << concept.ordinal())) != 0;
        }

        /**
         * Returns the concepts whose phrase this is.
         *
         * @return the concepts, empty for a word that starts no lexicon phrase; a new set
         */
        public Set<Concept> concepts() {
            Set<Concept> set = EnumSet.noneOf(Concept.class);
            for (Concept c : Concept.values()) {
                if (is(c)) {
                    set.add(c);
                }
            }
            return set;
        }

        /**
         * Tells whether the phrase is within the scope of a negation.
         *
         * @return true if negated
         */
        public boolean isNegated() {
            return negated;
        }

        /**
         * Tells whether the phrase is within the scope of a hedge or hypothetical.
         *
         * @return true if hedged
         */
        public boolean isHedged() {
            return hedged;
        }

        /**
         * Tells whether the phrase is neither negated nor hedged.
         *
         * @return true if affirmed
         */
        public boolean isAffirmed() {
            return !negated && !hedged;
        }

        boolean isTrigger(Concept c) {
            return is(c) && !is(Concept.PSEUDO_NEGATION);
        }

        /** Describes the phrase by its words and concepts; a phrase is lexicon text, but this is for tests. */
        @Override
        public String toString() {
            return text + concepts() + (negated ? " negated" : "") + (hedged ? " hedged" : "");
        }
    }

    /**
     * Reads a text.
     *
     * @param text    the text, not null
     * @param lexicon the lexicon, not null
     * @return the reading, not null
     */
    static ClinicalText read(CharSequence text, ClinicalLexicon lexicon) {
        Objects.requireNonNull(text, "text");
        List<Token> tokens = new ArrayList<>();
        tokenize(text, tokens);
        List<Phrase> phrases = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            ClinicalLexicon.Node node = lexicon.root;
            int last = -1;
            long concepts = 0;
            int sentence = tokens.get(i).sentence;
            for (int j = i; j < tokens.size() && tokens.get(j).sentence == sentence; j++) {
                node = node.next.get(tokens.get(j).word);
                if (node == null) {
                    break;
                }
                if (node.concepts != 0) {
                    last = j;
                    concepts = node.concepts;
                }
            }
            int to = last < 0 ? i : last;
            StringBuilder words = new StringBuilder(tokens.get(i).word);
            for (int k = i + 1; k <= to; k++) {
                words.append(' ').append(tokens.get(k).word);
            }
            phrases.add(new Phrase(words.toString(), tokens.get(i).start, tokens.get(to).end, sentence, concepts));
            i = to + 1;
        }
        scopes(phrases);
        return new ClinicalText(phrases);
    }

    /**
     * Returns the phrases in text order; every word of the text is in exactly one.
     *
     * @return the phrases, unmodifiable, not null
     */
    public List<Phrase> phrases() {
        return phrases;
    }

    /**
     * Tells whether any affirmed phrase (neither negated nor hedged) is one of a concept's.
     *
     * @param concept the concept, not null
     * @return true if the text affirms the concept somewhere
     */
    public boolean affirms(Concept concept) {
        for (Phrase p : phrases) {
            if (p.is(concept) && p.isAffirmed()) {
                return true;
            }
        }
        return false;
    }

    /** Marks the phrases within each trigger's scope (NegEx, ConText). */
    private static void scopes(List<Phrase> phrases) {
        int n = phrases.size();
        for (int k = 0; k < n; k++) {
            Phrase t = phrases.get(k);
            boolean question = t.text.equals("?");
            boolean pre = t.isTrigger(Concept.NEGATION_PRE) && !isPurpose(phrases, k);
            boolean post = t.isTrigger(Concept.NEGATION_POST);
            boolean hedge = t.isTrigger(Concept.HEDGE);
            if (pre || hedge) {
                for (int m = k + 1; m < n && m <= k + SCOPE; m++) {
                    Phrase p = phrases.get(m);
                    if (p.sentence != t.sentence || p.is(Concept.TERMINATOR)) {
                        break;
                    }
                    p.negated |= pre;
                    p.hedged |= hedge;
                }
            }
            if (post || question) {
                for (int m = k - 1; m >= 0 && m >= k - SCOPE; m--) {
                    Phrase p = phrases.get(m);
                    if (p.sentence != t.sentence || p.is(Concept.TERMINATOR)) {
                        break;
                    }
                    p.negated |= post;
                    p.hedged |= question;
                }
            }
        }
    }

    /**
     * "Not to" before a behaviour states a purpose ("helps him not to hurt himself", "not to OD again"),
     * not a negation of it.
     */
    private static boolean isPurpose(List<Phrase> phrases, int k) {
        Phrase t = phrases.get(k);
        if (!t.text.equals("not to") || k + 1 >= phrases.size()) {
            return false;
        }
        Phrase next = phrases.get(k + 1);
        return next.sentence == t.sentence
                && (next.is(Concept.SELF_HARM) || next.is(Concept.SUICIDE) || next.is(Concept.REPETITION));
    }

    /** Splits a lexicon phrase into folded words, as a text is split. */
    static List<String> words(String phrase) {
        List<Token> tokens = new ArrayList<>();
        tokenize(phrase, tokens);
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.word);
        }
        return out;
    }

    private record Token(String word, int start, int end, int sentence) {
    }

    private static void tokenize(CharSequence text, List<Token> out) {
        int n = text.length();
        int sentence = 0;
        int i = 0;
        StringBuilder word = new StringBuilder();
        while (i < n) {
            int cp = Character.codePointAt(text, i);
            int len = Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                int start = i;
                word.setLength(0);
                while (i < n) {
                    int c = Character.codePointAt(text, i);
                    int l = Character.charCount(c);
                    if (Character.isLetterOrDigit(c)) {
                        word.appendCodePoint(Character.toLowerCase(c));
                    } else if ((c == '\'' || c == '\u2019') && i + l < n && Character.isLetter(text.charAt(i + l))) {
                        // an apostrophe inside a word is dropped
                    } else if (c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1))
                            && Character.isDigit(Character.codePointBefore(text, i))) {
                        word.append('.');
                    } else {
                        break;
                    }
                    i += l;
                }
                out.add(new Token(word.toString().toLowerCase(Locale.ROOT), start, i, sentence));
                continue;
            }
            if (isHyphen(cp)) {
                boolean joins = i > 0 && i + len < n && Character.isLetterOrDigit(Character.codePointBefore(text, i))
                        && Character.isLetterOrDigit(Character.codePointAt(text, i + len));
                if (!joins) {
                    out.add(new Token("-", i, i + len, sentence));
                }
            } else if (cp == '.' || cp == '!' || cp == ';' || cp == '\n' || cp == '\r' || cp == '\u2028' || cp == '\u2029') {
                sentence++;
            } else if (cp == '?') {
                out.add(new Token("?", i, i + len, sentence));
                if (i + len >= n || Character.isWhitespace(Character.codePointAt(text, i + len))) {
                    sentence++;
                }
            } else if (cp == '"' || cp == '\'' || cp == '\u2018' || cp == '\u2019' || cp == '\u201C' || cp == '\u201D'
                    || Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT) {
                // quotes, spaces and invisible characters separate words and are no word themselves
            } else {
                out.add(new Token(new String(Character.toChars(cp)), i, i + len, sentence));
            }
            i += len;
        }
    }

    private static boolean isHyphen(int cp) {
        return cp == '-' || cp == '\u2010' || cp == '\u2011' || cp == '\u2012' || cp == '\u2013' || cp == '\u2014' || cp == '\u2212';
    }
}
