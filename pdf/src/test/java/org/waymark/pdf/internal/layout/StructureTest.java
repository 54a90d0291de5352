package org.waymark.pdf.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.waymark.pdf.Paper;
import org.waymark.pdf.TestRendering;

/** The structure tree, tagging of decoration, and the catalog entries PDF/UA asks for. */
class StructureTest {

    private final byte[] pdf = TestRendering.render(Samples.everything(), Samples.options(Paper.A4));

    @Test
    void structureTreeFollowsTheBlocksInReadingOrder() throws IOException {
        try (PDDocument doc = Pdfs.load(pdf)) {
            List<String> types = Pdfs.structureTypes(doc).stream().filter(t -> !t.equals("MCR")).toList();

            assertThat(types).startsWith("Document", "H1", "P", "H2", "L", "LI", "Lbl", "LBody");
            assertThat(types).containsSubsequence("H2", "L", "H2", "L", "H2", "Table", "TR", "TH", "TH", "TH", "TR", "TD",
                    "TD", "TD", "H2", "P", "P", "H3", "P", "P", "P", "P");
            assertThat(types.stream().filter("TR"::equals)).hasSize(15);
            assertThat(types.stream().filter("TH"::equals)).hasSize(3);
            assertThat(types.stream().filter("LI"::equals)).hasSize(13);
        }
    }

