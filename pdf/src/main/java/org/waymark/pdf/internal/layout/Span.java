package org.waymark.pdf.internal.layout;

import java.util.Objects;

/**
 * A run of text in one style. Text may be any length; a line feed forces a line break.
 *
 * @param text  the text, not null
 * @param style  the style, not null
 */
public record Span(String text, TextStyle style) {

    /**
     * Creates an instance, checking the components.
     *
     * @param text  the text, not null
     * @param style  the style, not null
     */
    public Span {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
    }

    /**
     * Obtains a regular span.
     *
     * @param text  the text, not null
     * @return the span, not null
     */
    public static Span of(String text) {
        return new Span(text, TextStyle.REGULAR);
    }

    /**
     * Obtains a bold span.
     *
     * @param text  the text, not null
     * @return the span, not null
     */
    public static Span bold(String text) {
        return new Span(text, TextStyle.BOLD);
    }

    /**
     * Obtains an italic span.
     *
     * @param text  the text, not null
     * @return the span, not null
     */
    public static Span italic(String text) {
        return new Span(text, TextStyle.ITALIC);
    }
}
