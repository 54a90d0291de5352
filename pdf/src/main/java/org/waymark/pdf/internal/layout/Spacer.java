package org.waymark.pdf.internal.layout;

/**
 * Vertical space. Space at the top of a page is dropped.
 *
 * @param points  the height in points, not negative
 */
public record Spacer(float points) implements Block {

    /**
     * Creates an instance, checking the components.
     *
     * @param points  the height in points, not negative
     */
    public Spacer {
        if (!(points >= 0) || Float.isInfinite(points)) {
            throw new IllegalArgumentException("points must not be negative: " + points);
        }
    }

    @Override
    public <R, P> R accept(Block.Visitor<R, P> visitor, P argument) {
        return visitor.visit(this, argument);
    }
}
