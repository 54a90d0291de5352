package org.waymark.pdf.internal.layout;

import java.util.Arrays;
import java.util.List;

/**
 * A paragraph of styled text (tagged P), broken into lines at the locale's line-break
 * opportunities and split across pages without leaving a single line behind or ahead.
 *
 * @param spans  the text, not null, may be empty
 */
public record Paragraph(List<Span> spans) implements Block {

    /**
     * Creates an instance, checking and copying the components.
     *
     * @param spans  the text, not null, may be empty
     */
    public Paragraph {
        spans = List.copyOf(spans);
    }

    /**
     * Obtains a paragraph of regular text.
     *
     * @param text  the text, not null
     * @return the paragraph, not null
     */
    public static Paragraph of(String text) {
        return new Paragraph(List.of(Span.of(text)));
    }

    /**
     * Obtains a paragraph of spans.
     *
     * @param spans  the spans, not null
     * @return the paragraph, not null
     */
    public static Paragraph of(Span... spans) {
        return new Paragraph(Arrays.asList(spans));
    }

    @Override
    public <R, P> R accept(Block.Visitor<R, P> visitor, P argument) {
        return visitor.visit(this, argument);
    }
}
