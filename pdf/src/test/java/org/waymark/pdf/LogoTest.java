package org.waymark.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;
import org.waymark.pdf.internal.layout.LogoImage;
import org.waymark.pdf.internal.layout.Pdfs;
import org.waymark.pdf.internal.layout.VeraPdf;

/**
 * A service's logo at the head of every document: PDF/A-2u and PDF/UA-1 with a PNG with
 * transparency and with a JPEG, drawn on page 1, decoration beside a service name and a Figure
 * without one, the same bytes for the same logo, and untrusted files refused with a reason.
 */
class LogoTest {

    private static final String SERVICE = "Northside Community Team";
    private static final CarePlan PLAN = ExamplePlans.load(ExamplePlans.names().get(0));

    /** A 240 × 80 logo: a filled circle and a bar on a transparent ground, with soft edges. */
    static byte[] pngWithAlpha() {
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0, 94, 184));
        g.fillOval(4, 4, 72, 72);
        g.setColor(new Color(0, 94, 184, 160));
        g.fillRoundRect(88, 28, 148, 24, 12, 12);
        g.dispose();
        return encode(image, "png");
    }

    /** A 300 × 100 JPEG: two coloured halves. */
    static byte[] jpeg() {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0, 114, 86));
        g.fillRect(0, 0, 300, 100);
        g.setColor(Color.WHITE);
        g.fillRect(150, 20, 130, 60);
        g.dispose();
        return encode(image, "jpeg");
    }

    /** A 16-bit greyscale PNG: PDF/A gets 8-bit samples whatever the file's depth. */
    static byte[] png16BitGrey() {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_USHORT_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, 32, 32);
        g.dispose();
        return encode(image, "png");
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(ImageIO.write(image, format, out)).isTrue();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG whose header claims a size, with a valid checksum but no pixels worth decoding. */
    static byte[] pngClaiming(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer file = ByteBuffer.allocate(8 + 4 + 17 + 4);
        file.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}).putInt(13).put(ihdr.array())
                .putInt((int) crc.getValue());
        return file.array();
    }

    static Stream<Arguments> logos() {
        List<Arguments> list = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            list.add(Arguments.of(kind, "PNG with transparency", pngWithAlpha()));
            list.add(Arguments.of(kind, "JPEG", jpeg()));
            list.add(Arguments.of(kind, "16-bit grey PNG", png16BitGrey()));
        }
        return list.stream();
    }

    private static byte[] render(DocumentKind kind, byte[] logo, String service) {
        return Documents.toBytes(kind, PLAN, TestDocs.options(PLAN).withServiceName(service).withLogo(logo));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("logos")
    void conformsToPdfAAndPdfUaWithAServiceName(DocumentKind kind, String what, byte[] logo) {
        VeraPdf.assertPdfAAndUa(render(kind, logo, SERVICE));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("logos")
    void conformsToPdfAAndPdfUaWithoutAServiceName(DocumentKind kind, String what, byte[] logo) {
        VeraPdf.assertPdfAAndUa(render(kind, logo, null));
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void theLogoIsDrawnOnPageOneAboveTheServiceName(DocumentKind kind) throws IOException {
        try (PDDocument doc = Pdfs.load(render(kind, pngWithAlpha(), SERVICE))) {
            List<PDImageXObject> drawn = imagesDrawn(doc.getPage(0));

            assertThat(drawn).singleElement().satisfies(image -> {
                assertThat(image.getWidth()).isEqualTo(240);
                assertThat(image.getHeight()).isEqualTo(80);
                assertThat(image.getBitsPerComponent()).isEqualTo(8);
                assertThat(image.getCOSObject().getDictionaryObject(COSName.SMASK)).isNotNull();
            });
            // Decoration beside the name: no Figure; the name is text on page 1.
            assertThat(Pdfs.structureTypes(doc)).doesNotContain("Figure");
        }
        assertThat(TestDocs.flat(Pdfs.pageTexts(render(kind, pngWithAlpha(), SERVICE)).get(0))).contains(SERVICE);
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void withoutAServiceNameTheLogoIsAFigureWithAlternativeText(DocumentKind kind) throws IOException {
        try (PDDocument doc = Pdfs.load(render(kind, jpeg(), null))) {
            assertThat(imagesDrawn(doc.getPage(0))).singleElement()
                    .satisfies(image -> assertThat(image.getCOSObject().getDictionaryObject(COSName.SMASK)).isNull());
            assertThat(Pdfs.structureTypes(doc)).contains("Figure");
            var figure = doc.getDocumentCatalog().getStructureTreeRoot().getKids().stream()
                    .flatMap(k -> ((org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement) k)
                            .getKids().stream())
                    .filter(k -> k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e
                            && "Figure".equals(e.getStructureType()))
                    .map(k -> (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement) k)
                    .findFirst().orElseThrow();
            assertThat(figure.getAlternateDescription()).isEqualTo("Logo");
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void noLogoNoImage(DocumentKind kind) throws IOException {
        try (PDDocument doc = Pdfs.load(render(kind, null, SERVICE))) {
            assertThat(imagesDrawn(doc.getPage(0))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void theSameLogoGivesTheSameBytesAndAnotherLogoAnotherFile(DocumentKind kind) {
        byte[] first = render(kind, pngWithAlpha(), SERVICE);

        assertThat(render(kind, pngWithAlpha(), SERVICE)).isEqualTo(first);
        assertThat(id(render(kind, jpeg(), SERVICE))).isNotEqualTo(id(first));
        assertThat(id(render(kind, null, SERVICE))).isNotEqualTo(id(first));
    }

    @Test
    void optionsCopyTheFileAndCompareByItsBytes() {
        byte[] file = pngWithAlpha();
        PdfOptions options = TestDocs.options(PLAN).withLogo(file);
        byte[] before = Documents.toBytes(DocumentKind.CARD, PLAN, options);
        Arrays.fill(file, 100, 200, (byte) 0);

        assertThat(Documents.toBytes(DocumentKind.CARD, PLAN, options)).isEqualTo(before);
        assertThat(options).isEqualTo(TestDocs.options(PLAN).withLogo(pngWithAlpha()))
                .hasSameHashCodeAs(TestDocs.options(PLAN).withLogo(pngWithAlpha()))
                .isNotEqualTo(TestDocs.options(PLAN).withLogo(jpeg()))
                .isNotEqualTo(TestDocs.options(PLAN));
        assertThat(options.toString()).contains("logo=set");
        assertThat(TestDocs.options(PLAN).toString()).contains("logo=none");
        assertThat(options.logo().toBytes()).isEqualTo(pngWithAlpha());
        assertThat(options.logo().format()).isEqualTo("PNG");
        assertThat(options.withLogo((byte[]) null).logo()).isNull();
    }

    @Test
    void refusesATruncatedPng() {
        byte[] png = pngWithAlpha();

        assertThatThrownBy(() -> Logo.of(Arrays.copyOf(png, png.length / 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
    }

    @Test
    void refusesATruncatedJpeg() {
        byte[] jpeg = jpeg();

        assertThatThrownBy(() -> Logo.of(Arrays.copyOf(jpeg, jpeg.length * 2 / 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
    }

    @Test
    void refusesHugeDimensionsBeforeDecodingThem() {
        assertThatThrownBy(() -> Logo.of(pngClaiming(100_000, 100_000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100000 x 100000 pixels");
        assertThatThrownBy(() -> Logo.of(pngClaiming(4096, 2048)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4096 x 2048 pixels");
    }

    @Test
    void refusesWhatIsNotAnImageWithoutRepeatingIt() {
        byte[] text = "Zoë Example, 12 Acacia Avenue".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Logo.of(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the logo is not a PNG or JPEG image");
        assertThatThrownBy(() -> Logo.of(new byte[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the logo is empty");
        assertThatThrownBy(() -> TestDocs.options(PLAN).withLogo(new byte[LogoImage.MAX_BYTES + 1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 MiB");
    }

    private static byte[] id(byte[] pdf) {
        try (PDDocument doc = Pdfs.load(pdf)) {
            return doc.getDocument().getDocumentID().getString(0).getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The images a page's content stream draws, in order. */
    private static List<PDImageXObject> imagesDrawn(PDPage page) throws IOException {
        List<PDImageXObject> drawn = new ArrayList<>();
        PDFStreamEngine engine = new PDFStreamEngine() {
            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                if ("Do".equals(operator.getName()) && operands.get(0) instanceof COSName name
                        && getResources().getXObject(name) instanceof PDImageXObject image) {
                    drawn.add(image);
                }
                super.processOperator(operator, operands);
            }
        };
        engine.processPage(page);
        return drawn;
    }
}
