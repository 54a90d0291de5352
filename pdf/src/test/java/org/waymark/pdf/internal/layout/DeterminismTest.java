package org.waymark.pdf.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.waymark.pdf.Paper;
import org.waymark.pdf.PdfOptions;
import org.waymark.pdf.TestRendering;

/** The same input gives the same bytes; dates come only from the options. */
class DeterminismTest {

    @Test
    void renderingTwiceGivesIdenticalBytes() {
        byte[] first = TestRendering.render(Samples.everything(), Samples.options(Paper.A4));
        byte[] second = TestRendering.render(Samples.everything(), Samples.options(Paper.A4));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void datesAndIdComeFromTheInputNotTheClock() throws Exception {
        PdfOptions options = Samples.options(Paper.A6);
        byte[] pdf = TestRendering.render(Samples.everything(), options);
        byte[] otherDate = TestRendering.render(Samples.everything(), options.withPaper(Paper.A6)
                .withTitle(null).withFonts(options.fonts()).withUserPassword(null).withPaper(Paper.A6));
        byte[] later = TestRendering.render(Samples.everything(),
                PdfOptions.of(Paper.A6, Instant.parse("2027-01-02T03:04:05Z")));

        assertThat(otherDate).isEqualTo(pdf);
        assertThat(later).isNotEqualTo(pdf);
        String latin1 = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(latin1).contains("<xmp:CreateDate>2026-11-23T09:30:00Z</xmp:CreateDate>");
        try (PDDocument doc = Pdfs.load(pdf)) {
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(Samples.CREATED);
            assertThat(doc.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(Samples.CREATED);
            assertThat(id(doc, 0)).isEqualTo(id(doc, 1)).hasSize(16);
        }
    }

    @Test
    void differentContentGivesADifferentId() throws Exception {
        byte[] a = TestRendering.render(Samples.longParagraph(50), Samples.options(Paper.A4));
        byte[] b = TestRendering.render(Samples.longParagraph(51), Samples.options(Paper.A4));
        try (PDDocument da = Pdfs.load(a); PDDocument db = Pdfs.load(b)) {
            assertThat(id(da, 0)).isNotEqualTo(id(db, 0));
        }
    }

    private static byte[] id(PDDocument doc, int index) {
        return ((COSString) doc.getDocument().getDocumentID().getObject(index)).getBytes();
    }

    @Test
    void concurrentDocumentsShareFontsSafelyAndStayIdentical() throws Exception {
        byte[] expected = TestRendering.render(Samples.everything(), Samples.options(Paper.A5));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> TestRendering.render(Samples.everything(), Samples.options(Paper.A5))));
            }
            for (Future<byte[]> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
