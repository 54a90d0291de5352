package org.waymark.pdf.internal.layout;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.waymark.pdf.internal.font.FontFace;
import org.waymark.pdf.internal.font.FontFamily;

/**
 * Text made ready to set: normalised to NFC, every character checked and assigned the first font
 * face in the fallback chain that has a glyph for it, with prefix advance widths for measuring.
 * <p>
 * Checking happens here, before anything is drawn, so that text PDFBox would set wrongly (right-
 * to-left and complex scripts) or fail on (missing glyphs) becomes a {@link RenderFailure}
 * naming the code point and a location. Line feeds, U+2028 and U+2029 are kept as forced line
 * breaks ({@code '\n'}); tabs become spaces; invisible format characters (soft hyphen, zero-width
 * space and joiners, left-to-right marks, byte order mark) and variation selectors are dropped.
 * <p>
 * This class is immutable.
 */
final class StyledText {

    private static final Set<Character.UnicodeScript> COMPLEX_SCRIPTS = EnumSet.of(
            Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.BENGALI, Character.UnicodeScript.GURMUKHI,
            Character.UnicodeScript.GUJARATI, Character.UnicodeScript.ORIYA, Character.UnicodeScript.TAMIL,
            Character.UnicodeScript.TELUGU, Character.UnicodeScript.KANNADA, Character.UnicodeScript.MALAYALAM,
            Character.UnicodeScript.SINHALA, Character.UnicodeScript.THAI, Character.UnicodeScript.LAO,
            Character.UnicodeScript.TIBETAN, Character.UnicodeScript.MYANMAR, Character.UnicodeScript.KHMER,
            Character.UnicodeScript.MONGOLIAN, Character.UnicodeScript.BALINESE, Character.UnicodeScript.JAVANESE,
            Character.UnicodeScript.TAI_THAM, Character.UnicodeScript.NEW_TAI_LUE, Character.UnicodeScript.BUGINESE,
            Character.UnicodeScript.SUNDANESE, Character.UnicodeScript.CHAM, Character.UnicodeScript.LEPCHA,
            Character.UnicodeScript.LIMBU, Character.UnicodeScript.SYLOTI_NAGRI, Character.UnicodeScript.SAURASHTRA,
            Character.UnicodeScript.MEETEI_MAYEK, Character.UnicodeScript.BATAK, Character.UnicodeScript.KAITHI);

    private final String text;
    private final FontFace[] faces;
    private final float[] prefix;
    /** The glyph id of each char's code point in its face; -1 for a low surrogate and a forced break. */
    private final int[] glyphs;
    /** Where a line may not break before a char because the char is inside a whole span; null if nowhere. */
    private final boolean[] joined;

