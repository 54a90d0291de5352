package org.waymark.pdf.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.pdf.FontSet;
import org.waymark.pdf.Paper;
import org.waymark.pdf.RenderException;
import org.waymark.pdf.TestRendering;

/** Unicode text sets correctly, or fails up front with a typed error that names only the code point. */
class FontTest {

    private static final String PRIVATE = "Private words about a person";

    @Test
    void latinGreekAndCyrillicNamesComeBackOutOfThePdf() {
        String names = "Zoë Łukasz-Núñez, Ærøskøbing, Şükrü Çağlar, Αλέξανδρος Παπαδόπουλος, Анастасия Вонсович";
        LayoutDocument doc = Samples.builder().heading(1, names).paragraph(names)
                .add(Table.builder("Name", "Ĳsselmeer").row(names, "ŉ ǅ ẞ").build()).build();

        byte[] pdf = TestRendering.render(doc, Samples.options(Paper.A4));

        assertThat(Pdfs.text(pdf).replaceAll("\\s+", " ")).contains(names).contains("ŉ ǅ ẞ");
        VeraPdf.assertPdfAAndUa(pdf);
    }

    @Test
    void decomposedTextIsComposedAndInvisibleFormatCharactersAreDropped() {
        LayoutDocument doc = Samples.builder().heading(1, "Zoe\u0308")
                .paragraph("soft\u00ADhyphen zero\u200Bwidth\uFEFF \u2764\uFE0F").build();

        String text = Pdfs.text(TestRendering.render(doc, Samples.options(Paper.A4)));

        assertThat(text).contains("Zoë").contains("softhyphen zerowidth \u2764");
    }

    @ParameterizedTest
    @CsvSource({
        "0x0627, RIGHT_TO_LEFT_SCRIPT, U+0627 ARABIC LETTER ALEF",
        "0x05D0, RIGHT_TO_LEFT_SCRIPT, U+05D0 HEBREW LETTER ALEF",
        "0x0915, COMPLEX_SCRIPT, U+0915 DEVANAGARI LETTER KA",
        "0x4E2D, MISSING_GLYPH, U+4E2D CJK UNIFIED IDEOGRAPHS 4E2D",
        "0x0007, UNPRINTABLE_CHARACTER, U+0007",
        "0xE000, UNPRINTABLE_CHARACTER, U+E000 PRIVATE USE AREA E000"
    })
    void textThatCannotBeSetFailsWithTheCodePointAndWhereButNoText(String codePoint, RenderException.Reason reason,
            String described) {
        String character = Character.toString(Integer.decode(codePoint));
        LayoutDocument doc = Samples.builder().add(new Heading(1, "Plan", "plan"))
                .add(new Heading(2, "Contacts", "contacts"))
                .add(Table.builder("Who", "Notes").row("A", "B").row("C", PRIVATE + " " + character).build())
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        RenderException e = catchThrowableOfType(RenderException.class,
                () -> TestRendering.render(doc, Samples.options(Paper.A4), out));

        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.codePoint()).hasValue(Integer.decode(codePoint));
        assertThat(e.location()).isEqualTo("section 'contacts' at blocks[2].rows[1].cells[1]");
        assertThat(e.getMessage()).startsWith(described)
                .contains(" in section 'contacts' at blocks[2].rows[1].cells[1] cannot be set: ")
                .doesNotContain("Private");
        assertThat(out.size()).as("nothing written").isZero();
    }

    @Test
    void arabicInAParagraphIsRefusedBeforeAnythingIsDrawn() {
        LayoutDocument doc = Samples.builder().heading(1, "Plan").paragraph("Name: " + "\u0632\u0648\u064A").build();

        RenderException e = catchThrowableOfType(RenderException.class,
                () -> TestRendering.render(doc, Samples.options(Paper.A6)));

        assertThat(e.getMessage()).isEqualTo(
                "U+0632 ARABIC LETTER ZAIN in blocks[1] cannot be set: right-to-left scripts are not supported");
    }

    @Test
    void aHostFontLeadsAndDejaVuFillsTheGaps() throws IOException {
        byte[] liberation;
        try (InputStream in = PDDocument.class
                .getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            liberation = in.readAllBytes();
        }
        byte[] dejavu;
        try (InputStream in = FontSet.class.getClassLoader()
                .getResourceAsStream("net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            dejavu = in.readAllBytes();
        }
        FontSet fonts = FontSet.of("Liberation Sans", liberation, null).withFallback("DejaVu Sans", dejavu);
        LayoutDocument doc = Samples.builder().heading(1, "Host font").add(Checkbox.of("Ticked on paper")).build();

        byte[] pdf = TestRendering.render(doc, Samples.options(Paper.A4).withFonts(fonts));

        assertThat(fonts.familyNames()).containsExactly("Liberation Sans", "DejaVu Sans");
        assertThat(fonts.hasGlyph(0x2610)).isTrue();
        assertThat(fontNames(pdf)).anyMatch(n -> n.endsWith("+LiberationSans"))
                .anyMatch(n -> n.endsWith("+DejaVuSans"));
        assertThat(Pdfs.text(pdf)).contains("☐ Ticked on paper");
        VeraPdf.assertPdfAAndUa(pdf);
    }

    @Test
    void somethingThatIsNotATrueTypeFontIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FontSet.standard().withFallback("junk", new byte[] {1, 2, 3, 4, 5, 6, 7, 8}))
                .withMessageContaining("junk");
    }

    @Test
    void standardFontsAreEmbeddedAsSubsets() {
        byte[] pdf = TestRendering.render(Samples.everything(), Samples.options(Paper.A4));

        assertThat(fontNames(pdf)).isNotEmpty()
                .allMatch(n -> n.matches("[A-Z]{6}\\+DejaVuSans(-Bold|-Oblique)?"));
        assertThat(pdf.length).as("subsets, not whole 700 kB fonts").isLessThan(120_000);
    }

    @Test
    void commonTextUsesTheCutDownFacesAndRareCharactersTheFullOnes() {
        LayoutDocument common = Samples.builder().heading(1, "Plan").paragraph("Zoë Ελληνικά Русский ☐ ✓").build();
        LayoutDocument rare = Samples.builder().heading(1, "Plan").paragraph("Zoë ∀x ∈ ℝ ⌘ ▲").build();

        byte[] rarePdf = TestRendering.render(rare, Samples.options(Paper.A4));

        assertThat(FontSet.standard().familyNames())
                .containsExactly("DejaVu Sans (common characters)", "DejaVu Sans");
        assertThat(fontNames(TestRendering.render(common, Samples.options(Paper.A4)))).hasSize(2);
        assertThat(fontObjects(rarePdf)).as("regular from both cuts, and bold").isEqualTo(3);
        assertThat(Pdfs.text(rarePdf)).contains("Zoë ∀x ∈ ℝ ⌘ ▲");
        VeraPdf.assertPdfAAndUa(rarePdf);
    }

    private static long fontObjects(byte[] pdf) {
        try (PDDocument doc = Pdfs.load(pdf)) {
            Set<org.apache.pdfbox.cos.COSBase> fonts = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getCOSObject());
                }
            }
            return fonts.size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> fontNames(byte[] pdf) {
        Set<String> names = new HashSet<>();
        try (PDDocument doc = Pdfs.load(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    names.add(font.getName());
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return names;
    }

    @Test
    void fontSetIsReusableAcrossPapers() {
        for (Paper paper : List.of(Paper.A4, Paper.A6)) {
            assertThat(TestRendering.render(Samples.everything(), Samples.options(paper))).isNotEmpty();
        }
    }
}
