package org.waymark.pdf.internal.layout;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.waymark.pdf.internal.layout.PageContent.FillOp;
import org.waymark.pdf.internal.layout.PageContent.RuleOp;

/**
 * A table measured for the page and flowed onto pages. Measuring sets the column widths from the
 * columns' weights and breaks the header and every cell into lines, which gives the height of the
 * header and of each row. Flowing ({@link #flow}) starts the table on a new page unless its header
 * and first two rows fit, repeats the header row at the head of each page the table continues on,
 * moves a row whole to the next page when it fits there, else splits it between lines (at least
 * two lines on the page it starts on), keeps the last row from standing alone after a break, and
 * draws the header fill and the borders. The first header row is tagged TR/TH; repeated ones are
 * artifacts.
 */
final class TableFlow {

    private static final float HEADER_FILL = 0.92f;

    private final float body;
    /** The left edge of each column, from 0, and the right edge of the last. */
    private final float[] colX;
    private final float[] colW;
    private final float padX;
    private final float padY;
    private final float lineHeight;
    private final TextBlock[] headers;
    /** The height of the header row. */
    final float headerHeight;
    private final List<TextBlock[]> rows = new ArrayList<>();
    private final float[] rowHeights;

    TableFlow(Table t, PageGeometry g, TextSetter setter, String where) {
        body = g.body();
        padX = body * 0.45f;
        padY = body * 0.3f;
        lineHeight = body * PageGeometry.LEADING;
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
            headers[c] = setter.text(List.of(Span.of(t.columns().get(c).header())), TextStyle.BOLD, body,
                    cellWidth(c), where + ".columns[" + c + "]");
            headerLines = Math.max(headerLines, headers[c].lines().size());
        }
        headerHeight = headerLines * lineHeight + 2 * padY;
        rowHeights = new float[t.rows().size()];
        for (int r = 0; r < t.rows().size(); r++) {
            TextBlock[] cells = new TextBlock[n];
            int lines = 1;
            for (int c = 0; c < n; c++) {
                cells[c] = setter.text(t.rows().get(r).get(c).spans(), null, body, cellWidth(c),
                        where + ".rows[" + r + "].cells[" + c + "]");
                lines = Math.max(lines, cells[c].lines().size());
            }
            rows.add(cells);
            rowHeights[r] = lines * lineHeight + 2 * padY;
        }
    }

    private float cellWidth(int c) {
        return Math.max(body, colW[c] - 2 * padX);
    }

    private float minRowStart() {
        return 2 * padY + 2 * lineHeight;
    }

    /**
     * The height the first row needs below the header: all of it when it fits on a fresh
     * page (a row moves whole to the next page, so the header must not be left behind),
     * else the two lines it splits after.
     */
    private float firstRowNeed(float pageHeight) {
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

    /** The height of the whole table on an endless page. */
    float height() {
        float h = headerHeight;
        for (float rh : rowHeights) {
            h += rh;
        }
        return h;
    }

    /**
     * Places the table from the paginator's position, breaking pages as it goes, and adds its
     * Table structure element to {@code parent}.
     */
    void flow(Paginator p, StructNode parent) {
        float pageHeight = p.pageHeight();
        float firstNeed = headerHeight + firstRowsNeed(pageHeight);
        if (!p.pageEmpty() && p.y() + firstNeed > p.bottom()) {
            p.newPage();
        }
        StructNode tableNode = parent.child("Table");
        drawHeaderRow(p, tableNode);
        int n = rows.size();
        int rowsOnPage = 0;
        for (int r = 0; r < n; r++) {
            TextBlock[] cells = rows.get(r);
            StructNode tr = tableNode.child("TR");
            StructNode[] tds = new StructNode[cells.length];
            for (int c = 0; c < cells.length; c++) {
                tds[c] = tr.child("TD");
            }
            int[] offsets = new int[cells.length];
            float rowHeight = rowHeights[r];
            float freshPage = pageHeight - headerHeight;
            int pageBefore = p.pageCount();
            if (p.y() + rowHeight > p.bottom() && rowHeight <= freshPage) {
                p.newPage();
                drawHeaderRow(p, null);
            } else if (r + 2 == n && rowsOnPage >= 2 && p.y() + rowHeight + rowHeights[r + 1] > p.bottom()
                    && rowHeight + rowHeights[r + 1] <= freshPage) {
                // The last row would be alone after the break: take the one before it along, leaving
                // at least two rows here and two there (the header is repeated).
                p.newPage();
                drawHeaderRow(p, null);
            }
            if (p.pageCount() != pageBefore) {
                rowsOnPage = 0;
            }
            while (true) {
                int remaining = 0;
                for (int c = 0; c < cells.length; c++) {
                    remaining = Math.max(remaining, cells[c].lines().size() - offsets[c]);
                }
                if (p.y() + remaining * lineHeight + 2 * padY <= p.bottom()) {
                    drawRowFragment(p, cells, offsets, remaining, tds);
                    break;
                }
                int fit = (int) Math.floor((p.bottom() - p.y() - 2 * padY) / lineHeight);
                if (fit >= 2) {
                    drawRowFragment(p, cells, offsets, fit, tds);
                }
                p.newPage();
                drawHeaderRow(p, null);
                rowsOnPage = 0;
            }
            rowsOnPage++;
        }
    }

    /** Draws the header row: tagged TR/TH the first time, an artifact when repeated. */
    private void drawHeaderRow(Paginator p, StructNode tableNode) {
        float rowTop = p.y();
        float left = p.left();
        p.add(new FillOp(left + colX[0], rowTop, colX[colX.length - 1] - colX[0], headerHeight, HEADER_FILL));
        StructNode tr = tableNode == null ? null : tableNode.child("TR");
        for (int c = 0; c < headers.length; c++) {
            StructNode th = null;
            if (tr != null) {
                th = tr.child("TH");
                th.scope = PDTableAttributeObject.SCOPE_COLUMN;
            }
            TextBlock h = headers[c];
            p.drawLines(h, 0, h.lines().size(), left + colX[c] + padX, rowTop + padY, th, 0);
        }
        drawBorders(p, rowTop, rowTop + headerHeight);
        p.moveDownTo(rowTop + headerHeight);
    }

    /** Draws the next {@code count} lines of each cell of a row, from the cells' offsets. */
    private void drawRowFragment(Paginator p, TextBlock[] cells, int[] offsets, int count, StructNode[] tds) {
        float rowTop = p.y();
        float left = p.left();
        for (int c = 0; c < cells.length; c++) {
            int to = Math.min(cells[c].lines().size(), offsets[c] + count);
            if (to > offsets[c]) {
                p.drawLines(cells[c], offsets[c], to, left + colX[c] + padX, rowTop + padY, tds[c], 0);
            }
            offsets[c] = to;
        }
        float rowBottom = rowTop + count * lineHeight + 2 * padY;
        drawBorders(p, rowTop, rowBottom);
        p.moveDownTo(rowBottom);
    }

    private void drawBorders(Paginator p, float rowTop, float rowBottom) {
        float left = p.left();
        float x0 = left + colX[0];
        float x1 = left + colX[colX.length - 1];
        p.add(new RuleOp(x0, rowTop, x1, rowTop, 0.5f, Paginator.RULE_GRAY));
        p.add(new RuleOp(x0, rowBottom, x1, rowBottom, 0.5f, Paginator.RULE_GRAY));
        for (float x : colX) {
            p.add(new RuleOp(left + x, rowTop, left + x, rowBottom, 0.5f, Paginator.RULE_GRAY));
        }
    }
}
