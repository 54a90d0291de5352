package org.waymark.pdf.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.waymark.pdf.internal.font.FontFace;
import org.waymark.pdf.internal.font.FontFamily;
import org.waymark.pdf.internal.layout.LineBreaker.Line;
import org.waymark.pdf.internal.layout.PageContent.FillOp;
import org.waymark.pdf.internal.layout.PageContent.ImageOp;
import org.waymark.pdf.internal.layout.PageContent.PlacedLine;
import org.waymark.pdf.internal.layout.PageContent.RuleOp;
import org.waymark.pdf.internal.layout.PageContent.TextOp;

/**
 * Lays blocks out on pages: breaks text into lines, splits paragraphs, lists and tables across
 * pages (no single line left at the foot or carried to the head of a page, headings kept with
 * what follows, table header rows repeated), and builds the structure tree in reading order.
 * <p>
 * One instance lays out one document; it is not thread-safe.
 */
final class Paginator {

    private static final String BALLOT_BOX = "\u2610";
    private static final String BALLOT_BOX_WITH_X = "\u2612";
    private static final float RULE_GRAY = 0.55f;
    private static final float HEADER_FILL = 0.92f;
    private static final float CALLOUT_FILL = 0.93f;
    private static final float CALLOUT_BAR = 0.3f;

    private final PageGeometry g;
    private final List<FontFamily> families;
    private final Locale locale;
    private final float body;
    private final float baselineRatio;
    private float top;
    private float bottom;
    /** The left edge of the text of the current page or panel. */
    private float left;
    private final PageStyle style;
    /** Top and bottom of the content area. */
    private final float panelTop;
    private final float panelBottom;
    /**
     * The panel being filled: 0 the left half of a folded card's sheet (or the whole page), 1 the
     * right half. The geometry of a folded card is that of one panel.
     */
    private int panel;
    private int panels;
    /** The watermark, laid out once, or null. */
    private final TextBlock watermark;
    private static final float WATERMARK_GRAY = 0.86f;
    private final Furniture furniture;
    private final List<PageContent> pages = new ArrayList<>();
    private final StructNode root = new StructNode("Document");
    private final List<OutlineEntry> outline = new ArrayList<>();
    private final int outlineDepth;
    private final java.util.Map<TextKey, StyledText> prepared = new java.util.HashMap<>();
    /** One line break iterator for the document; a Paginator serves one document on one thread. */
    private final java.text.BreakIterator lineBreaks;
    private final java.util.Map<BlockKey, TextBlock> broken = new java.util.HashMap<>();

    private PageContent page;
    private boolean pageEmpty;
    private float y;
    private float pendingGap;
    private String section;

    /**
     * The running header and footer, prepared once and drawn on every page.
     *
     * @param header  the header lines, or null
     * @param footer  the footer notice lines, or null
     * @param headerBaseline  the first header baseline
     * @param footerRule  the y of the rule above the footer
     * @param footerBaseline  the first footer baseline
     * @param pageLabel  the page number pattern
     */
    record Furniture(TextBlock header, TextBlock footer, float headerBaseline, float footerRule, float footerBaseline,
            String pageLabel) {
    }

    /**
     * The laid-out document.
     *
     * @param pages  the pages
     * @param root  the Document structure node
     * @param furniture  header and footer
     * @param geometry  the page geometry
     */
    record Result(List<PageContent> pages, StructNode root, Furniture furniture, PageGeometry geometry,
            List<OutlineEntry> outline, int panels) {
    }

    /**
     * A heading listed in the document outline.
     *
     * @param level  the heading level
     * @param text  the heading text
     * @param pageIndex  the page it starts on, from 0
     * @param y  its top, down from the top of the page
     */
    record OutlineEntry(int level, String text, int pageIndex, float y) {
    }

    /**
     * Lines of one text, at one size.
     *
     * @param text  the text
     * @param lines  the lines
     * @param size  the font size
     */
    record TextBlock(StyledText text, List<Line> lines, float size) {
        float lineHeight() {
            return size * PageGeometry.LEADING;
        }

        float height() {
            return lines.size() * lineHeight();
        }

        float maxWidth() {
            float w = 0;
            for (Line l : lines) {
                w = Math.max(w, l.width());
            }
            return w;
        }
    }

