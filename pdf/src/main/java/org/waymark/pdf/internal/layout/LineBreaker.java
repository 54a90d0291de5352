package org.waymark.pdf.internal.layout;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Breaks prepared text into lines no wider than a measure, at the line-break opportunities of
 * {@link BreakIterator#getLineInstance(Locale)}. A word wider than the measure is broken between
 * grapheme clusters. Spaces at the end of a line hang (are not counted or drawn).
 */
final class LineBreaker {

    private LineBreaker() {
    }

    /**
     * A line: a range of the text, without trailing spaces or the forced break.
     *
     * @param start  the first char index
     * @param end  the char index after the last
     * @param width  the width in points
     */
    record Line(int start, int end, float width) {
    }

    /**
     * Breaks text into lines.
     *
     * @param text  the text, not null
     * @param maxWidth  the measure in points, positive
     * @param size  the font size in points
     * @param locale  the language, for break opportunities, not null
     * @return the lines, empty for empty text
     */
    static List<Line> lines(StyledText text, float maxWidth, float size, Locale locale) {
        return lines(text, maxWidth, size, BreakIterator.getLineInstance(locale), locale);
    }

    /**
     * Breaks text into lines with a line break iterator the caller keeps for a whole document,
     * which saves creating one per paragraph.
     *
     * @param text  the text, not null
     * @param maxWidth  the measure in points, positive
     * @param size  the font size in points
     * @param it  a line instance for the locale, not shared between threads; its text is replaced
     * @param locale  the language, for breaking a word wider than the measure, not null
     * @return the lines, empty for empty text
     */
    static List<Line> lines(StyledText text, float maxWidth, float size, BreakIterator it, Locale locale) {
        String s = text.text();
        List<Line> lines = new ArrayList<>();
        if (s.isEmpty()) {
            return lines;
        }
        it.setText(s);
        int lineStart = 0;
        int fitEnd = -1;
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            while (end < s.length() && (!text.mayBreakBefore(end) || insideNumber(s, end))) {
                end = it.next();
            }
            int contentEnd = end;
            while (contentEnd > start && isSpace(s.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            if (fitEnd >= 0 && text.width(lineStart, contentEnd, size) > maxWidth) {
                lines.add(line(text, lineStart, fitEnd, size));
                lineStart = start;
                fitEnd = -1;
            }
            if (fitEnd < 0) {
                lineStart = start;
                if (text.width(start, contentEnd, size) > maxWidth) {
                    lineStart = breakLongWord(text, start, contentEnd, maxWidth, size, locale, lines);
                }
            }
            fitEnd = contentEnd;
            if (s.charAt(end - 1) == '\n') {
                lines.add(line(text, lineStart, fitEnd, size));
                lineStart = end;
                fitEnd = -1;
            }
        }
        if (fitEnd >= 0) {
            lines.add(line(text, lineStart, fitEnd, size));
        }
        return lines;
    }

    /** Emits full lines of a too-long word; returns where its last, partial line starts. */
    private static int breakLongWord(StyledText text, int start, int end, float maxWidth, float size, Locale locale,
            List<Line> lines) {
        BreakIterator chars = BreakIterator.getCharacterInstance(locale);
        chars.setText(text.text());
        int lineStart = start;
        int fitEnd = start;
        for (int b = chars.following(start); b != BreakIterator.DONE && b <= end; b = chars.next()) {
            if (text.width(lineStart, b, size) > maxWidth && fitEnd > lineStart) {
                lines.add(line(text, lineStart, fitEnd, size));
                lineStart = fitEnd;
            }
            fitEnd = b;
        }
        return lineStart;
    }

    private static Line line(StyledText text, int start, int end, float size) {
        int e = Math.max(start, end);
        return new Line(start, e, text.width(start, e, size));
    }

    /** Tells whether a break would fall inside a time, date or number ("6:" / "30pm", "12." / "5"). */
    private static boolean insideNumber(String s, int at) {
        return at >= 2 && Character.isDigit(s.charAt(at)) && ":./-\u2013".indexOf(s.charAt(at - 1)) >= 0
                && Character.isDigit(s.charAt(at - 2));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\u3000';
    }
}
