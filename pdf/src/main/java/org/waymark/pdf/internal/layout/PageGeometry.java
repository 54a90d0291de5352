package org.waymark.pdf.internal.layout;

/**
 * Page size, margins and type sizes for one paper, in points. Smaller paper gets smaller margins
 * and type, so that a pocket card (A6) still holds a useful amount of text.
 *
 * @param width  page width
 * @param height  page height
 * @param marginX  left and right margin
 * @param marginTop  top margin; the running header sits inside it
 * @param marginBottom  least bottom margin; the footer sits inside it and may make it taller
 * @param body  body text size
 * @param small  header, footer and caption size
 * @param h1  level 1 heading size
 * @param h2  level 2 heading size
 * @param h3  level 3 heading size
 */
record PageGeometry(float width, float height, float marginX, float marginTop, float marginBottom, float body,
        float small, float h1, float h2, float h3) {

    /** Line height as a multiple of the type size. */
    static final float LEADING = 1.3f;

    static PageGeometry of(PageSize paper) {
        return switch (paper) {
            case A4, LETTER -> new PageGeometry(paper.width(), paper.height(), 56, 62, 56, 10.5f, 8f, 17f, 13.5f, 11.5f);
            case A5 -> new PageGeometry(paper.width(), paper.height(), 40, 50, 46, 9.5f, 7.5f, 15f, 12f, 10.5f);
            case A6 -> new PageGeometry(paper.width(), paper.height(), 22, 34, 34, 8.5f, 6.5f, 12f, 10.5f, 9.5f);
        };
    }

    /** Returns this geometry with other type sizes, or itself when {@code sizes} is null. */
    PageGeometry withSizes(TypeSizes sizes) {
        if (sizes == null) {
            return this;
        }
        return new PageGeometry(width, height, marginX, marginTop, marginBottom, sizes.body(), sizes.small(), sizes.h1(),
                sizes.h2(), sizes.h3());
    }

    /** The least margin of a card on every edge, in points (about 8 mm): clear of a printer's edge. */
    static final float CARD_MARGIN = 22f;

    /**
     * Returns this geometry for a card: the same margin on every edge, and no more than a card's,
     * since a card has no header or footer to make room for. A folded card's geometry is that of
     * one panel, half the sheet turned sideways.
     */
    PageGeometry forCard(boolean folded) {
        // A folded sheet is turned sideways and each half is a panel: A4 gives two A5 panels.
        float w = folded ? Math.max(width, height) / 2 : width;
        float h = folded ? Math.min(width, height) : height;
        float m = Math.min(marginX, Math.max(CARD_MARGIN, w / 15));
        return new PageGeometry(w, h, m, m, m, body, small, h1, h2, h3);
    }

    float contentWidth() {
        return width - 2 * marginX;
    }

    float headingSize(int level) {
        return switch (level) {
            case 1 -> h1;
            case 2 -> h2;
            default -> h3;
        };
    }
}
