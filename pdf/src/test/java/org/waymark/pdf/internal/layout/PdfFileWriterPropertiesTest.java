package org.waymark.pdf.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.zip.Deflater;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Strings, names and numbers reach the file writer from plans (outline titles) and callers
 * (document titles): any bytes, any code points. Whatever they hold, PDFBox reads back exactly what
 * was written, and the cross-reference stream still points at every object.
 */
class PdfFileWriterPropertiesTest {

    private static byte[] write(COSDictionary values) throws Exception {
        COSDictionary catalog = new COSDictionary();
        catalog.setItem(COSName.TYPE, COSName.CATALOG);
        COSDictionary pages = new COSDictionary();
        pages.setItem(COSName.TYPE, COSName.PAGES);
        pages.setItem(COSName.KIDS, new COSArray());
        pages.setInt(COSName.COUNT, 0);
        catalog.setItem(COSName.PAGES, pages);
        catalog.setItem(COSName.getPDFName("Values"), values);
        COSDictionary trailer = new COSDictionary();
        trailer.setItem(COSName.ROOT, catalog);
        COSArray id = new COSArray();
        id.add(new COSString(new byte[16]));
        id.add(new COSString(new byte[16]));
        trailer.setItem(COSName.ID, id);
        Deflater deflater = new Deflater();
        try {
            return PdfFileWriter.write(trailer, PdfFileWriter.RawObjects.NONE, deflater, 1);
        } finally {
            deflater.end();
        }
    }

    private static COSDictionary readValues(byte[] pdf) throws Exception {
        PdfFileWriterTest.objects(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // Copy out what is compared before the document closes.
            COSDictionary values = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("Values"));
            COSDictionary copy = new COSDictionary();
            for (var entry : values.entrySet()) {
                copy.setItem(entry.getKey(), values.getDictionaryObject(entry.getKey()));
            }
            return copy;
        }
    }

    @Property(tries = 300)
    void stringsOfAnyBytesReadBackExactly(@ForAll @Size(max = 60) List<byte[]> strings) throws Exception {
        COSDictionary values = new COSDictionary();
        for (int i = 0; i < strings.size(); i++) {
            values.setItem(COSName.getPDFName("S" + i), new COSString(strings.get(i)));
        }

        COSDictionary read = readValues(write(values));

        for (int i = 0; i < strings.size(); i++) {
            assertThat(((COSString) read.getDictionaryObject("S" + i)).getBytes()).isEqualTo(strings.get(i));
        }
    }

    @Property(tries = 300)
    void textStringsOfAnyCodePointsReadBackExactly(@ForAll("text") String text) throws Exception {
        COSDictionary values = new COSDictionary();
        values.setString(COSName.TITLE, text);

        assertThat(readValues(write(values)).getString(COSName.TITLE)).isEqualTo(text);
    }

    @Property(tries = 300)
    void namesOfAnyCodePointsReadBackExactly(@ForAll("name") String key, @ForAll("name") String value)
            throws Exception {
        COSDictionary values = new COSDictionary();
        values.setItem(COSName.getPDFName(key), COSName.getPDFName(value));

        COSDictionary read = readValues(write(values));

        assertThat(read.getCOSName(COSName.getPDFName(key)).getName()).isEqualTo(value);
    }

    @Property(tries = 300)
    void numbersReadBackExactly(@ForAll long integer, @ForAll("reals") float real) throws Exception {
        COSDictionary values = new COSDictionary();
        values.setItem(COSName.getPDFName("I"), COSInteger.get(integer));
        values.setItem(COSName.getPDFName("R"), new COSFloat(real));

        COSDictionary read = readValues(write(values));

        assertThat(((COSInteger) read.getDictionaryObject("I")).longValue()).isEqualTo(integer);
        assertThat(read.getFloat(COSName.getPDFName("R"))).isEqualTo(new COSFloat(real).floatValue());
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withChars("()\\\r\n#/ ").ofMaxLength(80);
    }

    @Provide
    Arbitrary<String> name() {
        // Names are bytes; PDFBox reads them back as UTF-8, so any code point but NUL (which a name cannot hold).
        return Arbitraries.strings().withCharRange('\u0001', '\uD7FF').withChars("()<>[]{}/%# \t\r\n").ofMinLength(1)
                .ofMaxLength(20);
    }

    @Provide
    Arbitrary<Float> reals() {
        return Arbitraries.floats().between(-1e6f, 1e6f).ofScale(4);
    }
}
