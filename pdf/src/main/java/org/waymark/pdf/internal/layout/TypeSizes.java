package org.waymark.pdf.internal.layout;

/**
 * Type sizes that replace the paper's defaults, for documents that need larger type (a plan
 * written for the person) or a legible minimum on small paper (a pocket card).
 *
 * @param body  body text size, in points, positive
 * @param small  header, footer and caption size, positive
 * @param h1  level 1 heading size, positive
 * @param h2  level 2 heading size, positive
 * @param h3  level 3 heading size, positive
 */
public record TypeSizes(float body, float small, float h1, float h2, float h3) {

    /**
     * Creates an instance, checking the components.
     *
     * @param body  body text size, in points, positive
     * @param small  header, footer and caption size, positive
     * @param h1  level 1 heading size, positive
     * @param h2  level 2 heading size, positive
     * @param h3  level 3 heading size, positive
     */
    public TypeSizes {
        for (float size : new float[] {body, small, h1, h2, h3}) {
            if (!(size > 0) || size > 72) {
                throw new IllegalArgumentException("type sizes must be between 0 and 72 points: " + size);
            }
        }
    }
}
