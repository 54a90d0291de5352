package org.waymark.pdf.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.waymark.pdf.Paper;
import org.waymark.pdf.PdfOptions;

/** Metadata holds nothing identifying unless asked; a password gives AES-256 and drops the PDF/A claim. */
class PrivacyAndEncryptionTest {

    @Test
    void metadataHoldsOnlyTheGenericTitleByDefault() throws IOException {
        byte[] pdf = PdfRenderer.render(Samples.everything(), Samples.options(Paper.A4));

        try (PDDocument doc = Pdfs.load(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Care plan");
            assertThat(info.getAuthor()).isNull();
            assertThat(info.getSubject()).isNull();
            assertThat(info.getKeywords()).isNull();
            assertThat(info.getCreator()).isNull();
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains(">Care plan<").doesNotContain("Zoë").doesNotContain("Łukasz")
                    .contains("<pdfaid:part>2</pdfaid:part>").contains("<pdfuaid:part>1</pdfuaid:part>");
        }
    }

    @Test
    void callerMaySupplyATitle() throws IOException {
        byte[] pdf = PdfRenderer.render(Samples.everything(), Samples.options(Paper.A4).withTitle("Plan <Z & Ł>"));

        try (PDDocument doc = Pdfs.load(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Plan <Z & Ł>");
            assertThat(new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .contains("Plan &lt;Z &amp; Ł&gt;");
        }
        VeraPdf.assertPdfAAndUa(pdf);
    }

    @Test
    void passwordGivesAes256ThatOpensOnlyWithThePassword() throws IOException {
        PdfOptions options = Samples.options(Paper.A4).withUserPassword("correct horse");
        byte[] pdf = PdfRenderer.render(Samples.everything(), options);

        assertThatThrownBy(() -> Loader.loadPDF(pdf).close()).isInstanceOf(InvalidPasswordException.class);
        assertThatThrownBy(() -> Loader.loadPDF(pdf, "wrong").close()).isInstanceOf(InvalidPasswordException.class);
        try (PDDocument doc = Loader.loadPDF(pdf, "correct horse")) {
            assertThat(doc.isEncrypted()).isTrue();
            assertThat(doc.getEncryption().getLength()).isEqualTo(256);
            assertThat(doc.getCurrentAccessPermission().canExtractForAccessibility()).isTrue();
            assertThat(doc.getCurrentAccessPermission().canModify()).isFalse();
            assertThat(new PDFTextStripper().getText(doc)).contains("Care plan for Zoë Łukasz-Núñez");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).as("an encrypted file does not claim PDF/A").doesNotContain("pdfaid")
                    .contains("<pdfuaid:part>1</pdfuaid:part>");
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).as("title and metadata are encrypted")
                .doesNotContain("Care plan").doesNotContain("pdfuaid");
    }
}
