package org.waymark.language;

/**
 * How the language checker sees a single code point: part of a word, a gap between words,
 * invisible, or other punctuation; and its case-folded form.
 * <p>
 * Free text in care plans is often pasted from word processors and web pages, so it carries
 * non-breaking spaces, typographic hyphens, curly apostrophes and soft hyphens. Folding them
 * here keeps the term list short and readable.
 * <p>
 * This class is immutable and thread-safe.
 */
final class CharClass {

    /** The symbol a run of gap characters becomes, in term patterns and during matching. */
    static final int GAP = ' ';

    /** Flags of the ASCII code points, worked out once by the general rules below. */
    private static final byte[] ASCII = new byte[0x80];
    private static final byte WORD = 1;
    private static final byte GAP_CHAR = 2;

    static {
        for (int cp = 0; cp < ASCII.length; cp++) {
            ASCII[cp] = (byte) ((isWordSlow(cp) ? WORD : 0) | (isGapSlow(cp) ? GAP_CHAR : 0));
        }
    }

    private CharClass() {
    }

    /**
     * Tells whether a code point belongs to a word: a letter or digit in any script, or a
     * combining mark (so "e" followed by a combining accent stays one word).
     */
    static boolean isWord(int cp) {
        if (cp >= 0 && cp < 0x80) {
            return (ASCII[cp] & WORD) != 0;
        }
        return isWordSlow(cp);
    }

    private static boolean isWordSlow(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * Tells whether a code point separates the words of a phrase: any white space (including
     * line breaks and no-break spaces), a hyphen, or an underscore. A run of them counts as one
     * gap, so "low-risk", "low  risk" and "low\nrisk" read alike.
     */
    static boolean isGap(int cp) {
        if (cp >= 0 && cp < 0x80) {
            return (ASCII[cp] & GAP_CHAR) != 0;
        }
        return isGapSlow(cp);
    }

    private static boolean isGapSlow(int cp) {
        switch (cp) {
            case '-':
            case '_':
            case 0x2010: // hyphen
            case 0x2011: // non-breaking hyphen
                return true;
            default:
                return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
        }
    }

    /**
     * Tells whether a code point is invisible and skipped altogether: a soft hyphen or a
     * zero-width character that a word processor may leave inside a word.
     */
    static boolean isIgnorable(int cp) {
        switch (cp) {
            case 0x00AD: // soft hyphen
            case 0x200B: // zero width space
            case 0x200C: // zero width non-joiner
            case 0x200D: // zero width joiner
            case 0x2060: // word joiner
            case 0xFEFF: // zero width no-break space
                return true;
            default:
                return false;
        }
    }

    /**
     * Tells how many line breaks a gap code point contributes; two or more line breaks in one
     * gap mean a new paragraph, and no phrase is matched across paragraphs.
     *
     * @param cp  the code point
     * @param next  the code point after it, or -1 at the end of the text
     * @return 0, 1 or 2
     */
    static int lineBreaks(int cp, int next) {
        switch (cp) {
            case '\n':
            case 0x000B:
            case 0x000C:
            case 0x0085:
            case 0x2028:
                return 1;
            case '\r':
                return next == '\n' ? 0 : 1;
            case 0x2029: // paragraph separator
                return 2;
            default:
                return 0;
        }
    }

    /**
     * Folds a code point for case-insensitive comparison; typographic apostrophes become
     * {@code '}.
     */
    static int fold(int cp) {
        if (cp >= 'A' && cp <= 'Z') {
            return cp + ('a' - 'A');
        }
        if (cp >= 0 && cp < 0x80) {
            return cp;
        }
        switch (cp) {
            case 0x2018:
            case 0x2019:
            case 0x201B:
            case 0x02BC:
            case 0xFF07:
                return '\'';
            default:
                return Character.toLowerCase(Character.toUpperCase(cp));
        }
    }

    /** Folds every code point of a string, for term patterns and guard words. */
    static String fold(String s) {
        StringBuilder folded = new StringBuilder(s.length());
        s.codePoints().map(CharClass::fold).forEach(folded::appendCodePoint);
        return folded.toString();
    }
}
