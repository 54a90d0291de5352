package org.waymark.pdf.internal.layout;

/**
 * How a document uses its pages.
 */
public enum PageStyle {
    /** A running header, a footer notice and "Page x of y" on every page: a document to file. */
    STANDARD,
    /**
     * A card: no header, footer or page numbers, and the same margin on every edge. Anything that
     * must be on every side of a card is part of its content.
     */
    CARD,
    /**
     * A card printed on one sheet turned sideways and folded in half like a greeting card: each page
     * holds two panels, the left half and the right half, with a fold line between them. The page
     * geometry is that of one panel (for A4, two A5 panels side by side). Content flows from the
     * left panel to the right panel, then to the next sheet.
     */
    FOLDED_CARD
}
