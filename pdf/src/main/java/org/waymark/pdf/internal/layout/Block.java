package org.waymark.pdf.internal.layout;

/**
 * One block of a document, laid out top to bottom in document order.
 * <p>
 * Implementations are immutable records.
 */
public sealed interface Block
        permits Heading, Paragraph, ItemList, Table, Checkbox, SignatureLine, Spacer, KeepTogether, PageBreak,
        Callout, WriteIn, Picture {
}
