package org.waymark.pdf.internal.layout;

import java.util.Objects;

/**
 * A check box with its label, for ticking on paper: the box is the character ☐ (or ☒ when
 * checked), so it is read out and extracted as text, and the label wraps beside it.
 *
 * @param label  the label, not null
 * @param checked  whether the box is printed ticked
 */
public record Checkbox(Paragraph label, boolean checked) implements Block {

    /**
     * Creates an instance, checking the components.
     *
     * @param label  the label, not null
     * @param checked  whether the box is printed ticked
     */
    public Checkbox {
        Objects.requireNonNull(label, "label");
    }

    /**
     * Obtains an empty check box.
     *
     * @param label  the label text, not null
     * @return the check box, not null
     */
    public static Checkbox of(String label) {
        return new Checkbox(Paragraph.of(label), false);
    }

    @Override
    public <R, P> R accept(Block.Visitor<R, P> visitor, P argument) {
        return visitor.visit(this, argument);
    }
}
