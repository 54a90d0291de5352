package org.waymark.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.waymark.model.CarePlan;
import org.waymark.pdf.internal.layout.Pdfs;

/** Rendering and reading back documents in tests. */
final class TestDocs {

    static final Instant CREATED = Instant.parse("2026-11-23T10:00:00Z");

    /** What must never be printed (NICE NG225 1.6): stratification into risk levels or scores. */
    static final Pattern FORBIDDEN = Pattern.compile("risk level|risk score|low risk|medium risk|moderate risk|high risk",
            Pattern.CASE_INSENSITIVE);

    private TestDocs() {
    }

    static PdfOptions options(CarePlan plan) {
        return PdfOptions.forLocale(plan.person().locale(), CREATED);
    }

    static byte[] render(DocumentKind kind, CarePlan plan) {
        return Documents.toBytes(kind, plan, options(plan));
    }

    /** The extracted text, with no-break spaces read as spaces. */
    static String text(byte[] pdf) {
        return Pdfs.text(pdf).replace('\u00a0', ' ');
    }

    /** The extracted text with all whitespace collapsed to single spaces, for finding wrapped phrases. */
    static String flatText(byte[] pdf) {
        return text(pdf).replaceAll("\\s+", " ");
    }

    static String flat(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    /** The font size of every glyph drawn as text (content and page furniture). */
    static List<Float> fontSizes(byte[] pdf) {
        List<Float> sizes = new ArrayList<>();
        try (PDDocument doc = Pdfs.load(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        if (!p.getUnicode().isBlank()) {
                            sizes.add(p.getFontSizeInPt());
                        }
                    }
                }
            };
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizes;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
