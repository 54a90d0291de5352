package org.waymark.benchmarks;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;
import org.waymark.pdf.CarePlanDocument;
import org.waymark.pdf.PdfOptions;
import org.waymark.pdf.internal.doc.CarePlanLayout;
import org.waymark.pdf.internal.layout.PageSize;
import org.waymark.pdf.internal.layout.RenderSettings;

/**
 * Documents per second for the complete example care plan (10 A4 pages), printed three ways in
 * the same run:
 * <ul>
 *   <li>{@link #waymarkCarePlan()}: {@link CarePlanDocument} with every guarantee: layout,
 *       PDF/A-2u, PDF/UA-1 tags, embedded subset fonts, bookmarks, reproducible bytes;</li>
 *   <li>{@link #floorBarePdfbox()}: the floor: bare PDFBox writing the same text line by line in
 *       Helvetica (ASCII-folded where Helvetica cannot print a character), with no layout, tags,
 *       metadata or embedded font;</li>
 *   <li>{@link #openHtmlToPdf()}: openhtmltopdf 1.1.65 (on PDFBox 3) printing equivalent HTML of
 *       the same blocks (headings, paragraphs, lists, tables) with its default fonts.</li>
 * </ul>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar PdfBenchmark -t 1} and again with
 * {@code -t 2} for two threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PdfBenchmark {

    /** Held strongly: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    private CarePlan plan;
    private PdfOptions options;
    private List<String> lines;
    private String html;
    private PDType1Font helvetica;

    /** Loads the plan and prepares the baselines' inputs from the same content. */
    @Setup
    public void setUp() throws IOException {
        // Logging is not what is measured: PDFBox and openhtmltopdf warn about Helvetica fallbacks.
        PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        plan = ExamplePlans.load(ExamplePlans.ADULT_COMPLETE);
        options = PdfOptions.forLocale(plan.person().locale(), Instant.parse("2026-11-23T10:00:00Z"));
        byte[] pdf = CarePlanDocument.toBytes(plan, options);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            lines = List.of(foldToAscii(new PDFTextStripper().getText(doc)).split("\r?\n"));
        }
        html = Html.of(CarePlanLayout.layout(plan, null, RenderSettings.of(PageSize.A4, options.created())));
        // A standard 14 font is not embedded, so one instance serves every document; creating it per
        // document would also log PDFBox's "fallback font" warning each time.
        helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    /** Waymark: the clinician's care plan with every guarantee. */
    @Benchmark
    public byte[] waymarkCarePlan() {
        return CarePlanDocument.toBytes(plan, options);
    }

    /** The floor: the same text written line by line in Helvetica, nothing else. */
    @Benchmark
    public byte[] floorBarePdfbox() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = helvetica;
            float size = 10.5f;
            float leading = size * 1.3f;
            PDRectangle a4 = PDRectangle.A4;
            PDPageContentStream cs = null;
            float y = 0;
            for (String line : lines) {
                if (cs == null || y < 56) {
                    if (cs != null) {
                        cs.endText();
                        cs.close();
                    }
                    PDPage page = new PDPage(a4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    cs.beginText();
                    cs.setFont(font, size);
                    y = a4.getHeight() - 62;
                    cs.newLineAtOffset(56, y);
                }
                cs.showText(line);
                cs.newLineAtOffset(0, -leading);
                y -= leading;
            }
            if (cs != null) {
                cs.endText();
                cs.close();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** openhtmltopdf: equivalent HTML of the same content. */
    @Benchmark
    public byte[] openHtmlToPdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
        return out.toByteArray();
    }

    /** Helvetica's WinAnsi set cannot print "Ł" or Greek: strip accents, then replace the rest with '?'. */
    static String foldToAscii(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder sb = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            sb.append(c == '\n' || c == '\r' || (c >= 0x20 && c < 0x7f) ? c : '?');
        }
        return sb.toString();
    }
}