    Paginator(PageGeometry g, List<FontFamily> families, Locale locale, LayoutDocument doc) {
        this.g = g;
        this.families = families;
        this.locale = locale;
        this.lineBreaks = java.text.BreakIterator.getLineInstance(locale);
        this.body = g.body();
        this.outlineDepth = doc.outlineDepth();
        FontFace primary = families.get(0).regular();
        float ascent = primary.ascent() / 1000f;
        float descent = primary.descent() / 1000f;
        this.baselineRatio = (PageGeometry.LEADING - ascent - descent) / 2 + ascent;

        float small = g.small();
        float smallLh = small * PageGeometry.LEADING;
        TextBlock header = doc.runningHeader() == null ? null
                : text(List.of(Span.of(doc.runningHeader())), null, small, g.contentWidth(), "running header");
        String widestLabel = doc.pageLabel().replace("{page}", "8888").replace("{pages}", "8888");
        float labelWidth = text(List.of(Span.of(widestLabel)), null, small, Float.MAX_VALUE, "page label").maxWidth();
        TextBlock footer = doc.footerNotice() == null ? null
                : text(List.of(Span.of(doc.footerNotice())), null, small,
                        Math.max(g.contentWidth() / 3, g.contentWidth() - labelWidth - small * 2), "footer notice");
        int headerLines = header == null ? 1 : header.lines().size();
        this.top = g.marginTop() + (headerLines - 1) * smallLh;
        float headerBaseline = g.marginTop() * 0.5f + small * 0.3f;
        int footerLines = footer == null ? 1 : Math.max(1, footer.lines().size());
        float footerHeight = Math.max(g.marginBottom(), small * 4.1f + (footerLines - 1) * smallLh);
        this.bottom = g.height() - footerHeight;
        float footerRule = bottom + small * 1.2f;
        float footerBaseline = footerRule + small * 1.4f;
        this.style = doc.pageStyle();
        if (style == PageStyle.STANDARD) {
            this.furniture = new Furniture(header, footer, headerBaseline, footerRule, footerBaseline, doc.pageLabel());
        } else {
            // A card has no furniture: the same margin on every edge of each panel.
            this.furniture = null;
            this.top = g.marginX();
            this.bottom = g.height() - g.marginX();
        }
        this.panelTop = top;
        this.panelBottom = bottom;
        float markSize = Math.min(64f, g.width() / 5.5f);
        this.watermark = doc.watermark() == null ? null
                : text(List.of(Span.bold(doc.watermark())), null, markSize, Float.MAX_VALUE, "watermark");
        if (bottom - top < 6 * body * PageGeometry.LEADING) {
            throw new IllegalArgumentException("header and footer leave too little room on the page");
        }
    }

    Result layout(List<Block> blocks) {
        checkText(blocks, "blocks");
        section = null;
        newPage();
        layoutBlocks(blocks, "blocks");
        return new Result(List.copyOf(pages), root, furniture, g, List.copyOf(outline), panels);
    }

    private void layoutBlocks(List<Block> blocks, String path) {
        for (int i = 0; i < blocks.size(); i++) {
            blocks.get(i).accept(layoutWalk, new Place(blocks, i, path + "[" + i + "]"));
        }
    }

    /** A block and where it is: its siblings, its index among them, and its path for messages. */
    private record Place(List<Block> siblings, int index, String where) {
    }

    /** Lays one block out on the pages. */
    private final Block.Visitor<Void, Place> layoutWalk = new Block.Visitor<>() {
        @Override
        public Void visit(Heading h, Place at) {
            heading(h, at.siblings(), at.index(), at.where());
            return null;
        }

        @Override
        public Void visit(Paragraph p, Place at) {
            paragraph(p, at.where());
            return null;
        }

        @Override
        public Void visit(ItemList l, Place at) {
            list(l, at.where());
            return null;
        }

        @Override
        public Void visit(Table t, Place at) {
            table(t, at.where());
            return null;
        }

        @Override
        public Void visit(Checkbox c, Place at) {
            checkbox(c, at.where());
            return null;
        }

        @Override
        public Void visit(SignatureLine s, Place at) {
            signature(s, at.where());
            return null;
        }

        @Override
        public Void visit(Spacer s, Place at) {
            pendingGap += s.points();
            return null;
        }

        @Override
        public Void visit(KeepTogether k, Place at) {
            keepTogether(k, at.where());
            return null;
        }

        @Override
        public Void visit(PageBreak b, Place at) {
            if (!pageEmpty) {
                newPage();
            }
            return null;
        }

        @Override
        public Void visit(Callout c, Place at) {
            callout(c, at.where());
            return null;
        }

        @Override
        public Void visit(WriteIn wi, Place at) {
            writeIn(wi);
            return null;
        }

        @Override
        public Void visit(Picture p, Place at) {
            picture(p, at.where());
            return null;
        }
    };

    /**
     * Checks every text in document order before anything is laid out, so that a failure names
     * the right place even when the layout would first meet the text while looking ahead.
     */
    private void checkText(List<Block> blocks, String path) {
        for (int i = 0; i < blocks.size(); i++) {
            blocks.get(i).accept(checkWalk, path + "[" + i + "]");
        }
    }

    /** Checks the text of one block; the argument is the block's path. */
    private final Block.Visitor<Void, String> checkWalk = new Block.Visitor<>() {
        @Override
        public Void visit(Heading h, String where) {
            if (h.sectionId() != null) {
                section = h.sectionId();
            }
            check(List.of(Span.of(h.text())), TextStyle.BOLD, where);
            return null;
        }

        @Override
        public Void visit(Paragraph p, String where) {
            check(p.spans(), where);
            return null;
        }

        @Override
        public Void visit(ItemList l, String where) {
            for (int k = 0; k < l.items().size(); k++) {
                check(l.items().get(k).spans(), where + ".items[" + k + "]");
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
                    check(t.rows().get(r).get(c).spans(), where + ".rows[" + r + "].cells[" + c + "]");
                }
            }
            return null;
        }

        @Override
        public Void visit(Checkbox c, String where) {
            check(c.label().spans(), where);
            return null;
        }

