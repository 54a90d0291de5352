package org.waymark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.waymark.model.PlanStatus;
import org.waymark.pdf.DocumentKind;
import org.waymark.pdf.PdfOptions;
import org.waymark.pdf.ValidationSummary;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.Stage;
import org.waymark.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Validates and renders every plan in a folder. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Validate and render every plan in a folder: for each FILE.json, OUT/FILE/ gets care-plan.pdf,",
                "person.pdf, card.pdf and validation.txt. A file that cannot be read or printed is reported and skipped;",
                "nothing partial is left for it. Exit 0 when all went through, 2 when any file was skipped."})
final class BatchCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    private Waymark parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder of plan files.")
    private Path dir;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into.")
    private Path out;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "Worker threads, 1 to 64 (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "The date to validate on (default: today).")
    private LocalDate on;

    @Option(names = "--created", paramLabel = "INSTANT", description = "The document date (default: now).")
    private Instant created;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads < 1 || threads > 64) {
            throw new CliException(Waymark.UNREADABLE, "--threads must be from 1 to 64", null);
        }
        List<Path> files = PlanFiles.jsonFilesIn(dir);
        PlanValidator validator = PlanValidator.standard(parent.clock());
        LocalDate date = on != null ? on : LocalDate.now(parent.clock());
        Instant stamp = created != null ? created : parent.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        Progress progress = new Progress(spec.commandLine().getErr(), files.size(), System.console() != null);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Map<Path, Future<String>> results = new LinkedHashMap<>();
        try {
            for (Path file : files) {
                results.put(file, pool.submit(() -> {
                    try {
                        return process(file, validator, date, stamp);
                    } finally {
                        progress.step();
                    }
                }));
            }
            List<String> problems = new ArrayList<>();
            int ok = 0;
            for (Map.Entry<Path, Future<String>> e : results.entrySet()) {
                String problem;
                try {
                    problem = e.getValue().get();
                } catch (ExecutionException ex) {
                    Throwable cause = ex.getCause();
                    problem = cause instanceof CliException c ? c.getMessage()
                            : e.getKey() + ": failed: " + cause.getClass().getSimpleName();
                }
                if (problem == null) {
                    ok++;
                } else {
                    problems.add(problem);
                }
            }
            progress.done();
            PrintWriter w = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            problems.forEach(p -> err.println("skipped: " + p));
            w.printf("%d plans processed, %d skipped; output in %s%n", ok, problems.size(), out);
            w.flush();
            err.flush();
            return problems.isEmpty() ? Waymark.OK : Waymark.UNREADABLE;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Returns null when the plan went through, or why it was skipped. */
    private String process(Path file, PlanValidator validator, LocalDate date, Instant stamp) throws IOException {
        PlanFiles.Read read = PlanFiles.read(file);
        if (!read.ok()) {
            return file + ": unreadable: " + read.problem();
        }
        Stage stage = read.plan().status() == PlanStatus.DRAFT ? Stage.DRAFT : Stage.FINAL;
        ValidationReport report = validator.validate(read.plan(), stage, date);
        PdfOptions options = RenderCommand.options(read.plan(), null, stamp);
        Map<String, byte[]> documents = new LinkedHashMap<>();
        try {
            documents.put("care-plan.pdf", org.waymark.pdf.CarePlanDocument.toBytes(read.plan(), ValidationSummary.from(report), options));
            documents.put("person.pdf", RenderCommand.render(DocumentKind.PERSON, read.plan(), options, file));
            documents.put("card.pdf", RenderCommand.render(DocumentKind.CARD, read.plan(), options, file));
        } catch (CliException | org.waymark.pdf.RenderException e) {
            return e instanceof CliException ? e.getMessage() : file + ": cannot print: " + e.getMessage();
        }
        java.io.StringWriter text = new java.io.StringWriter();
        ValidateCommand.writeText(new PrintWriter(text), read, report);
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        Path folder = out.resolve(name);
        for (Map.Entry<String, byte[]> d : documents.entrySet()) {
            Files2.writeAtomically(folder.resolve(d.getKey()), o -> o.write(d.getValue()));
        }
        Files2.writeAtomically(folder.resolve("validation.txt"),
                o -> o.write(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return null;
    }

    /** A progress bar on a terminal; nothing until the summary otherwise. */
    private static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean terminal;
        private final AtomicInteger done = new AtomicInteger();

        Progress(PrintWriter err, int total, boolean terminal) {
            this.err = err;
            this.total = total;
            this.terminal = terminal;
        }

        void step() {
            int n = done.incrementAndGet();
            if (terminal) {
                int width = 30;
                int filled = total == 0 ? width : n * width / total;
                synchronized (err) {
                    err.printf("\r[%s%s] %d/%d", "#".repeat(filled), " ".repeat(width - filled), n, total);
                    err.flush();
                }
            }
        }

        void done() {
            if (terminal) {
                err.println();
                err.flush();
            }
        }
    }
}
