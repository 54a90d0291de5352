package org.waymark.pdf.internal.layout;

import java.util.Objects;

/**
 * A run of text in one style. Text may be any length; a line feed forces a line break.
 *
 * @param text  the text, not null
 * @param style  the style, not null
 * @param whole  whether lines must not break inside the span, as in a phone number; a whole span
 *         wider than the line still breaks between characters rather than overflow
 */
public record Span(String text, TextStyle style, boolean whole) {

    /**
     * Creates an instance, checking the components.
     *
     * @param text  the text, not null
     * @param style  the style, not null
     * @param whole  whether lines must not break inside the span
     */
    public Span {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
    }

    /**
     * Creates a span that lines may break inside.
     *
     * @param text  the text, not null
     * @param style  the style, not null
     */
    public Span(String text, TextStyle style) {
        this(text, style, false);
    }

    /**
     * Obtains a span that a line never breaks inside, such as a phone number. Its characters are
     * printed and extracted as they are: "(555) 010-0100" copies as typed, which no-break spaces
     * and hyphens would not.
     *
     * @param text  the text, not null
     * @param style  the style, not null
     * @return the span, not null
     */
    public static Span whole(String text, TextStyle style) {
        return new Span(text, style, true);
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
