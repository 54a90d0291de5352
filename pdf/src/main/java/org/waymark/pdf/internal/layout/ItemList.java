package org.waymark.pdf.internal.layout;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A bulleted or numbered list (tagged L, LI, Lbl, LBody) whose items wrap with a hanging indent.
 *
 * @param kind  bullets or numbers, not null
 * @param items  the items, not null, not empty
 */
public record ItemList(Kind kind, List<Paragraph> items) implements Block {

    /** How items are labelled. */
    public enum Kind {
        /** A bullet, "•". */
        BULLET,
        /** "1.", "2.", … */
        NUMBERED
    }

    /**
     * Creates an instance, checking and copying the components.
     *
     * @param kind  bullets or numbers, not null
     * @param items  the items, not null, not empty
     */
    public ItemList {
        Objects.requireNonNull(kind, "kind");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a list needs at least one item");
        }
    }

    /**
     * Obtains a bulleted list of plain items.
     *
     * @param items  the items, not null
     * @return the list, not null
     */
    public static ItemList bullets(String... items) {
        return new ItemList(Kind.BULLET, Arrays.stream(items).map(Paragraph::of).toList());
    }

    /**
     * Obtains a numbered list of plain items.
     *
     * @param items  the items, not null
     * @return the list, not null
     */
    public static ItemList numbered(String... items) {
        return new ItemList(Kind.NUMBERED, Arrays.stream(items).map(Paragraph::of).toList());
    }

    @Override
    public <R, P> R accept(Block.Visitor<R, P> visitor, P argument) {
        return visitor.visit(this, argument);
    }
}
