package org.waymark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.json.ExamplePlans;

/** {@code batch}: output folders stay inside --out, every file is counted, a plan's documents appear together. */
class BatchOutputTest {

    static final String CREATED = "2026-11-23T09:00:00Z";

    @TempDir
    Path dir;

    Path in;
    Path out;

    Path plan(String fileName) throws IOException {
        in = Files.createDirectories(dir.resolve("in"));
        Path file = in.resolve(fileName);
        try (InputStream s = ExamplePlans.class.getResourceAsStream(ExamplePlans.resource(ExamplePlans.ADULT_COMPLETE))) {
            Files.copy(s, file);
        }
        return file;
    }

    WaymarkCliTest.Run batch() {
        out = dir.resolve("out");
        return WaymarkCliTest.run("batch", in.toString(), "--out", out.toString(), "--created", CREATED);
    }

    List<String> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void hostileFileNamesNeverLeaveTheOutputFolderAndEveryFileIsCounted() throws IOException {
        List<String> names = List.of("..json", "...json", "CON.json", "nul.JSON", "Zoë Łukasz.Json", "a\u202Eb.json",
                "x".repeat(200) + ".json", "plain.json");
        for (String n : names) {
            plan(n);
        }
        Files.writeString(in.resolve("notes.txt"), "not a plan");
        Files.createDirectories(in.resolve("folder.json"));
        List<String> before = tree(dir);

        WaymarkCliTest.Run r = batch();

        assertThat(r.code()).as(r.err()).isEqualTo(Waymark.UNREADABLE);
        assertThat(r.out()).contains("8 plans processed, 1 skipped");
        assertThat(r.err()).contains("folder.json: unreadable: a folder, not a plan file");
        assertThat(tree(out)).contains("_", "__", "_CON", "_nul", "Zoë_Łukasz", "a_b", "plain")
                .anyMatch(f -> f.startsWith("xxxxxxxx") && f.length() < 130 && !f.contains("/"));
        List<String> after = tree(dir);
        assertThat(after.stream().filter(f -> !before.contains(f))).allMatch(f -> f.equals("out") || f.startsWith("out/"));
        assertThat(tree(out)).noneMatch(f -> f.endsWith(".part") || f.startsWith(".") || f.contains("/."));
    }

    @Test
    void twoFilesThatWouldShareAFolderAreNotWrittenOverEachOther() throws IOException {
        plan("a.json");
        plan("A.JSON");

        WaymarkCliTest.Run r = batch();

        assertThat(r.code()).isEqualTo(Waymark.UNREADABLE);
        assertThat(r.out()).contains("1 plans processed, 1 skipped");
        assertThat(r.err()).contains("a.json: its output folder").contains("same as that of A.JSON");
        assertThat(tree(out)).contains("A/care-plan.pdf").doesNotContain("a");
    }

    @Test
    void aPlanThatNowFailsHasItsEarlierOutputsRemoved() throws IOException {
        Path file = plan("p.json");
        assertThat(batch().code()).isZero();
        assertThat(out.resolve("p/care-plan.pdf")).isNotEmptyFile();
        Files.writeString(file, "{\"schemaVersion\": \"1.0\", \"plan\": {");

        WaymarkCliTest.Run r = batch();

        assertThat(r.code()).isEqualTo(Waymark.UNREADABLE);
        assertThat(r.err()).contains("p.json: unreadable").contains("earlier outputs in " + out.resolve("p") + " were removed");
        assertThat(tree(out)).containsExactly("");
    }

    @Test
    void aRerunReplacesTheFolderWhole() throws IOException {
        plan("p.json");
        batch();
        byte[] first = Files.readAllBytes(out.resolve("p/care-plan.pdf"));

        assertThat(batch().code()).isZero();

        assertThat(Files.readAllBytes(out.resolve("p/care-plan.pdf"))).isEqualTo(first);
        assertThat(tree(out)).containsExactly("", "p", "p/card.pdf", "p/care-plan.pdf", "p/person.pdf", "p/validation.txt");
    }

    @Test
    void aFolderWithTheUsersOwnFilesIsLeftAloneAndNamed() throws IOException {
        plan("p.json");
        Files.createDirectories(dir.resolve("out/p"));
        Files.writeString(dir.resolve("out/p/mine.txt"), "keep me");

        WaymarkCliTest.Run r = batch();

        assertThat(r.code()).isEqualTo(Waymark.CANNOT_WRITE);
        assertThat(r.err()).contains(out.resolve("p") + ": cannot write: the folder holds files this command did not write")
                .contains("left alone");
        assertThat(tree(out)).containsExactly("", "p", "p/mine.txt");
    }

