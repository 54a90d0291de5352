package org.waymark.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the single-file script in {@code examples/scripts} compiling and running against the library. */
class ResearchExampleScriptTest {

    @TempDir
    Path classes;

    @Test
    void theScriptCompilesAndPrintsATableOfRules() throws Exception {
        Path script = Path.of("scripts", "ResearchExample.java");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), script.toString());
        assertThat(status).isZero();

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass("ResearchExample").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("A new NICE care plan draft: 0 errors");
        assertThat(lines).contains("Findings in 100 synthetic plans at the final stage:")
                .anyMatch(l -> l.startsWith("RISK-PLAN-PRESENT") || l.startsWith("GOAL-SMART"));
    }
}
