package org.waymark.pdf.internal.layout;

import java.util.Objects;

/**
 * Space to sign by hand: a line with a caption under it, and optionally a shorter date line.
 * The lines are decoration (artifacts); the captions are tagged paragraphs.
 *
 * @param caption  the caption under the signature line, for example "Signed (clinician)", not null
 * @param dateCaption  the caption under the date line, or null for no date line
 */
public record SignatureLine(String caption, String dateCaption) implements Block {

    /**
     * Creates an instance, checking the components.
     *
     * @param caption  the caption under the signature line, for example "Signed (clinician)", not null
     * @param dateCaption  the caption under the date line, or null for no date line
     */
    public SignatureLine {
        Objects.requireNonNull(caption, "caption");
    }

    @Override
    public <R, P> R accept(Block.Visitor<R, P> visitor, P argument) {
        return visitor.visit(this, argument);
    }
}
