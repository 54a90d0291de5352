package org.waymark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.json.PlanJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Every failure, errors included, ends in a documented exit code with one line on standard error
 * and no stack trace unless {@code --debug} is given.
 */
class ExitCodesTest {

    @TempDir
    Path dir;

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new OutOfMemoryError("Java heap space"), Waymark.OUT_OF_MEMORY),
                Arguments.of(new StackOverflowError(), Waymark.OUT_OF_MEMORY),
                Arguments.of(new InternalError("VM"), Waymark.OUT_OF_MEMORY),
                Arguments.of(new ExecutionException(new OutOfMemoryError()), Waymark.OUT_OF_MEMORY),
                Arguments.of(new AssertionError("bug"), Waymark.FAILURE),
                Arguments.of(new NoClassDefFoundError("org/apache/pdfbox/Missing"), Waymark.FAILURE),
                Arguments.of(new IllegalStateException("bug"), Waymark.FAILURE),
                Arguments.of(new NullPointerException(), Waymark.FAILURE),
                Arguments.of(new IOException("No space left on device"), Waymark.CANNOT_WRITE),
                Arguments.of(new UncheckedIOException(new AccessDeniedException("/x/.a.part")), Waymark.CANNOT_WRITE),
                Arguments.of(new CliException(Waymark.UNREADABLE, "plan.json: unreadable", null), Waymark.UNREADABLE));
    }

    /** A command that fails with whatever the test gives it: the seam for failures no real input provokes reliably. */
    @Command(name = "fail")
    static final class Fail implements Callable<Integer> {
        private final Throwable failure;

        Fail(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            if (failure instanceof Exception e) {
                throw e;
            }
            throw (Error) failure;
        }
    }

    static WaymarkCliTest.Run runFailing(Throwable failure, String... args) {
        CommandLine cl = Waymark.commandLine(WaymarkCliTest.CLOCK);
        cl.addSubcommand("fail", new Fail(failure));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = Waymark.run(cl, args);
        return new WaymarkCliTest.Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @MethodSource("failures")
    void everyFailureEndsInItsDocumentedCodeWithOneLineAndNoStackTrace(Throwable failure, int code) {
        WaymarkCliTest.Run r = runFailing(failure, "fail");

        assertThat(r.code()).isEqualTo(code);
        assertThat(r.err().lines()).singleElement().asString().startsWith("waymark: ").doesNotContain("\tat ", ".part");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void debugAddsTheStackTrace() {
        WaymarkCliTest.Run r = runFailing(new OutOfMemoryError("Java heap space"), "fail", "--debug");

        assertThat(r.code()).isEqualTo(Waymark.OUT_OF_MEMORY);
        assertThat(r.err().lines().findFirst()).hasValueSatisfying(l -> assertThat(l).startsWith("waymark: out of memory"));
        assertThat(r.err()).contains("java.lang.OutOfMemoryError: Java heap space", "\tat ");
    }

    @Test
    void aWriteFailureNamesItsTargetNotATemporaryFileAndGivesTheReason() {
        Path target = Path.of("/x/care-plan.pdf");

        CliException e = Failures.cannotWrite(target, new FileAlreadyExistsException("/x/plan.json"));

        assertThat(e.exitCode()).isEqualTo(Waymark.CANNOT_WRITE);
        assertThat(e.getMessage()).isEqualTo("/x/care-plan.pdf: cannot write: a file is in the way where a folder is needed")
                .doesNotContain("plan.json");
    }

    @Test
    void renderIntoAFolderInTheWayExitsFourNamingTheTarget() throws IOException {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, PlanJson.write(org.waymark.json.ExamplePlans.load(org.waymark.json.ExamplePlans.ADULT_COMPLETE)));
        Path target = Files.createDirectories(dir.resolve("card.pdf"));

        WaymarkCliTest.Run r = WaymarkCliTest.run("render", plan.toString(), "--document", "card", "--out", target.toString());

        assertThat(r.code()).isEqualTo(Waymark.CANNOT_WRITE);
        assertThat(r.err().lines()).singleElement().asString()
                .isEqualTo("waymark: " + target + ": cannot write: a folder of that name is in the way");
    }

    @Test
    void synthIntoAFileExitsFourNamingTheFolderNotAPlan() throws IOException {
        Path file = Files.writeString(dir.resolve("plans"), "a file");

        WaymarkCliTest.Run r = WaymarkCliTest.run("synth", "--count", "2", "--out", file.toString());

        assertThat(r.code()).isEqualTo(Waymark.CANNOT_WRITE);
        assertThat(r.err()).isEqualTo("waymark: " + file + ": cannot write into it: it is a file, not a folder" + System.lineSeparator());
    }

    /**
     * A real out-of-memory error in a separate Java process with a small heap: the care plan of a
     * 200-goal plan does not fit in 24 MB.
     */
    @Test
    void aRealOutOfMemoryErrorExitsFiveWithOneLine() throws Exception {
        Path plan = dir.resolve("big.json");
        Files.writeString(plan, PlanJson.write(BigPlans.withGoals(200)));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx24m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Waymark.class.getName(),
                "render", plan.toString(), "--document", "care-plan", "--out", dir.resolve("big.pdf").toString()));
        Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile()).start();
        int code = p.waitFor();

        String err = Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8);
        assertThat(code).as(err).isEqualTo(Waymark.OUT_OF_MEMORY);
        assertThat(err.lines()).singleElement().asString().startsWith("waymark: out of memory");
        assertThat(dir.resolve("big.pdf")).doesNotExist();
    }
}