    @Test
    void aFileInTheWayOfAPlanFolderIsNamedAndExitsFour() throws IOException {
        plan("p.json");
        plan("q.json");
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/p"), "a file");

        WaymarkCliTest.Run r = batch();

        assertThat(r.code()).isEqualTo(Waymark.CANNOT_WRITE);
        assertThat(r.out()).contains("1 plans processed, 1 skipped");
        assertThat(r.err()).contains(out.resolve("p") + ": cannot write: something other than a folder is in the way")
                .doesNotContain(".part").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.resolve("q/card.pdf")).isNotEmptyFile();
    }

    @Test
    void anOutputFolderThatIsAFileIsNamedAndExitsFour() throws IOException {
        plan("p.json");
        Files.writeString(dir.resolve("out"), "a file");

        WaymarkCliTest.Run r = batch();

        assertThat(r.code()).isEqualTo(Waymark.CANNOT_WRITE);
        assertThat(r.err().lines()).singleElement().asString()
                .isEqualTo("waymark: " + out + ": cannot write into it: it is a file, not a folder");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesNoDocumentOfThePlanAndNamesTheTargetAndReason() throws IOException {
        Path folder = dir.resolve("out/p");
        Map<String, AtomicFiles.Writer> documents = new LinkedHashMap<>();
        documents.put("care-plan.pdf", o -> o.write(1));
        documents.put("person.pdf", o -> o.write(2));
        documents.put("card.pdf", o -> {
            throw new IOException("No space left on device");
        });
        documents.put("validation.txt", o -> o.write(4));
        Files.createDirectories(dir.resolve("out"));

        assertThatThrownBy(() -> new PlanOutput(folder).publish(documents))
                .isInstanceOfSatisfying(CliException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(Waymark.CANNOT_WRITE);
                    assertThat(e.getMessage()).isEqualTo(folder.resolve("card.pdf") + ": cannot write: No space left on device");
                });
        assertThat(tree(dir.resolve("out"))).containsExactly("");
    }

    @Test
    void aWriteThatFailsLeavesAnEarlierRunsDocumentsWholeUntilTheyAreRemoved() throws IOException {
        Path folder = dir.resolve("out/p");
        Files.createDirectories(folder);
        for (String f : PlanOutput.FILES) {
            Files.writeString(folder.resolve(f), "old " + f);
        }
        Map<String, AtomicFiles.Writer> documents = new LinkedHashMap<>();
        documents.put("care-plan.pdf", o -> o.write("new".getBytes(StandardCharsets.UTF_8)));
        documents.put("person.pdf", o -> {
            throw new java.io.UncheckedIOException(new IOException("Disk quota exceeded"));
        });
        PlanOutput output = new PlanOutput(folder);

        assertThatThrownBy(() -> output.publish(documents)).hasMessage(folder.resolve("person.pdf")
                + ": cannot write: Disk quota exceeded");
        assertThat(folder.resolve("care-plan.pdf")).hasContent("old care-plan.pdf");

        assertThat(output.removeStale()).contains("were removed");
        assertThat(tree(dir.resolve("out"))).containsExactly("");
    }

    @Test
    void theCardLayoutServiceAndNationalLinesOptionsReachEveryDocument() throws IOException {
        plan("adult.json");
        out = dir.resolve("out");
        WaymarkCliTest.Run r = WaymarkCliTest.run("batch", in.toString(), "--out", out.toString(), "--created", CREATED,
                "--card-layout", "a4-fold", "--service", "Northside Crisis Team", "--no-national-lines");

        assertThat(r.code()).as(r.err()).isZero();
        Path folder = out.resolve("adult");
        try (var card = org.apache.pdfbox.Loader.loadPDF(folder.resolve("card.pdf").toFile())) {
            assertThat(card.getNumberOfPages()).as("one folded A4 sheet").isEqualTo(1);
            var box = card.getPage(0).getMediaBox();
            assertThat(box.getWidth()).as("landscape").isGreaterThan(box.getHeight());
        }
        for (String document : List.of("care-plan.pdf", "person.pdf", "card.pdf")) {
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(folder.resolve(document).toFile())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                assertThat(text).as(document).contains("Northside Crisis Team");
            }
        }
    }

    /** A small PNG logo with transparency, written to a file. */
    Path logoFile() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(90, 30,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0, 94, 184));
        g.fillOval(0, 0, 30, 30);
        g.dispose();
        Path file = dir.resolve("logo.png");
        javax.imageio.ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void theLogoHeadsEveryDocumentOfEveryPlan() throws IOException {
        plan("adult.json");
        out = dir.resolve("out");
        WaymarkCliTest.Run r = WaymarkCliTest.run("batch", in.toString(), "--out", out.toString(), "--created", CREATED,
                "--service", "Northside Crisis Team", "--logo", logoFile().toString());

        assertThat(r.code()).as(r.err()).isZero();
        for (String document : List.of("care-plan.pdf", "person.pdf", "card.pdf")) {
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("adult").resolve(document).toFile())) {
                var resources = pdf.getPage(0).getResources();
                assertThat(resources.getXObjectNames()).as(document).singleElement()
                        .satisfies(name -> assertThat(resources.isImageXObject(name)).isTrue());
            }
        }
    }

    @Test
    void aLogoThatIsNotAnImageIsRefusedBeforeAnythingIsWritten() throws IOException {
        plan("adult.json");
        out = dir.resolve("out");
        Path notAnImage = Files.writeString(dir.resolve("logo.png"), "Zoë Example, not a picture");
        WaymarkCliTest.Run r = WaymarkCliTest.run("batch", in.toString(), "--out", out.toString(), "--created", CREATED,
                "--logo", notAnImage.toString());

        assertThat(r.code()).isEqualTo(Waymark.UNREADABLE);
        assertThat(r.err()).contains("--logo").contains("not a PNG or JPEG image").doesNotContain("Zoë");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingOrTruncatedLogoIsRefusedByRender() throws IOException {
        Path plan = plan("adult.json");
        Path pdf = dir.resolve("card.pdf");
        WaymarkCliTest.Run missing = WaymarkCliTest.run("render", plan.toString(), "--document", "card", "--out",
                pdf.toString(), "--logo", dir.resolve("nowhere.png").toString());
        byte[] png = Files.readAllBytes(logoFile());
        Path truncated = Files.write(dir.resolve("truncated.png"), java.util.Arrays.copyOf(png, png.length / 2));
        WaymarkCliTest.Run damaged = WaymarkCliTest.run("render", plan.toString(), "--document", "card", "--out",
                pdf.toString(), "--logo", truncated.toString());

        assertThat(missing.code()).isEqualTo(Waymark.UNREADABLE);
        assertThat(missing.err()).contains("--logo").contains("no such file");
        assertThat(damaged.code()).isEqualTo(Waymark.UNREADABLE);
        assertThat(damaged.err()).contains("--logo").contains("truncated");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aBadDocumentOptionIsRefusedBeforeAnythingIsWritten() throws IOException {
        plan("adult.json");
        out = dir.resolve("out");
        WaymarkCliTest.Run r = WaymarkCliTest.run("batch", in.toString(), "--out", out.toString(), "--created", CREATED,
                "--card-layout", "credit-card");

        assertThat(r.code()).isEqualTo(Waymark.UNREADABLE);
        assertThat(r.err()).contains("--card-layout must be a6 or a4-fold");
        assertThat(out).doesNotExist();
    }

    @Test
    void theDefaultNumberOfThreadsFollowsTheProcessorsAndTheHeap() {
        long mb = 1024 * 1024;
        int perThread = BatchCommand.PER_THREAD_MB;
        int base = BatchCommand.BASE_MB;

        assertThat(BatchCommand.defaultThreads(4096 * mb, 2)).as("a large heap: one per processor").isEqualTo(2);
        assertThat(BatchCommand.defaultThreads((base + 3L * perThread) * mb, 16)).as("the heap holds three").isEqualTo(3);
        assertThat(BatchCommand.defaultThreads((base + 3L * perThread - 1) * mb, 16)).isEqualTo(2);
        assertThat(BatchCommand.defaultThreads(16 * mb, 16)).as("never fewer than one").isEqualTo(1);
        assertThat(BatchCommand.defaultThreads(Long.MAX_VALUE, 256)).as("never more than 64").isEqualTo(64);
        assertThat(BatchCommand.defaultThreads(256 * mb, 64)).as("the issue's 256 MB heap")
                .isEqualTo((int) ((256 - base) / perThread));
    }
}
