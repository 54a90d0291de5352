package org.waymark.pdf.internal.layout;

import java.util.Objects;

/**
 * A heading (tagged H1, H2 or H3). A heading is never left alone at the foot of a page: it moves
 * to the next page with the start of what follows it.
 *
 * @param level  1, 2 or 3
 * @param text  the heading text, not null, not blank
 * @param sectionId  a stable, non-personal id of the section (for example {@code "warning-signs"})
 *        used in error messages, or null
 */
public record Heading(int level, String text, String sectionId) implements Block {

    /**
     * Creates an instance, checking the components.
     *
     * @param level  1, 2 or 3
     * @param text  the heading text, not null, not blank
     * @param sectionId  a stable, non-personal id of the section (for example {@code "warning-signs"})
     *        used in error messages, or null
     */
    public Heading {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("level must be 1, 2 or 3: " + level);
        }
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("heading text must not be blank");
        }
    }

    /**
     * Obtains a heading without a section id.
     *
     * @param level  1, 2 or 3
     * @param text  the text, not null
     * @return the heading, not null
     */
    public static Heading of(int level, String text) {
        return new Heading(level, text, null);
    }

    @Override
    public <R, P> R accept(Block.Visitor<R, P> visitor, P argument) {
        return visitor.visit(this, argument);
    }
}
