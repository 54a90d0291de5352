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
import org.waymark.pdf.TestRendering;

/** Metadata holds nothing identifying unless asked; a password gives AES-256 and drops the PDF/A claim. */
class PrivacyAndEncryptionTest {

    @Test
    void metadataHoldsOnlyTheGenericTitleByDefault() throws IOException {
        byte[] pdf = TestRendering.render(Samples.everything(), Samples.options(Paper.A4));

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
        byte[] pdf = TestRendering.render(Samples.everything(), Samples.options(Paper.A4).withTitle("Plan <Z & Ł>"));

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
        byte[] pdf = TestRendering.render(Samples.everything(), options);

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

    @Test
    void anEncryptedFileHasAFreshRandomIdSoItCannotBeLinkedToTheUnencryptedOne() throws IOException {
        byte[] plain = TestRendering.render(Samples.everything(), Samples.options(Paper.A4));
        PdfOptions locked = Samples.options(Paper.A4).withUserPassword("correct horse");
        byte[] first = TestRendering.render(Samples.everything(), locked);
        byte[] second = TestRendering.render(Samples.everything(), locked);

        byte[][] plainId = id(plain, null);
        byte[][] firstId = id(first, "correct horse");
        byte[][] secondId = id(second, "correct horse");

        assertThat(firstId[0]).hasSize(16).isNotEqualTo(plainId[0]).isNotEqualTo(plainId[1]).isNotEqualTo(secondId[0]);
        assertThat(firstId[1]).isNotEqualTo(plainId[0]).isNotEqualTo(plainId[1]);
        String raw = new String(first, StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain(hex(plainId[0])).doesNotContain(hex(plainId[0]).toLowerCase(java.util.Locale.ROOT));
        assertThat(id(TestRendering.render(Samples.everything(), Samples.options(Paper.A4)), null)[0])
                .as("the unencrypted file stays reproducible").isEqualTo(plainId[0]);
    }

    private static byte[][] id(byte[] pdf, String password) throws IOException {
        try (PDDocument doc = password == null ? Loader.loadPDF(pdf) : Loader.loadPDF(pdf, password)) {
            org.apache.pdfbox.cos.COSArray id = doc.getDocument().getTrailer().getCOSArray(org.apache.pdfbox.cos.COSName.ID);
            return new byte[][] {((org.apache.pdfbox.cos.COSString) id.getObject(0)).getBytes(),
                ((org.apache.pdfbox.cos.COSString) id.getObject(1)).getBytes()};
        }
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
