package org.waymark.pdf.internal.doc;

import java.util.ArrayList;
import java.util.List;

import org.waymark.pdf.internal.layout.Block;
import org.waymark.pdf.internal.layout.Callout;
import org.waymark.pdf.internal.layout.Heading;
import org.waymark.pdf.internal.layout.ItemList;
import org.waymark.pdf.internal.layout.KeepTogether;
import org.waymark.pdf.internal.layout.LayoutDocument;
import org.waymark.pdf.internal.layout.Paragraph;
import org.waymark.pdf.internal.layout.Span;
import org.waymark.pdf.internal.layout.Table;

/**
 * A thin writer over {@link LayoutDocument.Builder} with the few shapes the documents repeat:
 * labelled fields, lists that say "Not recorded" when empty, tables of text. Not thread-safe.
 */
final class Doc {

    private final LayoutDocument.Builder builder;
    private final DocumentWording w;

    Doc(LayoutDocument.Builder builder, DocumentWording w) {
        this.builder = builder;
        this.w = w;
    }

    LayoutDocument build() {
        return builder.build();
    }

    Doc add(Block block) {
        builder.add(block);
        return this;
    }

    Doc heading(int level, String text, String sectionId) {
        return add(new Heading(level, text, sectionId));
    }

    Doc para(String text) {
        return add(Paragraph.of(text));
    }

    Doc para(Span... spans) {
        return add(Paragraph.of(spans));
    }

    Doc callout(String text, boolean large) {
        return add(new Callout(Paragraph.of(Span.bold(text)), large));
    }

    Doc callout(List<Span> spans, boolean large) {
        return add(new Callout(new Paragraph(spans), large));
    }

    /** A short line in italics saying that nothing is recorded, so that gaps stay visible. */
    Doc notRecorded() {
        return add(notRecordedParagraph());
    }

    Doc notRecorded(String key) {
        return add(Paragraph.of(Span.italic(w.text(key))));
    }

    Paragraph notRecordedParagraph() {
        return Paragraph.of(Span.italic(w.text("notRecorded")));
    }

    /** "Label: value", with "Not recorded" for a missing value. */
    Doc field(String label, String value) {
        return add(fieldParagraph(label, value));
    }

    Paragraph fieldParagraph(String label, String value) {
        if (value == null || value.isBlank()) {
            return Paragraph.of(Span.bold(label + ": "), Span.italic(w.text("notRecorded")));
        }
        return Paragraph.of(Span.bold(label + ": "), Span.of(value));
    }

    /** A bulleted list, or "Not recorded" when empty. */
    Doc bullets(List<String> items) {
        if (items.isEmpty()) {
            return notRecorded();
        }
        return add(new ItemList(ItemList.Kind.BULLET, items.stream().map(Paragraph::of).toList()));
    }

    Doc bulletParagraphs(List<Paragraph> items) {
        if (items.isEmpty()) {
            return notRecorded();
        }
        return add(new ItemList(ItemList.Kind.BULLET, items));
    }

    Doc numbered(List<String> items) {
        if (items.isEmpty()) {
            return notRecorded();
        }
        return add(new ItemList(ItemList.Kind.NUMBERED, items.stream().map(Paragraph::of).toList()));
    }

    /** A label kept on the same page as the start of what it introduces. */
    Doc labelled(String label, Block first) {
        return add(KeepTogether.of(Paragraph.of(Span.bold(label)), first));
    }

    /** A list under a bold label, kept with its label, or the label and "Not recorded". */
    Doc labelledBullets(String label, List<String> items) {
        Block list = items.isEmpty() ? notRecordedParagraph()
                : new ItemList(ItemList.Kind.BULLET, items.stream().map(Paragraph::of).toList());
        return labelled(label, list);
    }

    /** Starts a table of text cells. */
    static TableRows table(Table.Column... columns) {
        return new TableRows(List.of(columns));
    }

    static Table.Column col(String header, float weight) {
        return new Table.Column(header, weight);
    }

    /** Collects rows of paragraphs. */
    static final class TableRows {
        private final Table.Builder builder;
        private int rows;

        TableRows(List<Table.Column> columns) {
            this.builder = Table.builder(columns);
        }

        TableRows row(Paragraph... cells) {
            builder.row(List.of(cells));
            rows++;
            return this;
        }

        TableRows row(String... cells) {
            List<Paragraph> list = new ArrayList<>(cells.length);
            for (String c : cells) {
                list.add(Paragraph.of(c == null ? "" : c));
            }
            builder.row(list);
            rows++;
            return this;
        }

        boolean isEmpty() {
            return rows == 0;
        }

        Table build() {
            return builder.build();
        }
    }
}