        @Override
        public Void visit(SignatureLine s, String where) {
            check(List.of(Span.of(s.caption())), where + ".caption");
            if (s.dateCaption() != null) {
                check(List.of(Span.of(s.dateCaption())), where + ".dateCaption");
            }
            return null;
        }

        @Override
        public Void visit(Spacer s, String where) {
            return null; // no text
        }

        @Override
        public Void visit(KeepTogether k, String where) {
            checkText(k.blocks(), where + ".blocks");
            return null;
        }

        @Override
        public Void visit(PageBreak b, String where) {
            return null; // no text
        }

        @Override
        public Void visit(Callout c, String where) {
            check(c.text().spans(), where);
            return null;
        }

        @Override
        public Void visit(WriteIn wi, String where) {
            return null; // no text
        }

        @Override
        public Void visit(Picture p, String where) {
            if (p.beside() != null) {
                check(p.beside().spans(), where + ".beside");
            }
            return null;
        }
    };

    private void check(List<Span> spans, String where) {
        check(spans, null, where);
    }

    /** Checks text in the style it will be set in (headings and table headers are bold). */
    private void check(List<Span> spans, TextStyle override, String where) {
        prepare(spans, override, where);
    }

    /**
     * Prepares text once per document: the check pass prepares every text, and layout (which may
     * look at a text more than once) finds it here. Equal spans in the same style prepare alike.
     */
    private StyledText prepare(List<Span> spans, TextStyle override, String where) {
        TextKey key = new TextKey(spans, override);
        StyledText st = prepared.get(key);
        if (st == null) {
            st = StyledText.of(spans, override, families, section == null ? where : "section '" + section + "' at " + where);
            prepared.put(key, st);
        }
        return st;
    }

    private record TextKey(List<Span> spans, TextStyle override) {
    }

    private record BlockKey(StyledText text, float size, float width) {
    }

    // ---- blocks ----

    private void heading(Heading h, List<Block> siblings, int index, String where) {
        if (h.sectionId() != null) {
            section = h.sectionId();
        }
        float size = g.headingSize(h.level());
        TextBlock tb = text(List.of(Span.of(h.text())), TextStyle.BOLD, size, g.contentWidth(), where);
        float before = headingGapBefore(h.level());
        float gap = pageEmpty ? 0 : Math.max(before, pendingGap);
        float need = tb.height() + headingGapAfter() + minStart(siblings, index + 1, where);
        if (!pageEmpty && y + gap + need > bottom && need <= bottom - top) {
            newPage();
        }
        applyGap(before);
        if (h.level() >= 2 && h.level() <= outlineDepth) {
            outline.add(new OutlineEntry(h.level(), h.text(), pages.size() - 1, y));
        }
        flowLines(tb, left, root.child("H" + h.level()), null, 0, null);
        pendingGap = headingGapAfter();
    }

    private void paragraph(Paragraph p, String where) {
        TextBlock tb = text(p.spans(), null, body, g.contentWidth(), where);
        if (tb.lines().isEmpty()) {
            // An empty paragraph would be an empty structure element; it takes no space either.
            return;
        }
        applyGap(0);
        flowLines(tb, left, root.child("P"), null, 0, null);
        pendingGap = body * 0.55f;
    }

    private void checkbox(Checkbox c, String where) {
        TextBlock box = text(List.of(Span.of(c.checked() ? BALLOT_BOX_WITH_X : BALLOT_BOX)), null, body, g.contentWidth(),
                where);
        float indent = box.maxWidth() + body * 0.5f;
        TextBlock tb = text(c.label().spans(), null, body, g.contentWidth() - indent, where);
        applyGap(0);
        StructNode p = root.child("P");
        flowLines(tb, left + indent, p, box, left, p);
        pendingGap = body * 0.35f;
    }

    private void list(ItemList list, String where) {
        boolean numbered = list.kind() == ItemList.Kind.NUMBERED;
        List<TextBlock> labels = new ArrayList<>();
        float labelWidth = 0;
        for (int i = 0; i < list.items().size(); i++) {
            TextBlock label = text(List.of(Span.of(numbered ? (i + 1) + "." : "\u2022")), null, body, g.contentWidth(),
                    where);
            labels.add(label);
            labelWidth = Math.max(labelWidth, label.maxWidth());
        }
        float indent = Math.max(labelWidth + body * 0.5f, body * 1.2f);
        StructNode l = root.child("L");
        l.listNumbering = numbered ? PDListAttributeObject.LIST_NUMBERING_DECIMAL
                : PDListAttributeObject.LIST_NUMBERING_DISC;
        for (int i = 0; i < list.items().size(); i++) {
            String itemWhere = where + ".items[" + i + "]";
            TextBlock tb = text(list.items().get(i).spans(), null, body, g.contentWidth() - indent, itemWhere);
            applyGap(i == 0 ? 0 : body * 0.2f);
            StructNode li = l.child("LI");
            StructNode lbl = li.child("Lbl");
            StructNode lbody = li.child("LBody");
            TextBlock label = labels.get(i);
            float labelX = left + (numbered ? labelWidth - label.maxWidth() : 0);
            flowLines(tb, left + indent, lbody, label, labelX, lbl);
        }
        pendingGap = body * 0.55f;
    }

    private void signature(SignatureLine s, String where) {
        float small = g.small();
        float width = g.contentWidth();
        boolean date = s.dateCaption() != null;
        float signWidth = date ? width * 0.58f : width * 0.6f;
        float dateX = left + width * 0.66f;
        TextBlock caption = text(List.of(Span.of(s.caption())), null, small, signWidth, where + ".caption");
        TextBlock dateCaption = date
                ? text(List.of(Span.of(s.dateCaption())), null, small, width * 0.34f, where + ".dateCaption")
                : null;
        float room = body * PageGeometry.LEADING * 2.6f;
        float captionHeight = Math.max(caption.height(), date ? dateCaption.height() : 0);
        float total = room + small * 0.3f + captionHeight;
        applyGap(body * 0.6f);
        if (!pageEmpty && y + total > bottom) {
            newPage();
        }
        float lineY = y + room;
        page.ops.add(new RuleOp(left, lineY, left + signWidth, lineY, 0.75f, 0.2f));
        if (date) {
            page.ops.add(new RuleOp(dateX, lineY, left + width, lineY, 0.75f, 0.2f));
        }
        float captionY = lineY + small * 0.3f;
        drawLines(caption, 0, caption.lines().size(), left, captionY, root.child("P"), 0.25f);
        if (date) {
            drawLines(dateCaption, 0, dateCaption.lines().size(), dateX, captionY, root.child("P"), 0.25f);
        }
        y = captionY + captionHeight;
        pageEmpty = false;
        pendingGap = body * 0.8f;
    }

    /** The height of one hand-written line: room for handwriting, which is larger than type. */
    private float writeInLine() {
        return Math.max(body * 2.1f, 20f);
    }

    private void writeIn(WriteIn wi) {
        float lh = writeInLine();
        applyGap(body * 0.2f);
        for (int i = 0; i < wi.lines(); i++) {
            if (!pageEmpty && y + lh > bottom) {
                newPage();
            }
            y += lh;
            page.ops.add(new RuleOp(left, y, left + g.contentWidth(), y, 0.5f, RULE_GRAY));
            pageEmpty = false;
        }
        pendingGap = body * 0.8f;
    }

    /** The width and height of a picture's image: its height, narrowed to half the text width. */
    private float[] pictureSize(Picture p) {
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
    private TextBlock besidePicture(Picture p, float imageWidth, String where) {
        return p.beside() == null ? null
                : text(p.beside().spans(), null, body, g.contentWidth() - imageWidth - body, where + ".beside");
    }

    private float pictureHeight(Picture p, String where) {
        float[] size = pictureSize(p);
        TextBlock beside = besidePicture(p, size[0], where);
        return beside == null ? size[1] : Math.max(size[1], beside.height());
    }

    private void picture(Picture p, String where) {
        float[] size = pictureSize(p);
        TextBlock beside = besidePicture(p, size[0], where);
        float height = beside == null ? size[1] : Math.max(size[1], beside.height());
        applyGap(body * 0.5f);
        if (!pageEmpty && y + height > bottom) {
            newPage();
        }
        ContentRef ref = null;
        if (p.alt() != null) {
            StructNode figure = root.child("Figure");
            figure.alt = p.alt();
            ref = figure.content(pages.size() - 1);
        }
        page.ops.add(new ImageOp(left, y + (height - size[1]) / 2, size[0], size[1], p.image(), ref));
        if (beside != null) {
            drawLines(beside, 0, beside.lines().size(), left + size[0] + body, y + (height - beside.height()) / 2,
                    root.child("P"), 0);
        }
        y += height;
        pageEmpty = false;
        pendingGap = body * 0.5f;
    }

    private void callout(Callout c, String where) {
        float size = c.large() ? Math.max(g.h2(), Callout.LARGE_MIN) : body;
        float pad = body * 0.6f;
        float bar = 2.5f;
        TextBlock tb = text(c.text().spans(), null, size, g.contentWidth() - 2 * pad - bar, where);
        if (tb.lines().isEmpty()) {
            return;
        }
        float height = tb.height() + 2 * pad;
        applyGap(body * 0.6f);
        if (height > bottom - top) {
            flowLines(tb, left + pad + bar, root.child("P"), null, 0, null);
        } else {
            if (!pageEmpty && y + height > bottom) {
                newPage();
            }
            page.ops.add(new FillOp(left, y, g.contentWidth(), height, CALLOUT_FILL));
            page.ops.add(new RuleOp(left + bar / 2, y, left + bar / 2, y + height, bar, CALLOUT_BAR));
            y += pad;
            flowLines(tb, left + pad + bar, root.child("P"), null, 0, null);
            y += pad;
        }
        pageEmpty = false;
        pendingGap = body * 0.8f;
    }

    private float calloutHeight(Callout c, String where) {
        float size = c.large() ? Math.max(g.h2(), Callout.LARGE_MIN) : body;
        float pad = body * 0.6f;
        return text(c.text().spans(), null, size, g.contentWidth() - 2 * pad - 2.5f, where).height() + 2 * pad;
    }

    private void keepTogether(KeepTogether k, String where) {
        float height = naturalHeight(k.blocks(), where);
        if (!pageEmpty && y + pendingGap + height > bottom && height <= bottom - top) {
            newPage();
        }
        layoutBlocks(k.blocks(), where + ".blocks");
    }

    // ---- tables ----

    private void table(Table t, String where) {
        TableLayout tl = tableLayout(t, where);
        tableLayouts.remove(t);
        applyGap(body * 0.2f);
        float firstNeed = tl.headerHeight + tl.firstRowsNeed(bottom - top);
        if (!pageEmpty && y + firstNeed > bottom) {
            newPage();
        }
        StructNode tableNode = root.child("Table");
        drawHeaderRow(tl, tableNode);
        int n = tl.rows.size();
        int rowsOnPage = 0;
        for (int r = 0; r < n; r++) {
            TextBlock[] cells = tl.rows.get(r);
            StructNode tr = tableNode.child("TR");
            StructNode[] tds = new StructNode[cells.length];
            for (int c = 0; c < cells.length; c++) {
                tds[c] = tr.child("TD");
            }
            int[] offsets = new int[cells.length];
            float rowHeight = tl.rowHeights[r];
            float freshPage = bottom - top - tl.headerHeight;
            int pageBefore = pages.size();
            if (y + rowHeight > bottom && rowHeight <= freshPage) {
                newPage();
                drawHeaderRow(tl, null);
            } else if (r + 2 == n && rowsOnPage >= 2 && y + rowHeight + tl.rowHeights[r + 1] > bottom
                    && rowHeight + tl.rowHeights[r + 1] <= freshPage) {
                // The last row would be alone after the break: take the one before it along, leaving
                // at least two rows here and two there (the header is repeated).
                newPage();
                drawHeaderRow(tl, null);
            }
            if (pages.size() != pageBefore) {
                rowsOnPage = 0;
            }
            while (true) {
                int remaining = 0;
                for (int c = 0; c < cells.length; c++) {
                    remaining = Math.max(remaining, cells[c].lines().size() - offsets[c]);
                }
                if (y + remaining * tl.lineHeight + 2 * tl.padY <= bottom) {
                    drawRowFragment(tl, cells, offsets, remaining, tds);
                    break;
                }
                int fit = (int) Math.floor((bottom - y - 2 * tl.padY) / tl.lineHeight);
                if (fit >= 2) {
                    drawRowFragment(tl, cells, offsets, fit, tds);
                }
                newPage();
                drawHeaderRow(tl, null);
                rowsOnPage = 0;
            }
            rowsOnPage++;
        }
        pendingGap = body * 0.8f;
    }

    private final class TableLayout {
        final float[] colX;
        final float[] colW;
        final float padX = body * 0.45f;
        final float padY = body * 0.3f;
        final float lineHeight = body * PageGeometry.LEADING;
        final TextBlock[] headers;
        final float headerHeight;
        final List<TextBlock[]> rows = new ArrayList<>();
        final float[] rowHeights;

        TableLayout(Table t, String where) {
            int n = t.columns().size();
            colX = new float[n + 1];
            colW = new float[n];
            float total = 0;
            for (Table.Column c : t.columns()) {
                total += c.weight();
            }
            colX[0] = 0;
            for (int c = 0; c < n; c++) {
                colW[c] = g.contentWidth() * t.columns().get(c).weight() / total;
                colX[c + 1] = colX[c] + colW[c];
            }
            headers = new TextBlock[n];
            int headerLines = 1;
            for (int c = 0; c < n; c++) {
                headers[c] = text(List.of(Span.of(t.columns().get(c).header())), TextStyle.BOLD, body,
                        cellWidth(c), where + ".columns[" + c + "]");
                headerLines = Math.max(headerLines, headers[c].lines().size());
            }
            headerHeight = headerLines * lineHeight + 2 * padY;
            rowHeights = new float[t.rows().size()];
            for (int r = 0; r < t.rows().size(); r++) {
                TextBlock[] cells = new TextBlock[n];
                int lines = 1;
                for (int c = 0; c < n; c++) {
                    cells[c] = text(t.rows().get(r).get(c).spans(), null, body, cellWidth(c),
                            where + ".rows[" + r + "].cells[" + c + "]");
                    lines = Math.max(lines, cells[c].lines().size());
                }
                rows.add(cells);
                rowHeights[r] = lines * lineHeight + 2 * padY;
            }
        }

        float cellWidth(int c) {
            return Math.max(body, colW[c] - 2 * padX);
        }

        float minRowStart() {
            return 2 * padY + 2 * lineHeight;
        }

        /**
         * The height the first row needs below the header: all of it when it fits on a fresh
         * page (a row moves whole to the next page, so the header must not be left behind),
         * else the two lines it splits after.
         */
        float firstRowNeed(float pageHeight) {
            if (rows.isEmpty()) {
                return 0;
            }
            return rowHeights[0] <= pageHeight - headerHeight ? rowHeights[0] : Math.min(rowHeights[0], minRowStart());
        }

        /**
         * The height the first two rows need below the header, so that a table never starts with a
         * single row at the foot of a page; one row's need when there is one, or when two do not
         * fit on a page together.
         */
        float firstRowsNeed(float pageHeight) {
            if (rows.size() >= 2 && rowHeights[0] + rowHeights[1] <= pageHeight - headerHeight) {
                return rowHeights[0] + rowHeights[1];
            }
            return firstRowNeed(pageHeight);
        }

        float height() {
            float h = headerHeight;
            for (float rh : rowHeights) {
                h += rh;
            }
            return h;
        }
    }

    /** Tables are measured while looking ahead from a heading and again when laid out: measure once. */
    private final java.util.Map<Table, TableLayout> tableLayouts = new java.util.IdentityHashMap<>();

    private TableLayout tableLayout(Table t, String where) {
        TableLayout tl = tableLayouts.get(t);
        if (tl == null) {
            tl = new TableLayout(t, where);
            tableLayouts.put(t, tl);
        }
        return tl;
    }

    /** Draws the header row: tagged TR/TH the first time, an artifact when repeated. */
    private void drawHeaderRow(TableLayout tl, StructNode tableNode) {
        float rowTop = y;
        page.ops.add(new FillOp(left + tl.colX[0], rowTop, tl.colX[tl.colX.length - 1] - tl.colX[0], tl.headerHeight,
                HEADER_FILL));
        StructNode tr = tableNode == null ? null : tableNode.child("TR");
        for (int c = 0; c < tl.headers.length; c++) {
            StructNode th = null;
            if (tr != null) {
                th = tr.child("TH");
                th.scope = PDTableAttributeObject.SCOPE_COLUMN;
            }
            TextBlock h = tl.headers[c];
            drawLines(h, 0, h.lines().size(), left + tl.colX[c] + tl.padX, rowTop + tl.padY, th, 0);
        }
        drawBorders(tl, rowTop, rowTop + tl.headerHeight);
        y = rowTop + tl.headerHeight;
        pageEmpty = false;
    }

    private void drawRowFragment(TableLayout tl, TextBlock[] cells, int[] offsets, int count, StructNode[] tds) {
        float rowTop = y;
        for (int c = 0; c < cells.length; c++) {
            int to = Math.min(cells[c].lines().size(), offsets[c] + count);
            if (to > offsets[c]) {
                drawLines(cells[c], offsets[c], to, left + tl.colX[c] + tl.padX, rowTop + tl.padY, tds[c], 0);
            }
            offsets[c] = to;
        }
        float rowBottom = rowTop + count * tl.lineHeight + 2 * tl.padY;
        drawBorders(tl, rowTop, rowBottom);
        y = rowBottom;
        pageEmpty = false;
    }

    private void drawBorders(TableLayout tl, float rowTop, float rowBottom) {
        float x0 = left + tl.colX[0];
        float x1 = left + tl.colX[tl.colX.length - 1];
        page.ops.add(new RuleOp(x0, rowTop, x1, rowTop, 0.5f, RULE_GRAY));
        page.ops.add(new RuleOp(x0, rowBottom, x1, rowBottom, 0.5f, RULE_GRAY));
        for (float x : tl.colX) {
            page.ops.add(new RuleOp(left + x, rowTop, left + x, rowBottom, 0.5f, RULE_GRAY));
        }
    }

    // ---- measuring ahead ----

    /** The least height that must fit below a heading for the blocks from {@code index} to start. */
    private float minStart(List<Block> blocks, int index, String where) {
        if (index >= blocks.size()) {
            return 0;
        }
        return blocks.get(index).accept(minStartWalk, new Place(blocks, index, where));
    }

    /**
     * The least height for one block to start; the place's path is its parent's, to which the
     * block's index is added.
     */
    private final Block.Visitor<Float, Place> minStartWalk = new Block.Visitor<>() {
        private String w(Place at) {
            return at.where() + "+" + (at.index());
        }

        private float lh() {
            return body * PageGeometry.LEADING;
        }

        @Override
        public Float visit(Paragraph p, Place at) {
            return firstLines(text(p.spans(), null, body, g.contentWidth(), w(at))) * lh();
        }

        @Override
        public Float visit(Checkbox c, Place at) {
            return firstLines(text(c.label().spans(), null, body, g.contentWidth(), w(at))) * lh();
        }

        @Override
        public Float visit(ItemList l, Place at) {
            // The first two lines of the list: the first item's, or a one-line first item and the
            // first line of the second.
            float lh = lh();
            TextBlock first = text(l.items().get(0).spans(), null, body, g.contentWidth(), w(at));
            float need = firstLines(first) * lh;
            return first.lines().size() < 2 && l.items().size() > 1 ? need + body * 0.2f + lh : need;
        }

        @Override
        public Float visit(Heading h, Place at) {
            return headingGapBefore(h.level())
                    + text(List.of(Span.of(h.text())), TextStyle.BOLD, g.headingSize(h.level()), g.contentWidth(), w(at))
                            .height()
                    + headingGapAfter() + minStart(at.siblings(), at.index() + 1, at.where());
        }

        @Override
        public Float visit(Table t, Place at) {
            TableLayout tl = tableLayout(t, w(at));
            return body * 0.2f + tl.headerHeight + tl.firstRowsNeed(bottom - top);
        }

        @Override
        public Float visit(SignatureLine s, Place at) {
            return body * 0.6f + body * PageGeometry.LEADING * 2.6f + g.small() * 1.6f;
        }

        @Override
        public Float visit(KeepTogether k, Place at) {
            String w = w(at);
            float h = naturalHeight(k.blocks(), w);
            return h <= bottom - top ? h : minStart(k.blocks(), 0, w);
        }

        @Override
        public Float visit(Spacer s, Place at) {
            return s.points() + minStart(at.siblings(), at.index() + 1, at.where());
        }

        @Override
        public Float visit(PageBreak b, Place at) {
            return 0f; // a heading before a break moves to the next page with nothing after it
        }

        @Override
        public Float visit(Callout c, Place at) {
            return body * 0.6f + calloutHeight(c, w(at));
        }

        @Override
        public Float visit(WriteIn wi, Place at) {
            return body * 0.2f + Math.min(2, wi.lines()) * writeInLine();
        }

        @Override
        public Float visit(Picture p, Place at) {
            return pictureHeight(p, w(at));
        }
    };

    /** Lines that must fit for a text to start on a page: all of it unless it can split two and two. */
    private static int firstLines(TextBlock tb) {
        int n = tb.lines().size();
        return n < 4 ? Math.max(1, n) : 2;
    }

    /** The height of blocks laid out on an endless page, gaps included. */
    private float naturalHeight(List<Block> blocks, String where) {
        float h = 0;
        for (int i = 0; i < blocks.size(); i++) {
            h = blocks.get(i).accept(heightWalk, new Measure(h, where + "[" + i + "]"));
        }
        return h;
    }

    /** The height measured so far and the path of the next block. */
    private record Measure(float sofar, String where) {
    }

    /**
     * Adds the height of one block on an endless page, gaps included, to the height so far (in
     * the same order of float additions as a running sum, so measurements stay bit for bit).
     */
    private final Block.Visitor<Float, Measure> heightWalk = new Block.Visitor<>() {
        @Override
        public Float visit(Paragraph p, Measure m) {
            return m.sofar() + (text(p.spans(), null, body, g.contentWidth(), m.where()).height() + body * 0.55f);
        }

        @Override
        public Float visit(Checkbox c, Measure m) {
            return m.sofar() + (text(c.label().spans(), null, body, g.contentWidth(), m.where()).height() + body * 0.35f);
        }

        @Override
        public Float visit(ItemList l, Measure m) {
            float h = m.sofar() + body * 0.55f;
            for (Paragraph item : l.items()) {
                h += text(item.spans(), null, body, g.contentWidth() * 0.9f, m.where()).height() + body * 0.2f;
            }
            return h;
        }

        @Override
        public Float visit(Heading hd, Measure m) {
            return m.sofar() + (headingGapBefore(hd.level()) + headingGapAfter()
                    + text(List.of(Span.of(hd.text())), TextStyle.BOLD, g.headingSize(hd.level()), g.contentWidth(),
                            m.where()).height());
        }

        @Override
        public Float visit(Table t, Measure m) {
            return m.sofar() + (body * 1.0f + tableLayout(t, m.where()).height());
        }

        @Override
        public Float visit(SignatureLine s, Measure m) {
            return m.sofar() + (body * 1.4f + body * PageGeometry.LEADING * 2.6f + g.small() * 1.6f);
        }

        @Override
        public Float visit(KeepTogether k, Measure m) {
            return m.sofar() + naturalHeight(k.blocks(), m.where());
        }

        @Override
        public Float visit(Spacer s, Measure m) {
            return m.sofar() + s.points();
        }

        @Override
        public Float visit(PageBreak b, Measure m) {
            return m.sofar(); // measured within a page
        }

        @Override
        public Float visit(Callout c, Measure m) {
            return m.sofar() + (body * 1.4f + calloutHeight(c, m.where()));
        }

        @Override
        public Float visit(WriteIn wi, Measure m) {
            return m.sofar() + (body * 1.0f + wi.lines() * writeInLine());
        }

        @Override
        public Float visit(Picture p, Measure m) {
            return m.sofar() + (pictureHeight(p, m.where()) + body * 0.5f);
        }
    };

    private float headingGapBefore(int level) {
        return switch (level) {
            case 1 -> body * 1.1f;
            case 2 -> body * 0.9f;
            default -> body * 0.7f;
        };
    }

    private float headingGapAfter() {
        return body * 0.35f;
    }

    // ---- primitives ----

    private TextBlock text(List<Span> spans, TextStyle override, float size, float width, String where) {
        StyledText st = prepare(spans, override, where);
        // StyledText has identity equality, so equal keys mean the same prepared text.
        BlockKey key = new BlockKey(st, size, width);
        TextBlock block = broken.get(key);
        if (block == null) {
            block = new TextBlock(st, LineBreaker.lines(st, width, size, lineBreaks, locale), size);
            broken.put(key, block);
        }
        return block;
    }

    private void newPage() {
        panels++;
        if (style == PageStyle.FOLDED_CARD && page != null && panel == 0) {
            // The right half of the same sheet; the fold line between the halves is decoration.
            panel = 1;
            float m = g.marginX();
            page.ops.add(new RuleOp(g.width(), m / 2, g.width(), g.height() - m / 2, 0.5f, RULE_GRAY));
            left = m + g.width();
        } else {
            panel = 0;
            left = g.marginX();
            page = new PageContent();
            pages.add(page);
        }
        if (watermark != null) {
            drawWatermark();
        }
        y = top;
        pageEmpty = true;
        pendingGap = 0;
    }

    /**
     * Sets the watermark in light grey across the middle of the page or panel, before its content,
     * so that text is printed over it; it is decoration (an artifact), since a document that needs
     * one says so in its text as well.
     */
    private void drawWatermark() {
        float x = left - g.marginX() + (g.width() - watermark.maxWidth()) / 2;
        float baseline = (top + bottom) / 2 + watermark.size() * 0.35f;
        List<PlacedLine> placed = new ArrayList<>(1);
        Line line = watermark.lines().get(0);
        placed.add(new PlacedLine(x, baseline, watermark.size(),
                watermark.text().runs(line.start(), line.end(), watermark.size())));
        page.ops.add(new TextOp(placed, null, WATERMARK_GRAY));
    }

    private void applyGap(float before) {
        float gap = Math.max(before, pendingGap);
        pendingGap = 0;
        if (!pageEmpty) {
            y += gap;
        }
    }

    /**
     * Places lines on pages from the current position, splitting between pages with at least two
     * lines on each side where the text has enough lines. A label (list bullet, check box) is
     * drawn beside the first line.
     */
    private void flowLines(TextBlock tb, float x, StructNode owner, TextBlock label, float labelX,
            StructNode labelOwner) {
        int n = tb.lines().size();
        float lh = tb.lineHeight();
        if (n == 0) {
            if (label != null) {
                drawLabel(label, labelX, labelOwner);
                y += lh;
            }
            return;
        }
        int i = 0;
        while (i < n) {
            int avail = (int) Math.floor((bottom - y + 0.01f) / lh);
            int remaining = n - i;
            int take;
            if (avail >= remaining) {
                take = remaining;
            } else {
                take = avail;
                if (remaining - take < 2 && remaining > 2) {
                    take = remaining - 2;
                }
                if (take < 2 && !pageEmpty) {
                    take = 0;
                }
                if (take <= 0 && pageEmpty) {
                    take = Math.max(1, avail);
                }
            }
            if (take == 0) {
                newPage();
                continue;
            }
            if (i == 0 && label != null) {
                drawLabel(label, labelX, labelOwner);
            }
            drawLines(tb, i, i + take, x, y, owner, 0);
            y += take * lh;
            pageEmpty = false;
            i += take;
            if (i < n) {
                newPage();
            }
        }
    }

    /** Tells whether a line ends where the text has a space or a forced break, not inside a word. */
    private static boolean breaksAtSpace(TextBlock tb, Line line) {
        String text = tb.text().text();
        return line.end() < text.length() && Character.isWhitespace(text.charAt(line.end()));
    }

    /**
     * Adds a space glyph at the end of a line that breaks at a space or a forced break. It draws
     * nothing, but text extraction and screen readers following the tags then read "Call
     * 0161 496 0000" and "every day" rather than "Call0161 496 0000" and "everyday".
     */
    private static List<StyledText.Run> withTrailingSpace(List<StyledText.Run> runs) {
        StyledText.Run last = runs.get(runs.size() - 1);
        int space = last.face().glyphId(' ');
        if (space <= 0) {
            return runs;
        }
        int[] glyphs = java.util.Arrays.copyOf(last.glyphs(), last.glyphs().length + 1);
        glyphs[glyphs.length - 1] = space;
        List<StyledText.Run> copy = new ArrayList<>(runs);
        copy.set(copy.size() - 1, new StyledText.Run(last.face(), glyphs, last.x(), last.width()));
        return copy;
    }

    private void drawLabel(TextBlock label, float labelX, StructNode labelOwner) {
        drawLines(label, 0, Math.min(1, label.lines().size()), labelX, y, labelOwner, 0);
    }

    /** Adds lines {@code [from, to)} as one marked-content sequence with its top at {@code top}. */
    private void drawLines(TextBlock tb, int from, int to, float x, float top, StructNode owner, float gray) {
        float lh = tb.lineHeight();
        List<PlacedLine> placed = new ArrayList<>(to - from);
        boolean any = false;
        for (int i = from; i < to; i++) {
            Line line = tb.lines().get(i);
            List<StyledText.Run> runs = tb.text().runs(line.start(), line.end(), tb.size());
            if (i + 1 < tb.lines().size() && !runs.isEmpty() && breaksAtSpace(tb, line)) {
                runs = withTrailingSpace(runs);
            }
            any |= !runs.isEmpty();
            placed.add(new PlacedLine(x, top + (i - from) * lh + tb.size() * baselineRatio, tb.size(), runs));
        }
        if (!any) {
            return;
        }
        ContentRef ref = owner == null ? null : owner.content(pages.size() - 1);
        page.ops.add(new TextOp(placed, ref, gray));
        pageEmpty = false;
    }
}
