package org.waymark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.json.ExamplePlans;
import org.waymark.json.PlanJson;
import org.waymark.model.CarePlan;
import org.waymark.model.PlanOrigin;
import org.waymark.model.PlanStatus;
import org.waymark.research.CsvExport;
import picocli.CommandLine;

/** The command line, in process: exit codes and outputs of every command. */
class WaymarkCliTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = Waymark.commandLine(CLOCK);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = Waymark.run(cl, args);
        return new Run(code, out.toString(), err.toString());
    }

    Path example(String name) throws IOException {
        Path file = dir.resolve(name + ".json");
        try (InputStream in = ExamplePlans.class.getResourceAsStream(ExamplePlans.resource(name))) {
            Files.copy(in, file);
        }
        return file;
    }

    Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void templatesListsTheFiveTemplates() {
        Run r = run("templates");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("nice-care-plan", "safety-plan", "treatment-plan", "review-after-episode", "information-for-person");
    }

    @Test
    void rulesListsTheCatalogue() {
        Run r = run("rules");

        assertThat(r.code()).isZero();
        assertThat(r.out().lines().skip(1)).hasSizeGreaterThanOrEqualTo(33)
                .anyMatch(l -> l.startsWith("NO-RISK-PREDICTION")).anyMatch(l -> l.startsWith("REVIEW-WITHIN-12-MONTHS"));
    }

    @Test
    void newPrintsADraftFromATemplate() {
        Run r = run("new", "--template", "nice-care-plan", "--locale", "en-US", "--person-id", "p-42", "--date", "2026-11-23");

        assertThat(r.code()).isZero();
        CarePlan plan = PlanJson.read(r.out());
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.person().id()).isEqualTo("p-42");
        assertThat(plan.person().locale().toLanguageTag()).isEqualTo("en-US");
    }

    @Test
    void newRejectsAnUnknownTemplateOrLocale() {
        assertThat(run("new", "--template", "risk-level-form", "--locale", "en-GB").code()).isEqualTo(Waymark.UNREADABLE);
        Run r = run("new", "--template", "safety-plan", "--locale", "fr-FR");
        assertThat(r.code()).isEqualTo(Waymark.UNREADABLE);
        assertThat(r.err()).contains("fr-FR");
    }

    @Test
    void validateExitsZeroForAnAcceptablePlanAndOneForErrors() throws IOException {
        Path complete = example(ExamplePlans.ADULT_COMPLETE);
        Path draft = example(ExamplePlans.DRAFT_WITH_GAPS);

        assertThat(run("validate", complete.toString()).code()).isZero();
        assertThat(run("validate", "--stage", "draft", draft.toString()).code()).isZero();
        Run r = run("validate", "--stage", "final", draft.toString());
        assertThat(r.code()).isEqualTo(Waymark.FINDINGS);
        assertThat(r.out()).contains("RISK-PLAN-PRESENT", "riskManagementPlan");
    }

    @Test
    void validateReportsAnUnreadableFileWithItsNameAndPathAndExitsTwo() throws IOException {
        Path good = example(ExamplePlans.ADULT_COMPLETE);
        Path bad = file("bad.json", "{\"schemaVersion\": \"1.0\", \"plan\": {\"id\": \"x\", \"riskScore\": 7}}");

        Run r = run("validate", good.toString(), bad.toString());

        assertThat(r.code()).isEqualTo(Waymark.UNREADABLE);
        assertThat(r.out()).contains(good + ": Acceptable").contains(bad + ": unreadable")
                .contains("$.plan.riskScore").contains("NO-RISK-PREDICTION");
    }

    @Test
    void validateWritesJsonWithIdsSeveritiesPathsAndCitations() throws Exception {
        Path draft = example(ExamplePlans.DRAFT_WITH_GAPS);

        Run r = run("validate", "--format", "json", "--on", "2026-11-23", draft.toString());

        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("stage").asText()).isEqualTo("final");
        assertThat(json.get("evaluatedOn").asText()).isEqualTo("2026-11-23");
        JsonNode findings = json.get("files").get(0).get("findings");
        assertThat(findings.size()).isGreaterThan(5);
        assertThat(findings).allSatisfy(f -> assertThat(f.fieldNames()).toIterable()
                .contains("ruleId", "severity", "path", "message", "citation"));
        assertThat(json.get("files").get(0).get("acceptable").asBoolean()).isFalse();
    }

    @Test
    void validateRejectsABadOption() throws IOException {
        Path complete = example(ExamplePlans.ADULT_COMPLETE);

        assertThat(run("validate", "--stage", "sometime", complete.toString()).code()).isEqualTo(Waymark.UNREADABLE);
        assertThat(run("validate", "--profile", "ng999", complete.toString()).code()).isEqualTo(Waymark.UNREADABLE);
    }

    @Test
    void renderWritesAPdfAndIsByteIdenticalWithAFixedDate() throws IOException {
        Path plan = example(ExamplePlans.YOUNG_PERSON_FAMILY);
        Path a = dir.resolve("a.pdf");
        Path b = dir.resolve("b.pdf");

        Run r = run("render", plan.toString(), "--document", "card", "--out", a.toString(), "--created", "2026-11-23T09:00:00Z");
        run("render", plan.toString(), "--document", "card", "--out", b.toString(), "--created", "2026-11-23T09:00:00Z");

        assertThat(r.code()).isZero();
        assertThat(Files.readAllBytes(a)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void renderEncryptsWithAPasswordFileAndNeverPrintsThePassword() throws IOException {
        Path plan = example(ExamplePlans.ADULT_COMPLETE);
        Path password = file("password.txt", "correct horse battery\n");
        Path out = dir.resolve("locked.pdf");

        Run r = run("render", plan.toString(), "--document", "person", "--out", out.toString(), "--password-file", password.toString());

        assertThat(r.code()).isZero();
        assertThat(new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1)).contains("/Encrypt");
        assertThat(r.out() + r.err()).doesNotContain("correct horse");
    }

    @Test
    void renderRejectsAnUnknownDocumentAndLeavesNoFile() throws IOException {
        Path plan = example(ExamplePlans.ADULT_COMPLETE);
        Path out = dir.resolve("x.pdf");

        assertThat(run("render", plan.toString(), "--document", "poster", "--out", out.toString()).code()).isEqualTo(Waymark.UNREADABLE);
        assertThat(out).doesNotExist();
    }

    @Test
    void batchSkipsABadFileInTheMiddleAndRendersTheRest() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = dir.resolve("out");
        Files.copy(example(ExamplePlans.ADULT_COMPLETE), in.resolve("a.json"));
        Files.writeString(in.resolve("b.json"), "{\"schemaVersion\": \"1.0\", \"plan\": {");
        Files.copy(example(ExamplePlans.DRAFT_WITH_GAPS), in.resolve("c.json"));

        Run r = run("batch", in.toString(), "--out", out.toString(), "--threads", "2", "--created", "2026-11-23T09:00:00Z");

        assertThat(r.code()).isEqualTo(Waymark.UNREADABLE);
        assertThat(r.out()).contains("2 plans processed, 1 skipped");
        assertThat(r.err()).contains("b.json").contains("unreadable");
        for (String name : List.of("a", "c")) {
            assertThat(out.resolve(name)).isDirectory();
            assertThat(Stream.of("care-plan.pdf", "person.pdf", "card.pdf", "validation.txt")).allSatisfy(f ->
                    assertThat(out.resolve(name).resolve(f)).isNotEmptyFile());
        }
        assertThat(out.resolve("b")).doesNotExist();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(Path::toString)).noneMatch(f -> f.endsWith(".part"));
        }
    }

    @Test
    void synthIsDeterministicPerSeedAndMarksPlansSynthetic() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");

        assertThat(run("synth", "--count", "5", "--seed", "7", "--out", a.toString()).code()).isZero();
        run("synth", "--count", "5", "--seed", "7", "--out", b.toString());

        try (Stream<Path> files = Files.list(a)) {
            List<Path> list = files.sorted().toList();
            assertThat(list).hasSize(5);
            for (Path f : list) {
                assertThat(Files.readAllBytes(f)).isEqualTo(Files.readAllBytes(b.resolve(f.getFileName())));
                assertThat(PlanJson.read(f).origin()).isEqualTo(PlanOrigin.SYNTHETIC);
            }
        }
        assertThat(run("synth", "--count", "0", "--out", a.toString()).code()).isEqualTo(Waymark.UNREADABLE);
    }

    @Test
    void exportWritesTidyTablesWithTheDocumentedColumns() throws IOException {
        Path plans = dir.resolve("plans");
        Path out = dir.resolve("tables");
        run("synth", "--count", "12", "--seed", "3", "--out", plans.toString());

        Run r = run("export", "--format", "csv", "--out", out.toString(), plans.toString());

        assertThat(r.code()).isZero();
        assertThat(Files.readAllLines(out.resolve("plans.csv"))).hasSize(13)
                .first().isEqualTo(String.join(",", CsvExport.PLAN_COLUMNS));
        assertThat(Files.readAllLines(out.resolve("goals.csv")).get(0)).isEqualTo(String.join(",", CsvExport.GOAL_COLUMNS));
        assertThat(Files.readAllLines(out.resolve("reviews.csv")).get(0)).isEqualTo(String.join(",", CsvExport.REVIEW_COLUMNS));
        assertThat(Files.readAllLines(out.resolve("findings.csv")).get(0)).isEqualTo(String.join(",", CsvExport.FINDING_COLUMNS));
        assertThat(Files.readAllLines(out.resolve("plans.csv")).stream().skip(1))
                .allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(CsvExport.PLAN_COLUMNS.size()));
        List<String> methods = Files.readAllLines(out.resolve("methods.csv"));
        assertThat(methods.get(0)).isEqualTo(String.join(",", CsvExport.METHOD_COLUMNS));
        // Synthetic plans record every method's rate: a count, its period and the episodes a year it makes.
        assertThat(methods.stream().skip(1)).isNotEmpty().allSatisfy(line -> {
            String[] v = line.split(",", -1);
            assertThat(v).hasSize(CsvExport.METHOD_COLUMNS.size());
            int perYear = switch (v[4]) {
                case "day" -> 365;
                case "week" -> 52;
                case "month" -> 12;
                default -> 1;
            };
            assertThat(Integer.parseInt(v[5])).isEqualTo(Integer.parseInt(v[3]) * perYear);
        });
    }

    @Test
    void helpWorksEverywhere() {
        for (String command : List.of("validate", "render", "new", "batch", "templates", "rules", "synth", "export")) {
            Run r = run(command, "--help");
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: waymark " + command);
        }
    }
}
