package org.waymark.pdf.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.pdf.Paper;
import org.waymark.pdf.TestRendering;

/**
 * Renders long documents in a fresh JVM limited to a 64 MB heap: memory stays bounded, and the
 * bytes equal those rendered in this JVM (no dependence on the JVM run, its clock or hash seeds).
 */
class ForkedRenderTest {

    @Test
    void longDocumentsRenderIn64MegabytesAndMatchAcrossJvms(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("table.pdf");
        Path paragraph = dir.resolve("paragraph.pdf");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), SampleMain.class.getName(),
                "longtable", "A4", table.toString(), "longparagraph", "A6", paragraph.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile())
                .start();
        int exit = process.waitFor();

        assertThat(exit).as(Files.readString(dir.resolve("log.txt"))).isZero();
        assertThat(Files.readAllBytes(table))
                .isEqualTo(TestRendering.render(SampleMain.sample("longtable"), Samples.options(Paper.A4)));
        assertThat(Files.readAllBytes(paragraph))
                .isEqualTo(TestRendering.render(SampleMain.sample("longparagraph"), Samples.options(Paper.A6)));
    }
}
