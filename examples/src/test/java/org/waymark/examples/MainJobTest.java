package org.waymark.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.json.ExamplePlans;

/** The main job end to end: every example plan validated, reported and rendered, the same bytes every run. */
class MainJobTest {

    @TempDir
    Path dir;

    @Test
    void rendersThreeDocumentsPerExampleAndPrintsEachReport() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        MainJob.run(dir.resolve("a"), MainJob.DEFAULT_DATE, new PrintStream(printed, true, StandardCharsets.UTF_8));
        MainJob.run(dir.resolve("b"), MainJob.DEFAULT_DATE, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        String report = printed.toString(StandardCharsets.UTF_8);
        for (String name : ExamplePlans.names()) {
            assertThat(report).contains(name);
            for (String doc : new String[] {"care-plan", "person", "card"}) {
                Path pdf = dir.resolve("a").resolve(name + "-" + doc + ".pdf");
                assertThat(pdf).isNotEmptyFile();
                assertThat(Files.readAllBytes(pdf)).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(name + "-" + doc + ".pdf")));
            }
        }
        assertThat(report).contains("adult-outpatient-complete (active, en-GB) — checked at final on 2026-11-23. Acceptable: 0 errors, 0 warnings.")
                .contains("RISK-PLAN-PRESENT");
    }
}
