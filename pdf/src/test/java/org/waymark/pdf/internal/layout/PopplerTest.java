package org.waymark.pdf.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pdf.Paper;
import org.waymark.pdf.TestRendering;

/**
 * Poppler's {@code pdftotext}, which ignores tags and reads the page geometry, gets the text out
 * in reading order too. Skipped where poppler-utils is not installed.
 */
class PopplerTest {

    @Test
    void pdftotextReadsInReadingOrder(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("pdftotext"), "pdftotext (poppler-utils) is not installed");
        Path pdf = dir.resolve("plan.pdf");
        Files.write(pdf, TestRendering.render(Samples.everything(), Samples.options(Paper.A6)));

        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isZero();
        assertThat(text).containsSubsequence("Care plan for Zoë Łukasz-Núñez", "This plan was agreed together",
                "Ελληνικά", "Русский", "Warning signs", "Not sleeping", "Steps to take", "10. Ten items", "Contacts",
                "Who", "How to reach them", "When", "Contact person", "number 1", "Telephone 0100 000", "001",
                "Contact person", "number 14", "Agreement", "☐ I have been given", "☒ I agree", "Signatures",
                "Signed (person)", "Signed (clinician)", "Page 4 of 4");
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