    @Test
    void headerCellsHaveColumnScopeAndListsTheirNumbering() throws IOException {
        try (PDDocument doc = Pdfs.load(pdf)) {
            List<COSDictionary> elements = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject().getDictionaryObject(COSName.K),
                    elements);

            assertThat(elements.stream().filter(e -> "TH".equals(e.getNameAsString(COSName.S))))
                    .allSatisfy(th -> assertThat(attribute(th, "Scope")).isEqualTo("Column"));
            assertThat(elements.stream().filter(e -> "L".equals(e.getNameAsString(COSName.S)))
                    .map(l -> attribute(l, "ListNumbering"))).containsExactly("Disc", "Decimal");
        }
    }

    @Test
    void everyMarkedContentIdIsInTheParentTree() throws IOException {
        try (PDDocument doc = Pdfs.load(pdf)) {
            COSArray nums = (COSArray) ((COSDictionary) doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject()
                    .getDictionaryObject(COSName.PARENT_TREE)).getDictionaryObject(COSName.NUMS);
            long mcrs = Pdfs.structureTypes(doc).stream().filter("MCR"::equals).count();
            long entries = 0;
            for (int i = 1; i < nums.size(); i += 2) {
                COSArray perPage = (COSArray) nums.getObject(i);
                for (int k = 0; k < perPage.size(); k++) {
                    assertThat(perPage.getObject(k)).isInstanceOf(COSDictionary.class);
                }
                entries += perPage.size();
            }

            assertThat(nums.size()).isEqualTo(2 * doc.getNumberOfPages());
            assertThat(entries).isEqualTo(mcrs).isGreaterThan(40);
        }
    }

    @Test
    void parentTreeNamesTheElementOwningEachMcidAndEveryElementItsParent() throws IOException {
        int checked = 0;
        int crossPage = 0;
        // Paragraphs and table rows split across pages give elements with marked-content references.
        for (LayoutDocument document : List.of(Samples.everything(), Samples.splitRow(), Samples.longParagraph(600))) {
            try (PDDocument doc = Pdfs.load(TestRendering.render(document, Samples.options(Paper.A6)))) {
                COSDictionary root = doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
                COSArray nums = (COSArray) ((COSDictionary) root.getDictionaryObject(COSName.PARENT_TREE))
                        .getDictionaryObject(COSName.NUMS);
                List<COSDictionary> elements = new ArrayList<>();
                collect(root.getDictionaryObject(COSName.K), elements);
                for (COSDictionary element : elements) {
                    COSDictionary parent = (COSDictionary) element.getDictionaryObject(COSName.P);
                    assertThat(parent == root || kids(parent).contains(element)).as("parent of %s",
                            element.getNameAsString(COSName.S)).isTrue();
                    for (Object kid : kids(element)) {
                        COSDictionary page;
                        int mcid;
                        if (kid instanceof COSInteger i) {
                            page = (COSDictionary) element.getDictionaryObject(COSName.PG);
                            mcid = i.intValue();
                        } else if (kid instanceof COSDictionary mcr
                                && COSName.MCR.equals(mcr.getCOSName(COSName.TYPE))) {
                            page = (COSDictionary) mcr.getDictionaryObject(COSName.PG);
                            mcid = mcr.getInt(COSName.MCID);
                            crossPage++;
                        } else {
                            continue;
                        }
                        int key = page.getInt(COSName.STRUCT_PARENTS);
                        assertThat(nums.getInt(2 * key)).isEqualTo(key);
                        COSArray owners = (COSArray) nums.getObject(2 * key + 1);
                        assertThat(owners.getObject(mcid)).as("owner of MCID %d on page %d", mcid, key)
                                .isSameAs(element);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(crossPage).isPositive();
    }

    private static List<Object> kids(COSDictionary element) {
        Object k = element.getDictionaryObject(COSName.K);
        List<Object> out = new ArrayList<>();
        if (k instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(a.getObject(i));
            }
        } else if (k != null) {
            out.add(k);
        }
        return out;
    }

    @Test
    void allTextIsTaggedOrAnArtifactAndDecorationIsArtifact() throws IOException {
        try (PDDocument doc = Pdfs.load(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDFStreamParser parser = new PDFStreamParser(page);
                int depth = 0;
                boolean inArtifact = false;
                int artifactDepth = -1;
                COSName lastName = null;
                for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                    if (token instanceof COSName n && depth >= 0) {
                        lastName = lastName == null ? n : lastName;
                    }
                    if (token instanceof Operator op) {
                        switch (op.getName()) {
                            case "BMC", "BDC" -> {
                                depth++;
                                if (COSName.ARTIFACT.equals(lastName) && !inArtifact) {
                                    inArtifact = true;
                                    artifactDepth = depth;
                                }
                            }
                            case "EMC" -> {
                                if (inArtifact && depth == artifactDepth) {
                                    inArtifact = false;
                                }
                                depth--;
                            }
                            case "Tj", "TJ" -> assertThat(depth).as("text inside marked content").isPositive();
                            case "S", "f", "re" -> assertThat(inArtifact).as("paths are artifacts").isTrue();
                            default -> {
                            }
                        }
                        lastName = null;
                    }
                }
                assertThat(depth).isZero();
            }
        }
    }

    @Test
    void catalogDeclaresLanguageMarkedContentAndTitleDisplay() throws IOException {
        try (PDDocument doc = Pdfs.load(pdf)) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();

            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getOutputIntents()).singleElement()
                    .satisfies(oi -> assertThat(oi.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1"));
            assertThat(doc.getPage(0).getStructParents()).isZero();
        }
    }

    @Test
    void textComesOutInReadingOrder() {
        String text = Pdfs.text(pdf);

        assertThat(text).containsSubsequence("Care plan for Zoë Łukasz-Núñez", "This plan was agreed together",
                "what helps", "Warning signs", "Not sleeping", "Steps to take", "1. Use the coping", "10. Ten items",
                "Contacts", "Who", "How to reach them", "When", "Contact person number 1", "Telephone 0100 000 001",
                "Contact person number 14", "Agreement", "☐ I have been given a copy", "☒ I agree", "Signatures",
                "Signed (person)", "Date", "Signed (clinician)");
    }

    @Test
    void everyPageHasTheFooterWithPageXOfY() {
        List<String> pages = Pdfs.pageTexts(pdf);

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).contains("Confidential: contains personal health information").contains("Page 1 of 2");
        assertThat(pages.get(1)).contains("Page 2 of 2");
    }

    private static void collect(Object k, List<COSDictionary> out) {
        Object resolved = k instanceof org.apache.pdfbox.cos.COSObject o ? o.getObject() : k;
        if (resolved instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                collect(a.getObject(i), out);
            }
        } else if (resolved instanceof COSDictionary d && d.containsKey(COSName.S)) {
            out.add(d);
            collect(d.getDictionaryObject(COSName.K), out);
        }
    }

    private static String attribute(COSDictionary element, String key) {
        Object a = element.getDictionaryObject(COSName.A);
        if (a instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSDictionary d && d.containsKey(key)) {
                    return d.getNameAsString(key);
                }
            }
            return null;
        }
        return a instanceof COSDictionary d ? d.getNameAsString(key) : null;
    }
}
