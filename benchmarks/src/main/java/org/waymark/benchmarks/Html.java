package org.waymark.benchmarks;

import org.waymark.pdf.internal.layout.Block;
import org.waymark.pdf.internal.layout.Callout;
import org.waymark.pdf.internal.layout.Checkbox;
import org.waymark.pdf.internal.layout.Heading;
import org.waymark.pdf.internal.layout.ItemList;
import org.waymark.pdf.internal.layout.KeepTogether;
import org.waymark.pdf.internal.layout.LayoutDocument;
import org.waymark.pdf.internal.layout.PageBreak;
import org.waymark.pdf.internal.layout.Paragraph;
import org.waymark.pdf.internal.layout.SignatureLine;
import org.waymark.pdf.internal.layout.Spacer;
import org.waymark.pdf.internal.layout.Span;
import org.waymark.pdf.internal.layout.Table;

/**
 * Writes a laid-out document's blocks as XHTML (h1–h3, p, ul/ol, table with thead), so that the
 * HTML baseline prints the same content with the same structure.
 */
final class Html {

    private Html() {
    }

    static String of(LayoutDocument doc) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html><html lang=\"").append(doc.locale().toLanguageTag()).append("\"><head><title>")
                .append(esc(doc.title())).append("</title><style>")
                .append("@page { size: A4; margin: 62pt 56pt 56pt 56pt; }")
                .append("body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.3; }")
                .append("table { border-collapse: collapse; width: 100%; } th, td { border: 0.5pt solid #888;")
                .append(" padding: 3pt 4.5pt; vertical-align: top; text-align: left; } th { background: #eee; }")
                .append(".callout { background: #eee; border-left: 2.5pt solid #444; padding: 6pt; }")
                .append("</style></head><body>");
        blocks(sb, doc.blocks());
        return sb.append("</body></html>").toString();
    }

    private static void blocks(StringBuilder sb, java.util.List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                sb.append("<h").append(h.level()).append('>').append(esc(h.text())).append("</h").append(h.level())
                        .append('>');
            } else if (b instanceof Paragraph p) {
                sb.append("<p>");
                spans(sb, p);
                sb.append("</p>");
            } else if (b instanceof ItemList l) {
                String tag = l.kind() == ItemList.Kind.NUMBERED ? "ol" : "ul";
                sb.append('<').append(tag).append('>');
                for (Paragraph item : l.items()) {
                    sb.append("<li>");
                    spans(sb, item);
                    sb.append("</li>");
                }
                sb.append("</").append(tag).append('>');
            } else if (b instanceof Table t) {
                sb.append("<table><thead><tr>");
                for (Table.Column c : t.columns()) {
                    sb.append("<th>").append(esc(c.header())).append("</th>");
                }
                sb.append("</tr></thead><tbody>");
                for (var row : t.rows()) {
                    sb.append("<tr>");
                    for (Paragraph cell : row) {
                        sb.append("<td>");
                        spans(sb, cell);
                        sb.append("</td>");
                    }
                    sb.append("</tr>");
                }
                sb.append("</tbody></table>");
            } else if (b instanceof Checkbox c) {
                sb.append("<p>").append(c.checked() ? "[x] " : "[ ] ");
                spans(sb, c.label());
                sb.append("</p>");
            } else if (b instanceof SignatureLine s) {
                sb.append("<p>______________________ ").append(esc(s.caption())).append("</p>");
            } else if (b instanceof Callout c) {
                sb.append("<div class=\"callout\">");
                spans(sb, c.text());
                sb.append("</div>");
            } else if (b instanceof KeepTogether k) {
                blocks(sb, k.blocks());
            } else if (b instanceof PageBreak) {
                sb.append("<div style=\"page-break-after: always\"></div>");
            } else if (b instanceof Spacer) {
                sb.append("<div style=\"height: 6pt\"></div>");
            }
        }
    }

    private static void spans(StringBuilder sb, Paragraph p) {
        for (Span s : p.spans()) {
            String text = esc(s.text()).replace("\n", "<br/>");
            switch (s.style()) {
                case BOLD -> sb.append("<b>").append(text).append("</b>");
                case ITALIC -> sb.append("<i>").append(text).append("</i>");
                default -> sb.append(text);
            }
        }
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
