package org.waymark.pdf.internal.layout;

/**
 * The page sizes the renderer knows, in PDF points (1/72 inch). The public paper names these sizes;
 * each size has its own margins and type sizes ({@link PageGeometry}).
 */
public enum PageSize {
    /** ISO A4, 210 × 297 mm. */
    A4(595.28f, 841.89f),
    /** US Letter, 8.5 × 11 in. */
    LETTER(612f, 792f),
    /** ISO A5, 148 × 210 mm. */
    A5(419.53f, 595.28f),
    /** ISO A6, 105 × 148 mm: a pocket card. */
    A6(297.64f, 419.53f);

    private final float width;
    private final float height;

    PageSize(float width, float height) {
        this.width = width;
        this.height = height;
    }

    /**
     * Returns the width of the page in points.
     *
     * @return the width, positive
     */
    public float width() {
        return width;
    }

    /**
     * Returns the height of the page in points.
     *
     * @return the height, positive
     */
    public float height() {
        return height;
    }
}
