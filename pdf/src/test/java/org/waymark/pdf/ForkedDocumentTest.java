package org.waymark.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.json.ExamplePlans;

/**
 * Prints every document of every example in a fresh JVM with a 64 MB heap and compares the bytes
 * with this JVM's: nothing depends on the run, the clock, the default locale or hash seeds.
 */
class ForkedDocumentTest {

    @Test
    void aFreshJvmPrintsTheSameBytes(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx64m", "-XX:+UseSerialGC", "-Duser.language=de",
                "-Duser.country=DE", "-cp", System.getProperty("java.class.path"), RenderExamplesMain.class.getName(),
                dir.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile())
                .start();
        int exit = process.waitFor();

        assertThat(exit).as(Files.readString(dir.resolve("log.txt"))).isZero();
        for (String name : ExamplePlans.names()) {
            for (DocumentKind kind : DocumentKind.values()) {
                assertThat(Files.readAllBytes(dir.resolve(name + "-" + kind.code() + ".pdf")))
                        .as("%s %s", name, kind).isEqualTo(TestDocs.render(kind, ExamplePlans.load(name)));
            }
        }
    }
}
