package org.waymark.pdf.internal.layout;

import java.util.Objects;

/**
 * A short paragraph set apart in a shaded box with a bar at its left edge (tagged P; the box is
 * decoration), for what a reader must not miss: that a plan is a fictional example, or the
 * emergency number. A callout is kept on one page unless it is taller than a page.
 *
 * @param text  the text, not null
 * @param large  whether the text is set at the level 2 heading size, and never below
 *        {@value #LARGE_MIN} pt, instead of the body size
 */
public record Callout(Paragraph text, boolean large) implements Block {

    /** The least size of a large callout, in points: an emergency number must catch the eye. */
    public static final float LARGE_MIN = 18f;

    /**
     * Creates an instance, checking the components.
     *
     * @param text  the text, not null
     * @param large  whether the text is set at the level 2 heading size, and never below
     *        {@value #LARGE_MIN} pt, instead of the body size
     */
    public Callout {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public <R, P> R accept(Block.Visitor<R, P> visitor, P argument) {
        return visitor.visit(this, argument);
    }
}
