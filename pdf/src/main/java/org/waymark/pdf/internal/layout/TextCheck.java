package org.waymark.pdf.internal.layout;

import java.util.List;

/**
 * Checks that every text of a document can be set, in document order, before anything is laid
 * out: each text is prepared in the style it will be set in (headings and table headers bold),
 * so that a failure names the right place even when the layout would first meet the text while
 * looking ahead from a heading. The prepared texts stay in the {@link TextSetter} for the layout.
 * The argument of each visit is the block's path, such as {@code blocks[3].items[1]}.
 */
final class TextCheck implements Block.Visitor<Void, String> {

    private final TextSetter setter;

    TextCheck(TextSetter setter) {
        this.setter = setter;
    }

    /** Checks the text of the blocks; {@code path} is the path of the list. */
    void check(List<Block> blocks, String path) {
        for (int i = 0; i < blocks.size(); i++) {
            blocks.get(i).accept(this, path + "[" + i + "]");
        }
    }

    @Override
    public Void visit(Heading h, String where) {
        if (h.sectionId() != null) {
            setter.section(h.sectionId());
        }
        check(List.of(Span.of(h.text())), TextStyle.BOLD, where);
        return null;
    }

    @Override
    public Void visit(Paragraph p, String where) {
        check(p.spans(), null, where);
        return null;
    }

    @Override
    public Void visit(ItemList l, String where) {
        for (int k = 0; k < l.items().size(); k++) {
            check(l.items().get(k).spans(), null, where + ".items[" + k + "]");
        }
        return null;
    }

    @Override
    public Void visit(Table t, String where) {
        for (int c = 0; c < t.columns().size(); c++) {
            check(List.of(Span.of(t.columns().get(c).header())), TextStyle.BOLD, where + ".columns[" + c + "]");
        }
        for (int r = 0; r < t.rows().size(); r++) {
            for (int c = 0; c < t.columns().size(); c++) {
                check(t.rows().get(r).get(c).spans(), null, where + ".rows[" + r + "].cells[" + c + "]");
            }
        }
        return null;
    }

    @Override
    public Void visit(Checkbox c, String where) {
        check(c.label().spans(), null, where);
        return null;
    }

    @Override
    public Void visit(SignatureLine s, String where) {
        check(List.of(Span.of(s.caption())), null, where + ".caption");
        if (s.dateCaption() != null) {
            check(List.of(Span.of(s.dateCaption())), null, where + ".dateCaption");
        }
        return null;
    }

    @Override
    public Void visit(Spacer s, String where) {
        return null; // no text
    }

    @Override
    public Void visit(KeepTogether k, String where) {
        check(k.blocks(), where + ".blocks");
        return null;
    }

    @Override
    public Void visit(PageBreak b, String where) {
        return null; // no text
    }

    @Override
    public Void visit(Callout c, String where) {
        check(c.text().spans(), null, where);
        return null;
    }

    @Override
    public Void visit(WriteIn wi, String where) {
        return null; // no text
    }

    @Override
    public Void visit(Picture p, String where) {
        if (p.beside() != null) {
            check(p.beside().spans(), null, where + ".beside");
        }
        return null;
    }

    /** Prepares text in the style it will be set in; null keeps the spans' own styles. */
    private void check(List<Span> spans, TextStyle override, String where) {
        setter.prepare(spans, override, where);
    }
}
