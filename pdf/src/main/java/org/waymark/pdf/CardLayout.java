package org.waymark.pdf;

import java.util.Locale;
import java.util.Objects;

/**
 * How the safety card is printed.
 * <p>
 * Both layouts hold the same content in the same order, with body text of at least 12 pt and the
 * emergency number of at least 18 pt. A credit-card size is not offered: at a legible size it
 * holds about five lines a side, too few for a safety plan's steps and numbers.
 */
public enum CardLayout {
    /** Two A6 pages (105 × 148 mm): print both sides of one card, or print and cut out. */
    A6("a6"),
    /**
     * One A4 sheet printed on one side, folded in half along the printed line: the top half is the
     * front of the card and the bottom half the back, each about A5 (210 × 148 mm). For a home or
     * ward printer that cannot print on cards or both sides.
     */
    A4_FOLD("a4-fold");

    private final String code;

    CardLayout(String code) {
        this.code = code;
    }

    /**
     * Returns the command-line spelling, such as {@code a4-fold}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Obtains the layout with a code.
     *
     * @param code  {@code a6} or {@code a4-fold}, not null
     * @return the layout, not null
     * @throws IllegalArgumentException if no layout has that code
     */
    public static CardLayout fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (CardLayout l : values()) {
            if (l.code.equals(code.toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown card layout '" + code + "'; expected a6 or a4-fold");
    }
}
