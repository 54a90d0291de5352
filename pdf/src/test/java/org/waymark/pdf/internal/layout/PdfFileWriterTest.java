package org.waymark.pdf.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.waymark.pdf.Paper;
import org.waymark.pdf.TestRendering;

/**
 * The file writer: every value survives a read by PDFBox, the cross-reference stream points at
 * every object, and the bytes are the same each time.
 */
class PdfFileWriterTest {

    private static final byte[] ID = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, (byte) 0xFF};

    /** A small document: two pages sharing a resource dictionary, and values of every kind. */
    private static COSDictionary trailer() throws Exception {
        COSDictionary catalog = new COSDictionary();
        catalog.setItem(COSName.TYPE, COSName.CATALOG);
        COSDictionary pages = new COSDictionary();
        pages.setItem(COSName.TYPE, COSName.PAGES);
        COSArray kids = new COSArray();
        pages.setItem(COSName.KIDS, kids);
        catalog.setItem(COSName.PAGES, pages);
        COSDictionary shared = new COSDictionary();
        shared.setItem(COSName.getPDFName("ProcSet"), new COSArray());
        for (int i = 0; i < 2; i++) {
            COSDictionary page = new COSDictionary();
            page.setItem(COSName.TYPE, COSName.PAGE);
            page.setItem(COSName.PARENT, pages);
            COSArray box = new COSArray();
            for (float v : new float[] {0, 0, 595.28f, 841.89f}) {
                box.add(new COSFloat(v));
            }
            page.setItem(COSName.MEDIA_BOX, box);
            page.setItem(COSName.RESOURCES, shared);
            COSStream content = new COSStream();
            try (OutputStream out = content.createOutputStream()) {
                out.write(("0 g 10 10 100 100 re f % page " + i + "\n").getBytes(StandardCharsets.US_ASCII));
            }
            page.setItem(COSName.CONTENTS, content);
            kids.add(page);
        }
        pages.setInt(COSName.COUNT, 2);

        COSDictionary values = new COSDictionary();
        values.setItem(COSName.getPDFName("A B#C/D(é)"), COSName.getPDFName("x y#\u00e9\u4e2d"));
        values.setItem(COSName.getPDFName("Literal"), new COSString("a (b) \\ c"));
        values.setItem(COSName.getPDFName("Binary"), new COSString(new byte[] {0, (byte) 0xFE, 10, 13, '(', 'z'}));
        values.setItem(COSName.getPDFName("Empty"), new COSString(""));
        values.setItem(COSName.getPDFName("Int"), COSInteger.get(-1234567890123L));
        values.setItem(COSName.getPDFName("Zero"), COSInteger.get(0));
        values.setItem(COSName.getPDFName("Real"), new COSFloat(-0.125f));
        values.setItem(COSName.getPDFName("True"), COSBoolean.TRUE);
        values.setItem(COSName.getPDFName("False"), COSBoolean.FALSE);
        COSArray nested = new COSArray();
        nested.add(COSNull.NULL);
        COSArray inner = new COSArray();
        inner.add(COSInteger.get(7));
        inner.add(COSName.getPDFName("N"));
        nested.add(inner);
        values.setItem(COSName.getPDFName("Nested"), nested);
        COSDictionary direct = new COSDictionary();
        direct.setInt(COSName.getPDFName("Only"), 1);
        direct.setDirect(true);
        values.setItem(COSName.getPDFName("Direct1"), direct);
        values.setItem(COSName.getPDFName("Direct2"), direct);
        catalog.setItem(COSName.getPDFName("Values"), values);

        COSDictionary info = new COSDictionary();
        info.setString(COSName.TITLE, "Title");
        COSDictionary trailer = new COSDictionary();
        trailer.setItem(COSName.ROOT, catalog);
        trailer.setItem(COSName.INFO, info);
        COSArray id = new COSArray();
        id.add(new COSString(ID));
        id.add(new COSString(ID));
        trailer.setItem(COSName.ID, id);
        return trailer;
    }

    private static byte[] write(COSDictionary trailer) throws Exception {
        Deflater deflater = new Deflater();
        try {
            return PdfFileWriter.write(trailer, PdfFileWriter.RawObjects.NONE, deflater, 1);
        } finally {
            deflater.end();
        }
    }

    @Test
    void everyValueReadsBackAsWritten() throws Exception {
        byte[] pdf = write(trailer());

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            COSDictionary values = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("Values"));
            assertThat(values.getCOSName(COSName.getPDFName("A B#C/D(é)")).getName()).isEqualTo("x y#\u00e9\u4e2d");
            assertThat(values.getString(COSName.getPDFName("Literal"))).isEqualTo("a (b) \\ c");
            assertThat(((COSString) values.getDictionaryObject("Binary")).getBytes())
                    .containsExactly(0, (byte) 0xFE, 10, 13, '(', 'z');
            assertThat(values.getString(COSName.getPDFName("Empty"))).isEmpty();
            assertThat(((COSInteger) values.getDictionaryObject("Int")).longValue()).isEqualTo(-1234567890123L);
            assertThat(values.getInt(COSName.getPDFName("Zero"))).isZero();
            assertThat(values.getFloat(COSName.getPDFName("Real"))).isEqualTo(-0.125f);
            assertThat(values.getBoolean(COSName.getPDFName("True"), false)).isTrue();
            assertThat(values.getBoolean(COSName.getPDFName("False"), true)).isFalse();
            COSArray nested = values.getCOSArray(COSName.getPDFName("Nested"));
            assertThat(nested.get(0)).isInstanceOf(COSNull.class);
            assertThat(((COSArray) nested.getObject(1)).getInt(0)).isEqualTo(7);
            assertThat(values.getCOSDictionary(COSName.getPDFName("Direct2")).getInt("Only")).isEqualTo(1);

            PDPage first = doc.getPage(0);
            assertThat(new String(first.getContents().readAllBytes(), StandardCharsets.US_ASCII))
                    .isEqualTo("0 g 10 10 100 100 re f % page 0\n");
            assertThat(first.getMediaBox().getWidth()).isEqualTo(595.28f);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Title");
            assertThat(((COSString) doc.getDocument().getDocumentID().getObject(0)).getBytes()).isEqualTo(ID);
        }
    }

    @Test
    void sharedDictionariesAreIndirectAndDirectOnesInline() throws Exception {
        String text = new String(write(trailer()), StandardCharsets.ISO_8859_1);
        Map<Integer, String> objects = objects(text);

        // The resource dictionary both pages use is written once and referred to twice.
        int resources = objects.entrySet().stream().filter(e -> e.getValue().startsWith("<</ProcSet[]>>"))
                .mapToInt(Map.Entry::getKey).findFirst().orElseThrow();
        assertThat(objects.values()).filteredOn(o -> o.startsWith("<</Type/Page/"))
                .hasSize(2).allMatch(o -> o.contains("/Resources " + resources + " 0 R"));
        // The values dictionary, referred to once, is inline in the catalog.
        assertThat(objects.values()).filteredOn(o -> o.startsWith("<</Type/Catalog/")).singleElement()
                .asString().contains("/Values<<");
        // The dictionary flagged direct is written inline both times.
        assertThat(objects.values()).noneMatch(o -> o.startsWith("<</Only 1>>"));
    }

    @Test
    void crossReferenceStreamPointsAtEveryObject() throws Exception {
        byte[] pdf = write(trailer());
        String text = new String(pdf, StandardCharsets.ISO_8859_1);

        assertThat(text).startsWith("%PDF-1.7\n%");
        assertThat(pdf[10] & 0xFF).isGreaterThan(127);
        assertThat(text).endsWith("%%EOF\n");
        Map<Integer, String> objects = objects(text);
        // Catalog, info, pages tree, 2 pages, resources; 2 content streams; one object stream; the xref stream.
        assertThat(objects).hasSize(10);
    }

    @Test
    void rawObjectsAreNumberedAfterTheGraphAndReferToItAndEachOther() throws Exception {
        COSDictionary trailer = trailer();
        COSDictionary catalog = (COSDictionary) trailer.getDictionaryObject(COSName.ROOT);
        catalog.setItem(COSName.getPDFName("Raw"), new PdfFileWriter.RawRef(0));
        COSDictionary firstPage = (COSDictionary) ((COSArray) ((COSDictionary) catalog.getDictionaryObject(COSName.PAGES))
                .getDictionaryObject(COSName.KIDS)).getObject(0);
        PdfFileWriter.RawObjects raw = new PdfFileWriter.RawObjects() {
            @Override
            public int count() {
                return 2;
            }

            @Override
            public void write(int index, ByteSink out, PdfFileWriter.Numbers numbers) {
                if (index == 0) {
                    out.ascii("<</Page ").reference(numbers.of(firstPage)).ascii("/Next ").reference(numbers.raw(1))
                            .ascii(">>");
                } else {
                    out.ascii("[1 2 3]");
                }
            }
        };
        Deflater deflater = new Deflater();
        byte[] pdf;
        try {
            pdf = PdfFileWriter.write(trailer, raw, deflater, 1);
        } finally {
            deflater.end();
        }

        Map<Integer, String> objects = objects(new String(pdf, StandardCharsets.ISO_8859_1));
        assertThat(objects).hasSize(12);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSDictionary rawDict = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("Raw"));
            assertThat(rawDict.getDictionaryObject("Page")).isSameAs(doc.getPage(0).getCOSObject());
            assertThat(((COSArray) rawDict.getDictionaryObject("Next")).toCOSNumberIntegerList()).containsExactly(1, 2, 3);
        }
    }

    @Test
    void sameGraphGivesSameBytes() throws Exception {
        assertThat(write(trailer())).isEqualTo(write(trailer()));
    }

    @Test
    void aCatalogIsRequired() {
        assertThatThrownBy(() -> write(new COSDictionary())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("catalog");
    }

    @Test
    void documentsOfEveryPaperSizeKeepTheirStructureWhenReadBack() throws Exception {
        for (Paper paper : Paper.values()) {
            byte[] pdf = TestRendering.render(Samples.everything(), Samples.options(paper));
            Map<Integer, String> objects = objects(new String(pdf, StandardCharsets.ISO_8859_1));
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(objects).hasSizeGreaterThan(doc.getNumberOfPages());
                assertThat(doc.getDocumentCatalog().getStructureTreeRoot().getKids()).hasSize(1);
            }
        }
    }

    /**
     * Reads the file as a strict reader would: from {@code startxref} to the cross-reference
     * stream, then each entry to its object, checking that every offset lands on the object's
     * header and every object-stream index on the object's number. Returns each object's text.
     */
    static Map<Integer, String> objects(String file) throws Exception {
        Matcher start = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(file);
        assertThat(start.find()).as("startxref at the end").isTrue();
        int xrefOffset = Integer.parseInt(start.group(1));
        Matcher header = Pattern.compile("\\G(\\d+) 0 obj\n<<(.*?)>>\nstream\r\n").matcher(file);
        assertThat(header.find(xrefOffset)).as("xref stream at startxref").isTrue();
        String dict = header.group(2);
        assertThat(dict).contains("/Type/XRef").contains("/ID[<");
        int size = intValue(dict, "/Size ");
        Matcher w = Pattern.compile("/W\\[1 (\\d) 2\\]").matcher(dict);
        assertThat(w.find()).isTrue();
        int w2 = Integer.parseInt(w.group(1));
        byte[] table = inflate(file, header.end(), intValue(dict, "/Length "));
        assertThat(table.length).isEqualTo(size * (3 + w2));

        Map<Integer, String> objects = new LinkedHashMap<>();
        Map<Integer, Integer> offsets = new LinkedHashMap<>();
        for (int n = 1; n < size; n++) {
            int p = n * (3 + w2);
            long f2 = 0;
            for (int b = 0; b < w2; b++) {
                f2 = (f2 << 8) | (table[p + 1 + b] & 0xFF);
            }
            if (table[p] == 1) {
                offsets.put(n, (int) f2);
            }
        }
        for (int n = 1; n < size; n++) {
            int p = n * (3 + w2);
            long f2 = 0;
            for (int b = 0; b < w2; b++) {
                f2 = (f2 << 8) | (table[p + 1 + b] & 0xFF);
            }
            int f3 = ((table[p + 1 + w2] & 0xFF) << 8) | (table[p + 2 + w2] & 0xFF);
            if (table[p] == 1) {
                String at = file.substring((int) f2, Math.min(file.length(), (int) f2 + 20));
                assertThat(at).as("object %d at offset %d", n, f2).startsWith(n + " 0 obj\n");
                objects.put(n, at);
            } else {
                assertThat(table[p]).as("entry type of object %d", n).isEqualTo((byte) 2);
                Matcher stm = Pattern.compile("\\G(\\d+) 0 obj\n<<(.*?)>>\nstream\r\n").matcher(file);
                int stmOffset = offsets.get((int) f2);
                assertThat(stm.find(stmOffset)).isTrue();
                String stmDict = stm.group(2);
                assertThat(stmDict).contains("/Type/ObjStm");
                String data = new String(inflate(file, stm.end(), intValue(stmDict, "/Length ")),
                        StandardCharsets.ISO_8859_1);
                int first = intValue(stmDict, "/First ");
                String[] pairs = data.substring(0, first).trim().split(" ");
                assertThat(Integer.parseInt(pairs[2 * f3])).as("object stream index of %d", n).isEqualTo(n);
                int from = first + Integer.parseInt(pairs[2 * f3 + 1]);
                int to = 2 * f3 + 3 < pairs.length ? first + Integer.parseInt(pairs[2 * f3 + 3]) : data.length();
                objects.put(n, data.substring(from, to));
            }
        }
        return objects;
    }

    private static int intValue(String dict, String key) {
        Matcher m = Pattern.compile(Pattern.quote(key) + "(\\d+)").matcher(dict);
        assertThat(m.find()).as(key).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** Inflates a stream's data, checking that {@code endstream} follows exactly its /Length bytes. */
    private static byte[] inflate(String file, int from, int length) throws Exception {
        assertThat(file.substring(from + length)).startsWith("\nendstream\nendobj\n");
        byte[] data = file.substring(from, from + length).getBytes(StandardCharsets.ISO_8859_1);
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && inflater.needsInput()) {
                    throw new AssertionError("stream data ends early");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}
