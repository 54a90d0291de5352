package org.waymark.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the phrases of a list of terms in a text, leftmost-longest and without overlaps.
 * <p>
 * The phrases are compiled into one trie over folded code points. From each word start the
 * text is read through the trie, folding case and collapsing each run of gap characters into
 * one gap symbol, until the trie has no path. A text of n chars therefore costs O(n) trie
 * steps times the number of words in the longest phrase: there is no backtracking, whatever
 * the input.
 * <p>
 * This class is immutable and thread-safe.
 */
final class PhraseMatcher {

    /** The longest guard word; a neighbouring word longer than this cannot be one. */
    static final int MAX_GUARD_LENGTH = 64;

    /** The trie's mark for a phrase that is skipped whole and reported under no term. */
    private static final int ALLOWED = -2;

    private final List<LanguageTerm> terms;
    private final Node root;
    private final int depth;

    /**
     * Compiles the phrases of the terms and the allowed phrases.
     *
     * @param terms  the terms, with distinct keys, not null
     * @param allowed  variants of phrases that contain a term's words but mean something else,
     *     such as "high risk of infection"; matched like terms and skipped whole; not null
     * @throws IllegalArgumentException if two terms, or a term and an allowed phrase, share a
     *     phrase; the message names them
     */
    PhraseMatcher(List<LanguageTerm> terms, List<String> allowed) {
        this.terms = List.copyOf(terms);
        MutableNode trie = new MutableNode();
        int longest = 0;
        for (int t = 0; t < this.terms.size(); t++) {
            for (String variant : this.terms.get(t).variants()) {
                longest = Math.max(longest, insert(trie, variant, t));
            }
        }
        for (String variant : allowed) {
            longest = Math.max(longest, insert(trie, variant, ALLOWED));
        }
        this.root = trie.freeze();
        this.depth = longest;
    }

    /** Adds the phrases of a variant; returns the length of the longest, in code points. */
    private int insert(MutableNode trie, String variant, int mark) {
        int longest = 0;
        for (String phrase : TermPattern.expand(variant)) {
            longest = Math.max(longest, phrase.codePointCount(0, phrase.length()));
            MutableNode node = trie;
            for (int cp : phrase.codePoints().toArray()) {
                node = node.children.computeIfAbsent(cp, k -> new MutableNode());
            }
            if (node.term != -1 && node.term != mark) {
                throw new IllegalArgumentException(
                        name(node.term) + " and " + name(mark) + " both match the phrase \"" + phrase + "\"");
            }
            node.term = mark;
        }
        return longest;
    }

    private String name(int mark) {
        return mark == ALLOWED ? "an allowed phrase" : "term " + terms.get(mark).key();
    }

