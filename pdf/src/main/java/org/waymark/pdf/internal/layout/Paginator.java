package org.waymark.pdf.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.waymark.pdf.internal.font.FontFace;
import org.waymark.pdf.internal.font.FontFamily;
import org.waymark.pdf.internal.layout.LineBreaker.Line;
import org.waymark.pdf.internal.layout.PageContent.FillOp;
import org.waymark.pdf.internal.layout.PageContent.ImageOp;
import org.waymark.pdf.internal.layout.PageContent.PlacedLine;
import org.waymark.pdf.internal.layout.PageContent.RuleOp;
import org.waymark.pdf.internal.layout.PageContent.TextOp;

/**
 * Lays blocks out on pages: keeps the cursor (the page or panel being filled, the position on it,
 * the gap owed to the next block), breaks pages, draws the watermark, places each kind of block
 * (splitting text across pages with no single line left at the foot or carried to the head of a
 * page, and keeping a heading with what follows it), and builds the structure tree in reading
 * order as it draws. The work around it is in the classes it uses: {@link TextCheck} checks every
 * text first, {@link TextSetter} sets text into lines, {@link BlockMeasure} measures blocks ahead
 * (the room a block needs to start, the height of a group kept together), and {@link TableFlow}
 * measures a table and flows it across pages.
 * <p>
 * One instance lays out one document; it is not thread-safe.
 */
final class Paginator {

    private static final String BALLOT_BOX = "\u2610";
    private static final String BALLOT_BOX_WITH_X = "\u2612";
    /** The grey of rules: table borders, write-in lines, a folded card's fold. */
    static final float RULE_GRAY = 0.55f;
    private static final float CALLOUT_FILL = 0.93f;
    private static final float CALLOUT_BAR = 0.3f;

    private final PageGeometry g;
    private final TextSetter setter;
    private final BlockMeasure measure;
    private final float body;
    private final float baselineRatio;
    private float top;
    private float bottom;
    /** The left edge of the text of the current page or panel. */
    private float left;
    private final PageStyle style;
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

    private PageContent page;
    private boolean pageEmpty;
    private float y;
    private float pendingGap;

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

