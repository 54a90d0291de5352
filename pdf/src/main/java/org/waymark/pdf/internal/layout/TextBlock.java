package org.waymark.pdf.internal.layout;

import java.util.List;

import org.waymark.pdf.internal.layout.LineBreaker.Line;

/**
 * Lines of one text, at one size.
 *
 * @param text  the text
 * @param lines  the lines
 * @param size  the font size
 */
record TextBlock(StyledText text, List<Line> lines, float size) {
    float lineHeight() {
        return size * PageGeometry.LEADING;
    }

    float height() {
        return lines.size() * lineHeight();
    }

    float maxWidth() {
        float w = 0;
        for (Line l : lines) {
            w = Math.max(w, l.width());
        }
        return w;
    }
}