    /**
     * Finds the terms in a text.
     *
     * @param text  the text, not null
     * @return the findings in text order, not overlapping, not null
     */
    List<LanguageFinding> find(String text) {
        List<LanguageFinding> findings = new ArrayList<>();
        int[] ends = new int[depth + 1];
        int[] hits = new int[depth + 1];
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (CharClass.isWord(cp) && !isWord(previous(text, i))) {
                int end = matchAt(text, i, ends, hits, findings);
                if (end > i) {
                    i = end;
                    continue;
                }
            }
            i += Character.charCount(cp);
        }
        return findings;
    }

    /**
     * Tries a match at a word start, adding a finding if one counts; returns the end of the
     * finding or allowed phrase, or -1 if there is neither.
     */
    private int matchAt(String text, int start, int[] ends, int[] hits, List<LanguageFinding> findings) {
        int n = text.length();
        int count = 0;
        Node node = root;
        int pos = start;
        while (pos < n) {
            int cp = text.codePointAt(pos);
            int next;
            int symbol;
            if (CharClass.isIgnorable(cp)) {
                pos += Character.charCount(cp);
                continue;
            } else if (CharClass.isGap(cp)) {
                next = skipGap(text, pos);
                if (next < 0) {
                    break;
                }
                symbol = CharClass.GAP;
            } else {
                next = pos + Character.charCount(cp);
                symbol = CharClass.fold(cp);
            }
            node = node.child(symbol);
            if (node == null) {
                break;
            }
            if (node.term != -1 && !isWord(following(text, next))) {
                ends[count] = next;
                hits[count] = node.term;
                count++;
            }
            pos = next;
        }
        String before = null;
        for (int c = count - 1; c >= 0; c--) {
            if (hits[c] == ALLOWED) {
                return ends[c];
            }
            LanguageTerm term = terms.get(hits[c]);
            if (!term.unlessPrecededBy().isEmpty()) {
                if (before == null) {
                    before = wordBefore(text, start);
                }
                if (term.unlessPrecededBy().contains(before)) {
                    continue;
                }
            }
            if (!term.unlessFollowedBy().isEmpty()
                    && term.unlessFollowedBy().contains(wordAfter(text, ends[c]))) {
                continue;
            }
            findings.add(new LanguageFinding(term.rule(), term.key(), start, ends[c], term.suggestion()));
            return ends[c];
        }
        return -1;
    }

    /**
     * Skips a run of gap and invisible characters from {@code pos}; returns the index after it,
     * or -1 if the run holds a blank line.
     */
    private static int skipGap(String text, int pos) {
        int n = text.length();
        int breaks = 0;
        int q = pos;
        while (q < n) {
            int cp = text.codePointAt(q);
            if (!CharClass.isGap(cp) && !CharClass.isIgnorable(cp)) {
                break;
            }
            int after = q + Character.charCount(cp);
            breaks += CharClass.lineBreaks(cp, after < n ? text.codePointAt(after) : -1);
            if (breaks >= 2) {
                return -1;
            }
            q = after;
        }
        return q;
    }

    /** The first visible code point before {@code index}, or -1 at the start of the text. */
    private static int previous(String text, int index) {
        int i = index;
        while (i > 0) {
            int cp = text.codePointBefore(i);
            if (!CharClass.isIgnorable(cp)) {
                return cp;
            }
            i -= Character.charCount(cp);
        }
        return -1;
    }

    /** The first visible code point from {@code index}, or -1 at the end of the text. */
    private static int following(String text, int index) {
        int i = index;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!CharClass.isIgnorable(cp)) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    private static boolean isWord(int cp) {
        return cp >= 0 && CharClass.isWord(cp);
    }

    /**
     * The folded word separated from {@code index} only by a gap (no blank line), reading
     * forwards; empty if there is none.
     */
    private static String wordAfter(String text, int index) {
        int n = text.length();
        int next = following(text, index);
        if (next < 0 || !CharClass.isGap(next)) {
            return "";
        }
        int i = skipGap(text, index);
        if (i < 0) {
            return "";
        }
        StringBuilder word = new StringBuilder();
        int length = 0;
        while (i < n && length <= MAX_GUARD_LENGTH) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (CharClass.isIgnorable(cp)) {
                continue;
            }
            if (!CharClass.isWord(cp)) {
                break;
            }
            word.appendCodePoint(CharClass.fold(cp));
            length++;
        }
        return word.toString();
    }

    /**
     * The folded word separated from {@code index} only by a gap (no blank line), reading
     * backwards; empty if there is none.
     */
    private static String wordBefore(String text, int index) {
        int i = index;
        int breaks = 0;
        boolean gap = false;
        while (i > 0) {
            int cp = text.codePointBefore(i);
            if (CharClass.isIgnorable(cp)) {
                i -= Character.charCount(cp);
            } else if (CharClass.isGap(cp)) {
                gap = true;
                breaks += CharClass.lineBreaks(cp, i < text.length() ? text.codePointAt(i) : -1);
                if (breaks >= 2) {
                    return "";
                }
                i -= Character.charCount(cp);
            } else {
                break;
            }
        }
        if (!gap) {
            return "";
        }
        int[] reversed = new int[MAX_GUARD_LENGTH + 1];
        int length = 0;
        while (i > 0 && length <= MAX_GUARD_LENGTH) {
            int cp = text.codePointBefore(i);
            i -= Character.charCount(cp);
            if (CharClass.isIgnorable(cp)) {
                continue;
            }
            if (!CharClass.isWord(cp)) {
                break;
            }
            reversed[length++] = CharClass.fold(cp);
        }
        StringBuilder word = new StringBuilder(length);
        for (int k = length - 1; k >= 0; k--) {
            word.appendCodePoint(reversed[k]);
        }
        return word.toString();
    }

    /** A trie node under construction. */
    private static final class MutableNode {
        final Map<Integer, MutableNode> children = new HashMap<>();
        int term = -1;

        Node freeze() {
            int[] keys = children.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            Node[] nodes = new Node[keys.length];
            for (int k = 0; k < keys.length; k++) {
                nodes[k] = children.get(keys[k]).freeze();
            }
            return new Node(keys, nodes, term);
        }
    }

    /**
     * A compiled trie node: the index of the term ending here, {@link #ALLOWED}, or -1; and its
     * children. Almost every symbol of a term list is ASCII, so the children with ASCII symbols
     * sit in a dense array indexed by symbol from the smallest of them, and a step through the
     * trie is one bounds check and one array read; the few others are found by binary search.
     */
    private static final class Node {
        private static final Node[] NONE = new Node[0];
        private static final int[] NO_KEYS = new int[0];

        final int term;
        private final int base;
        private final Node[] dense;
        private final int[] keys;
        private final Node[] others;

        /**
         * Makes a node of its children.
         *
         * @param keys  the children's symbols, sorted ascending
         * @param children  the children, in the order of their symbols
         * @param term  the index of the term ending here, {@link #ALLOWED}, or -1
         */
        Node(int[] keys, Node[] children, int term) {
            this.term = term;
            int ascii = 0;
            while (ascii < keys.length && keys[ascii] < 0x80) {
                ascii++;
            }
            if (ascii == 0) {
                base = 0;
                dense = NONE;
            } else {
                base = keys[0];
                dense = new Node[keys[ascii - 1] - base + 1];
                for (int k = 0; k < ascii; k++) {
                    dense[keys[k] - base] = children[k];
                }
            }
            if (ascii == keys.length) {
                this.keys = NO_KEYS;
                others = NONE;
            } else {
                this.keys = Arrays.copyOfRange(keys, ascii, keys.length);
                others = Arrays.copyOfRange(children, ascii, keys.length);
            }
        }

        Node child(int symbol) {
            int d = symbol - base;
            if (d >= 0 && d < dense.length) {
                return dense[d];
            }
            if (keys.length == 0) {
                return null;
            }
            int k = Arrays.binarySearch(keys, symbol);
            return k >= 0 ? others[k] : null;
        }
    }
}
