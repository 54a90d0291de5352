package org.waymark.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;
import org.waymark.pdf.internal.layout.Pdfs;

/**
 * What a screen reader gets by following the tags reads like the page: the text of every tagged
 * marked-content sequence, split into words, holds only words that Poppler's {@code pdftotext}
 * (which reads the page geometry and ignores the tags) also finds. A line that wraps at a space
 * must end with a space in the tagged text, or "Call" and "0161 496 0000" on two lines become
 * "Call0161". Skipped where poppler-utils is not installed.
 */
class TaggedTextTest {

    static Stream<Arguments> documents() {
        List<Arguments> list = new ArrayList<>();
        for (String name : ExamplePlans.names()) {
            for (DocumentKind kind : DocumentKind.values()) {
                list.add(Arguments.of(name, kind));
            }
        }
        // Random plans' care plans are left out: a word wider than a narrow column ("Discontinued"
        // under "Owner and status") is broken between letters, where no space belongs, and
        // pdftotext then reads two words.
        for (long seed = 1; seed <= 8; seed++) {
            list.add(Arguments.of("random " + seed, DocumentKind.PERSON));
        }
        return list.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void everyTaggedWordIsAWordOnThePage(String name, DocumentKind kind, @TempDir Path dir) throws Exception {
        assumeTrue(onPath("pdftotext"), "pdftotext (poppler-utils) is not installed");
        CarePlan plan = name.startsWith("random ") ? RandomPlans.plan(Long.parseLong(name.substring(7)))
                : ExamplePlans.load(name);
        byte[] pdf = TestDocs.render(kind, plan);

        List<String> page = words(pdftotext(dir, pdf));
        Set<String> pageWords = new HashSet<>(page);
        // pdftotext, reading the geometry, may run two close table cells together; a tagged word
        // found inside one of its words is fine. A join in the tags ("Call0161", "everyday") is
        // found inside none.
        String pageText = " " + String.join(" ", page) + " ";
        List<String> tagWords = words(taggedText(pdf));

        assertThat(tagWords).isNotEmpty();
        assertThat(tagWords).allSatisfy(w -> assertThat(pageWords.contains(w) || pageText.contains(w))
                .as("'%s' is a word of the page", w).isTrue());
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.replace('\u00a0', ' ').split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    /** The text of each tagged marked-content sequence, as its glyphs give it, one per line. */
    static String taggedText(byte[] pdf) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (PDDocument doc = Pdfs.load(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                for (PDMarkedContent mc : extractor.getMarkedContents()) {
                    append(mc, sb);
                }
            }
        }
        return sb.toString();
    }

    private static void append(PDMarkedContent mc, StringBuilder sb) {
        if (mc.getMCID() >= 0) {
            for (Object o : mc.getContents()) {
                if (o instanceof TextPosition tp) {
                    sb.append(tp.getUnicode());
                }
            }
            sb.append('\n');
        }
        for (Object o : mc.getContents()) {
            if (o instanceof PDMarkedContent inner) {
                append(inner, sb);
            }
        }
    }

    private static String pdftotext(Path dir, byte[] pdf) throws IOException, InterruptedException {
        Path file = dir.resolve("doc.pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        return text;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
