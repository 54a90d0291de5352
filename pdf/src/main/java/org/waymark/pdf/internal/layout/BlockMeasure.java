package org.waymark.pdf.internal.layout;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures blocks before they are placed, and holds the sizes and gaps that placing and measuring
 * share. Two walks over the blocks: {@link #minStart} is the least room a block needs to start
 * on a page, which keeps a heading with what follows it (the first two lines of a paragraph or
 * list, a table's header and first rows, a whole kept-together group when it fits on a page);
 * {@link #naturalHeight} is the height of blocks on an endless page, gaps included, which decides
 * whether a kept-together group moves to the next page. Tables are measured once, as a
 * {@link TableFlow}, whether first met while looking ahead or when placed.
 * <p>
 * One instance serves one document; it is not thread-safe.
 */
final class BlockMeasure {

    /** The width of the bar down the left side of a callout. */
    static final float CALLOUT_BAR_WIDTH = 2.5f;

    private final PageGeometry g;
    private final float body;
    private final TextSetter setter;
    /** The height of the content area of a page (or panel). */
    private final float pageHeight;
    /** Tables are measured while looking ahead from a heading and again when laid out: measure once. */
    private final Map<Table, TableFlow> tables = new IdentityHashMap<>();

    BlockMeasure(PageGeometry g, TextSetter setter, float pageHeight) {
        this.g = g;
        this.body = g.body();
        this.setter = setter;
        this.pageHeight = pageHeight;
    }

    // ---- sizes shared by placing and measuring ----

    /** A paragraph's (or a check box label's, or a list item's) text across the text width. */
    TextBlock bodyText(List<Span> spans, String where) {
        return setter.text(spans, null, body, g.contentWidth(), where);
    }

    /** A heading's text, bold, at its level's size. */
    TextBlock headingText(Heading h, String where) {
        return setter.text(List.of(Span.of(h.text())), TextStyle.BOLD, g.headingSize(h.level()), g.contentWidth(), where);
    }

    float headingGapBefore(int level) {
        return switch (level) {
            case 1 -> body * 1.1f;
            case 2 -> body * 0.9f;
            default -> body * 0.7f;
        };
    }

    float headingGapAfter() {
        return body * 0.35f;
    }

    /** The room above a signature line, for the signature. */
    float signatureRoom() {
        return body * PageGeometry.LEADING * 2.6f;
    }

    /** The height of one hand-written line: room for handwriting, which is larger than type. */
    float writeInLine() {
        return Math.max(body * 2.1f, 20f);
    }

    /** The padding around a callout's text. */
    float calloutPad() {
        return body * 0.6f;
    }

    /** A callout's text, inside its padding and bar; large callouts at the second heading size. */
    TextBlock calloutText(Callout c, String where) {
        float size = c.large() ? Math.max(g.h2(), Callout.LARGE_MIN) : body;
        return setter.text(c.text().spans(), null, size, g.contentWidth() - 2 * calloutPad() - CALLOUT_BAR_WIDTH, where);
    }

    private float calloutHeight(Callout c, String where) {
        return calloutText(c, where).height() + 2 * calloutPad();
    }

    /** The width and height of a picture's image: its height, narrowed to half the text width. */
    float[] pictureSize(Picture p) {
        float h = p.height();
        float w = h * p.image().width() / p.image().height();
        float most = g.contentWidth() / 2;
        if (w > most) {
            h = h * most / w;
            w = most;
        }
        return new float[] {w, h};
    }

    /** The text beside a picture, broken into lines, or null. */
    TextBlock besidePicture(Picture p, float imageWidth, String where) {
        return p.beside() == null ? null
                : setter.text(p.beside().spans(), null, body, g.contentWidth() - imageWidth - body, where + ".beside");
    }

    /** The height of a picture: its image's, or the text beside it when that is taller. */
    static float pictureHeight(float[] size, TextBlock beside) {
        return beside == null ? size[1] : Math.max(size[1], beside.height());
    }

    private float pictureHeight(Picture p, String where) {
        float[] size = pictureSize(p);
        return pictureHeight(size, besidePicture(p, size[0], where));
    }

    /** The measured table, measuring it the first time it is met. */
    TableFlow table(Table t, String where) {
        TableFlow tf = tables.get(t);
        if (tf == null) {
            tf = new TableFlow(t, g, setter, where);
            tables.put(t, tf);
        }
        return tf;
    }

    /** The measured table, for placing it: no longer needed here afterwards. */
    TableFlow takeTable(Table t, String where) {
        TableFlow tf = table(t, where);
        tables.remove(t);
        return tf;
    }

    // ---- the room a block needs to start ----

    /** The least height that must fit below a heading for the blocks from {@code index} to start. */
    float minStart(List<Block> blocks, int index, String where) {
        if (index >= blocks.size()) {
            return 0;
        }
        return blocks.get(index).accept(minStartWalk, new Ahead(blocks, index, where));
    }

    /** A block looked at ahead: its siblings, its index among them, and the path of its parent list. */
    private record Ahead(List<Block> siblings, int index, String where) {
    }

    /** Lines that must fit for a text to start on a page: all of it unless it can split two and two. */
    private static int firstLines(TextBlock tb) {
        int n = tb.lines().size();
        return n < 4 ? Math.max(1, n) : 2;
    }

    /**
     * The least height for one block to start; the argument's path is its parent's, to which the
     * block's index is added.
     */
    private final Block.Visitor<Float, Ahead> minStartWalk = new Block.Visitor<>() {
        private String w(Ahead at) {
            return at.where() + "+" + (at.index());
        }

        private float lh() {
            return body * PageGeometry.LEADING;
        }

        @Override
        public Float visit(Paragraph p, Ahead at) {
            return firstLines(bodyText(p.spans(), w(at))) * lh();
        }

        @Override
        public Float visit(Checkbox c, Ahead at) {
            return firstLines(bodyText(c.label().spans(), w(at))) * lh();
        }

        @Override
        public Float visit(ItemList l, Ahead at) {
            // The first two lines of the list: the first item's, or a one-line first item and the
            // first line of the second.
            float lh = lh();
            TextBlock first = bodyText(l.items().get(0).spans(), w(at));
            float need = firstLines(first) * lh;
            return first.lines().size() < 2 && l.items().size() > 1 ? need + body * 0.2f + lh : need;
        }

        @Override
        public Float visit(Heading h, Ahead at) {
            return headingGapBefore(h.level()) + headingText(h, w(at)).height() + headingGapAfter()
                    + minStart(at.siblings(), at.index() + 1, at.where());
        }

        @Override
        public Float visit(Table t, Ahead at) {
            TableFlow tf = table(t, w(at));
            return body * 0.2f + tf.headerHeight + tf.firstRowsNeed(pageHeight);
        }

        @Override
        public Float visit(SignatureLine s, Ahead at) {
            return body * 0.6f + signatureRoom() + g.small() * 1.6f;
        }

        @Override
        public Float visit(KeepTogether k, Ahead at) {
            String w = w(at);
            float h = naturalHeight(k.blocks(), w);
            return h <= pageHeight ? h : minStart(k.blocks(), 0, w);
        }

        @Override
        public Float visit(Spacer s, Ahead at) {
            return s.points() + minStart(at.siblings(), at.index() + 1, at.where());
        }

        @Override
        public Float visit(PageBreak b, Ahead at) {
            return 0f; // a heading before a break moves to the next page with nothing after it
        }

        @Override
        public Float visit(Callout c, Ahead at) {
            return body * 0.6f + calloutHeight(c, w(at));
        }

        @Override
        public Float visit(WriteIn wi, Ahead at) {
            return body * 0.2f + Math.min(2, wi.lines()) * writeInLine();
        }

        @Override
        public Float visit(Picture p, Ahead at) {
            return pictureHeight(p, w(at));
        }
    };

    // ---- the natural height of blocks ----

    /** The height of blocks laid out on an endless page, gaps included. */
    float naturalHeight(List<Block> blocks, String where) {
        float h = 0;
        for (int i = 0; i < blocks.size(); i++) {
            h = blocks.get(i).accept(heightWalk, new Sofar(h, where + "[" + i + "]"));
        }
        return h;
    }

    /** The height measured so far and the path of the next block. */
    private record Sofar(float height, String where) {
    }

    /**
     * Adds the height of one block on an endless page, gaps included, to the height so far (in
     * the same order of float additions as a running sum, so measurements stay bit for bit).
     */
    private final Block.Visitor<Float, Sofar> heightWalk = new Block.Visitor<>() {
        @Override
        public Float visit(Paragraph p, Sofar m) {
            return m.height() + (bodyText(p.spans(), m.where()).height() + body * 0.55f);
        }

        @Override
        public Float visit(Checkbox c, Sofar m) {
            return m.height() + (bodyText(c.label().spans(), m.where()).height() + body * 0.35f);
        }

        @Override
        public Float visit(ItemList l, Sofar m) {
            float h = m.height() + body * 0.55f;
            for (Paragraph item : l.items()) {
                h += setter.text(item.spans(), null, body, g.contentWidth() * 0.9f, m.where()).height() + body * 0.2f;
            }
            return h;
        }

        @Override
        public Float visit(Heading hd, Sofar m) {
            return m.height() + (headingGapBefore(hd.level()) + headingGapAfter() + headingText(hd, m.where()).height());
        }

        @Override
        public Float visit(Table t, Sofar m) {
            return m.height() + (body * 1.0f + table(t, m.where()).height());
        }

        @Override
        public Float visit(SignatureLine s, Sofar m) {
            return m.height() + (body * 1.4f + signatureRoom() + g.small() * 1.6f);
        }

        @Override
        public Float visit(KeepTogether k, Sofar m) {
            return m.height() + naturalHeight(k.blocks(), m.where());
        }

        @Override
        public Float visit(Spacer s, Sofar m) {
            return m.height() + s.points();
        }

        @Override
        public Float visit(PageBreak b, Sofar m) {
            return m.height(); // measured within a page
        }

        @Override
        public Float visit(Callout c, Sofar m) {
            return m.height() + (body * 1.4f + calloutHeight(c, m.where()));
        }

        @Override
        public Float visit(WriteIn wi, Sofar m) {
            return m.height() + (body * 1.0f + wi.lines() * writeInLine());
        }

        @Override
        public Float visit(Picture p, Sofar m) {
            return m.height() + (pictureHeight(p, m.where()) + body * 0.5f);
        }
    };
}
