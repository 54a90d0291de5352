package org.waymark.pdf.internal.layout;

/**
 * Ruled lines left blank for the person to write on by hand, where a part of a plan is still
 * empty. The lines are decoration (artifacts); say what to write in a paragraph before them, so
 * that a screen reader announces the space.
 *
 * @param lines  the number of lines, from 1 to 12
 */
public record WriteIn(int lines) implements Block {

    /**
     * Creates an instance, checking the number of lines.
     *
     * @param lines  the number of lines, from 1 to 12
     */
    public WriteIn {
        if (lines < 1 || lines > 12) {
            throw new IllegalArgumentException("lines must be from 1 to 12: " + lines);
        }
    }

    @Override
    public <R, P> R accept(Block.Visitor<R, P> visitor, P argument) {
        return visitor.visit(this, argument);
    }
}