    private StyledText(String text, FontFace[] faces, boolean[] joined) {
        this.text = text;
        this.faces = faces;
        this.joined = joined;
        this.prefix = new float[text.length() + 1];
        this.glyphs = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            float w = 0;
            glyphs[i] = -1;
            if (faces[i] != null && !Character.isLowSurrogate(c)) {
                int cp = text.codePointAt(i);
                w = faces[i].advance(cp);
                glyphs[i] = faces[i].glyphId(cp);
            }
            prefix[i + 1] = prefix[i] + w;
        }
    }

    /**
     * Prepares spans of text.
     *
     * @param spans  the spans, not null
     * @param styleOverride  a style for every span (headings are bold), or null to keep each span's
     * @param families  the fallback chain, not null, not empty
     * @param location  where the text is, for error messages, not null
     * @return the prepared text, not null
     * @throws RenderFailure if a character cannot be set
     */
    static StyledText of(List<Span> spans, TextStyle styleOverride, List<FontFamily> families, String location) {
        String[] normalized = new String[spans.size()];
        int capacity = 0;
        for (int k = 0; k < normalized.length; k++) {
            normalized[k] = Normalizer.normalize(spans.get(k).text(), Normalizer.Form.NFC);
            capacity += normalized[k].length();
        }
        // Characters are only dropped or replaced one for one, so the input's length is enough.
        char[] chars = new char[capacity];
        FontFace[] faces = new FontFace[capacity];
        boolean[] joined = null;
        int n = 0;
        for (int k = 0; k < normalized.length; k++) {
            TextStyle style = styleOverride != null ? styleOverride : spans.get(k).style();
            String s = normalized[k];
            int spanStart = n;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\r') {
                    if (i < s.length() && s.charAt(i) == '\n') {
                        continue;
                    }
                    cp = '\n';
                }
                if (cp == '\n' || cp == 0x2028 || cp == 0x2029) {
                    chars[n] = '\n';
                    faces[n++] = null;
                    continue;
                }
                if (cp == '\t') {
                    cp = ' ';
                }
                if (!check(cp, location)) {
                    continue;
                }
                FontFace face = faceFor(cp, style, families);
                if (face == null && Character.getType(cp) == Character.SPACE_SEPARATOR) {
                    // a space no font has (U+3000 IDEOGRAPHIC SPACE, say) is still a space
                    cp = ' ';
                    face = faceFor(cp, style, families);
                }
                if (face == null) {
                    throw RenderFailure.ofCharacter(RenderFailure.Reason.MISSING_GLYPH, cp, location);
                }
                if (Character.isBmpCodePoint(cp)) {
                    chars[n] = (char) cp;
                    faces[n++] = face;
                } else {
                    chars[n] = Character.highSurrogate(cp);
                    faces[n++] = face;
                    chars[n] = Character.lowSurrogate(cp);
                    faces[n++] = face;
                }
            }
            if (spans.get(k).whole() && n > spanStart + 1) {
                if (joined == null) {
                    joined = new boolean[capacity];
                }
                Arrays.fill(joined, spanStart + 1, n, true);
            }
        }
        return new StyledText(new String(chars, 0, n), n == capacity ? faces : Arrays.copyOf(faces, n),
                joined == null || n == capacity ? joined : Arrays.copyOf(joined, n));
    }

    /**
     * Prepares one string in one style.
     *
     * @param text  the text, not null
     * @param style  the style, not null
     * @param families  the fallback chain, not null
     * @param location  where the text is, not null
     * @return the prepared text, not null
     */
    static StyledText of(String text, TextStyle style, List<FontFamily> families, String location) {
        return of(List.of(new Span(text, style)), null, families, location);
    }

    /**
     * What {@link #checkCodePoint} decided for each BMP character: 0 not yet known, 1 print, 2 drop,
     * 3 refuse. Races are benign: every thread computes the same value for a code point.
     */
    private static final byte[] BMP_CLASS = new byte[0x10000];

    /** Returns false for a character to drop; throws for one that cannot be set. */
    private static boolean check(int cp, String location) {
        if (cp >= BMP_CLASS.length) {
            return checkCodePoint(cp, location);
        }
        byte known = BMP_CLASS[cp];
        if (known == 1) {
            return true;
        }
        if (known == 2) {
            return false;
        }
        try {
            boolean print = checkCodePoint(cp, location);
            BMP_CLASS[cp] = print ? (byte) 1 : (byte) 2;
            return print;
        } catch (RenderFailure e) {
            BMP_CLASS[cp] = 3;
            throw e;
        }
    }

    private static boolean checkCodePoint(int cp, String location) {
        if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)) {
            // Variation selectors only choose a glyph style (text or emoji); there is nothing to draw.
            return false;
        }
        byte dir = Character.getDirectionality(cp);
        if (dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE
                || dir == Character.DIRECTIONALITY_ARABIC_NUMBER) {
            throw RenderFailure.ofCharacter(RenderFailure.Reason.RIGHT_TO_LEFT_SCRIPT, cp, location);
        }
        if (COMPLEX_SCRIPTS.contains(Character.UnicodeScript.of(cp))) {
            throw RenderFailure.ofCharacter(RenderFailure.Reason.COMPLEX_SCRIPT, cp, location);
        }
        int type = Character.getType(cp);
        switch (type) {
            case Character.CONTROL, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED ->
                    throw RenderFailure.ofCharacter(RenderFailure.Reason.UNPRINTABLE_CHARACTER, cp, location);
            case Character.FORMAT -> {
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    private static FontFace faceFor(int cp, TextStyle style, List<FontFamily> families) {
        for (FontFamily family : families) {
            FontFace face = family.face(style == TextStyle.BOLD, style == TextStyle.ITALIC);
            if (face.canDisplay(cp)) {
                return face;
            }
            if (face != family.regular() && family.regular().canDisplay(cp)) {
                return family.regular();
            }
        }
        return null;
    }

    /**
     * Returns the prepared text.
     *
     * @return the text, not null
     */
    String text() {
        return text;
    }

    /**
     * Tells whether a line may break before a char, as far as whole spans go; the line breaker
     * decides where breaks are possible at all.
     *
     * @param index  a char index, 0 to the length
     * @return false if the char is inside a whole span, after its first char
     */
    boolean mayBreakBefore(int index) {
        return joined == null || index >= joined.length || !joined[index];
    }

    /**
     * Returns the width of a range of characters.
     *
     * @param start  the first char index
     * @param end  the char index after the last
     * @param size  the font size in points
     * @return the width in points
     */
    float width(int start, int end, float size) {
        return (prefix[end] - prefix[start]) * size / 1000f;
    }

    /**
     * Splits a range into runs of one face each, dropping forced breaks.
     *
     * @param start  the first char index
     * @param end  the char index after the last
     * @param size  the font size
     * @return the runs, with x offsets from the start of the range
     */
    List<Run> runs(int start, int end, float size) {
        List<Run> runs = new ArrayList<>();
        int i = start;
        while (i < end) {
            FontFace face = faces[i];
            if (face == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < end && faces[j] == face) {
                j++;
            }
            int[] ids = new int[j - i];
            int n = 0;
            for (int k = i; k < j; k++) {
                if (glyphs[k] >= 0) {
                    ids[n++] = glyphs[k];
                }
            }
            runs.add(new Run(face, n == ids.length ? ids : Arrays.copyOf(ids, n), width(start, i, size),
                    width(i, j, size)));
            i = j;
        }
        return runs;
    }

    @Override
    public String toString() {
        return "StyledText[" + text.length() + " chars, faces=" + Arrays.stream(faces).distinct().count() + "]";
    }

    /**
     * A run of characters in one face.
     *
     * @param face  the face
     * @param glyphs  the face's glyph ids of the characters, one per code point; not to be modified
     * @param x  the offset from the start of the line, in points
     * @param width  the width, in points
     */
    record Run(FontFace face, int[] glyphs, float x, float width) {
    }
}