    Paginator(PageGeometry g, List<FontFamily> families, Locale locale, LayoutDocument doc) {
        this.g = g;
        this.setter = new TextSetter(families, locale);
        this.body = g.body();
        this.outlineDepth = doc.outlineDepth();
        FontFace primary = families.get(0).regular();
        float ascent = primary.ascent() / 1000f;
        float descent = primary.descent() / 1000f;
        this.baselineRatio = (PageGeometry.LEADING - ascent - descent) / 2 + ascent;

        float small = g.small();
        float smallLh = small * PageGeometry.LEADING;
        TextBlock header = doc.runningHeader() == null ? null
                : setter.text(List.of(Span.of(doc.runningHeader())), null, small, g.contentWidth(), "running header");
        String widestLabel = doc.pageLabel().replace("{page}", "8888").replace("{pages}", "8888");
        float labelWidth = setter.text(List.of(Span.of(widestLabel)), null, small, Float.MAX_VALUE, "page label").maxWidth();
        TextBlock footer = doc.footerNotice() == null ? null
                : setter.text(List.of(Span.of(doc.footerNotice())), null, small,
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
        this.measure = new BlockMeasure(g, setter, bottom - top);
        float markSize = Math.min(64f, g.width() / 5.5f);
        this.watermark = doc.watermark() == null ? null
                : setter.text(List.of(Span.bold(doc.watermark())), null, markSize, Float.MAX_VALUE, "watermark");
        if (bottom - top < 6 * body * PageGeometry.LEADING) {
            throw new IllegalArgumentException("header and footer leave too little room on the page");
        }
    }

    Result layout(List<Block> blocks) {
        new TextCheck(setter).check(blocks, "blocks");
        setter.section(null);
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

    // ---- blocks ----

    private void heading(Heading h, List<Block> siblings, int index, String where) {
        if (h.sectionId() != null) {
            setter.section(h.sectionId());
        }
        TextBlock tb = measure.headingText(h, where);
        float before = measure.headingGapBefore(h.level());
        float gap = pageEmpty ? 0 : Math.max(before, pendingGap);
        float need = tb.height() + measure.headingGapAfter() + measure.minStart(siblings, index + 1, where);
        if (!pageEmpty && y + gap + need > bottom && need <= bottom - top) {
            newPage();
        }
        applyGap(before);
        if (h.level() >= 2 && h.level() <= outlineDepth) {
            outline.add(new OutlineEntry(h.level(), h.text(), pages.size() - 1, y));
        }
        flowLines(tb, left, root.child("H" + h.level()), null, 0, null);
        pendingGap = measure.headingGapAfter();
    }

    private void paragraph(Paragraph p, String where) {
        TextBlock tb = measure.bodyText(p.spans(), where);
        if (tb.lines().isEmpty()) {
            // An empty paragraph would be an empty structure element; it takes no space either.
            return;
        }
        applyGap(0);
        flowLines(tb, left, root.child("P"), null, 0, null);
        pendingGap = body * 0.55f;
    }

    private void checkbox(Checkbox c, String where) {
        TextBlock box = measure.bodyText(List.of(Span.of(c.checked() ? BALLOT_BOX_WITH_X : BALLOT_BOX)), where);
        float indent = box.maxWidth() + body * 0.5f;
        TextBlock tb = setter.text(c.label().spans(), null, body, g.contentWidth() - indent, where);
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
            TextBlock label = measure.bodyText(List.of(Span.of(numbered ? (i + 1) + "." : "\u2022")), where);
            labels.add(label);
            labelWidth = Math.max(labelWidth, label.maxWidth());
        }
        float indent = Math.max(labelWidth + body * 0.5f, body * 1.2f);
        StructNode l = root.child("L");
        l.listNumbering = numbered ? PDListAttributeObject.LIST_NUMBERING_DECIMAL
                : PDListAttributeObject.LIST_NUMBERING_DISC;
        for (int i = 0; i < list.items().size(); i++) {
            String itemWhere = where + ".items[" + i + "]";
            TextBlock tb = setter.text(list.items().get(i).spans(), null, body, g.contentWidth() - indent, itemWhere);
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
        TextBlock caption = setter.text(List.of(Span.of(s.caption())), null, small, signWidth, where + ".caption");
        TextBlock dateCaption = date
                ? setter.text(List.of(Span.of(s.dateCaption())), null, small, width * 0.34f, where + ".dateCaption")
                : null;
        float room = measure.signatureRoom();
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

    private void writeIn(WriteIn wi) {
        float lh = measure.writeInLine();
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

    private void picture(Picture p, String where) {
        float[] size = measure.pictureSize(p);
        TextBlock beside = measure.besidePicture(p, size[0], where);
        float height = BlockMeasure.pictureHeight(size, beside);
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
        TextBlock tb = measure.calloutText(c, where);
        if (tb.lines().isEmpty()) {
            return;
        }
        float pad = measure.calloutPad();
        float bar = BlockMeasure.CALLOUT_BAR_WIDTH;
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

    private void keepTogether(KeepTogether k, String where) {
        float height = measure.naturalHeight(k.blocks(), where);
        if (!pageEmpty && y + pendingGap + height > bottom && height <= bottom - top) {
            newPage();
        }
        layoutBlocks(k.blocks(), where + ".blocks");
    }

    private void table(Table t, String where) {
        TableFlow tf = measure.takeTable(t, where);
        applyGap(body * 0.2f);
        tf.flow(this, root);
        pendingGap = body * 0.8f;
    }

    // ---- the cursor ----

    /** Starts the next page, or the right panel of a folded card's sheet. */
    void newPage() {
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

    /** The position on the page: the top of what is placed next, down from the top of the page. */
    float y() {
        return y;
    }

    /** The foot of the content area. */
    float bottom() {
        return bottom;
    }

    /** The height of the content area of a page or panel. */
    float pageHeight() {
        return bottom - top;
    }

    /** The left edge of the text of the current page or panel. */
    float left() {
        return left;
    }

    /** Tells whether nothing is placed on the current page or panel yet. */
    boolean pageEmpty() {
        return pageEmpty;
    }

    /** The number of pages begun so far. */
    int pageCount() {
        return pages.size();
    }

    /** Adds a drawing operation to the current page. */
    void add(PageContent.Op op) {
        page.ops.add(op);
    }

    /** Moves the position down to {@code newY} below something just drawn. */
    void moveDownTo(float newY) {
        y = newY;
        pageEmpty = false;
    }

    private void applyGap(float before) {
        float gap = Math.max(before, pendingGap);
        pendingGap = 0;
        if (!pageEmpty) {
            y += gap;
        }
    }

    // ---- drawing ----

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
    void drawLines(TextBlock tb, int from, int to, float x, float top, StructNode owner, float gray) {
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
