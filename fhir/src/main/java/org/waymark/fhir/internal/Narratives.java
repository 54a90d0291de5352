package org.waymark.fhir.internal;

import java.util.List;

import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/**
 * Builds the generated narratives of exported resources: short XHTML paragraphs, built as nodes
 * (never parsed from strings), with characters XML cannot hold left out.
 */
public final class Narratives {

    private Narratives() {
    }

    /**
     * Returns a generated narrative of paragraphs.
     *
     * @param paragraphs the paragraphs' text, not null
     * @return the narrative, not null
     */
    public static Narrative of(List<String> paragraphs) {
        XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
        div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
        for (String p : paragraphs) {
            div.addTag("p").addText(xmlSafe(p));
        }
        Narrative n = new Narrative();
        n.setStatus(Narrative.NarrativeStatus.GENERATED);
        n.setDiv(div);
        return n;
    }

    /**
     * Returns a generated narrative of paragraphs.
     *
     * @param paragraphs the paragraphs' text, not null
     * @return the narrative, not null
     */
    public static Narrative of(String... paragraphs) {
        return of(List.of(paragraphs));
    }

    private static String xmlSafe(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
            if (ok) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
