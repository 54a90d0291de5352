package org.waymark.pdf.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The compliance helper is not vacuous: a plain, untagged PDFBox file fails both profiles. */
class VeraPdfTest {

    @Test
    void plainPdfBoxFileFailsWithRuleIds() throws IOException {
        byte[] plain;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(PDType0Font.load(doc, PDDocument.class.getResourceAsStream(
                        "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Not tagged, no metadata");
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            plain = out.toByteArray();
        }

        assertThat(VeraPdf.failures(plain, PDFAFlavour.PDFA_2_U)).anyMatch(f -> f.contains("clause 6."));
        assertThat(VeraPdf.failures(plain, PDFAFlavour.PDFUA_1)).anyMatch(f -> f.contains("clause 7."));
        assertThatThrownBy(() -> VeraPdf.assertPdfAAndUa(plain)).hasMessageContaining("veraPDF found failures");
    }
}
