package org.waymark.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.waymark.model.PlanStatus;
import org.waymark.pdf.CarePlanDocument;
import org.waymark.pdf.DocumentKind;
import org.waymark.pdf.Documents;
import org.waymark.pdf.PdfOptions;
import org.waymark.pdf.RenderException;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.Stage;
import org.waymark.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Validates and renders every plan in a folder. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Validate and render every plan in a folder: for each FILE.json, OUT/FILE/ gets care-plan.pdf,",
                "person.pdf, card.pdf and validation.txt. A file that cannot be read or printed is reported and skipped;",
                "nothing partial is left for it, and its outputs from an earlier run are removed. Files are matched by",
                "*.json in any case. Exit 0 when all went through; when any was skipped, 2 for input that cannot be read",
                "or printed, 4 for an output that cannot be written, 5 for lack of memory (the highest applies)."})
final class BatchCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    private Waymark parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder of plan files.")
    private Path dir;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into.")
    private Path out;

    @Option(names = "--threads", paramLabel = "N", description = {"Worker threads, 1 to 64 (default: one per processor,",
            "fewer when the Java heap is small: a large plan needs up to " + PER_THREAD_MB + " MB per thread)."})
    private Integer threads;

    /**
     * Heap one worker may need for a large plan: measured 5.4 MB per thread on a 200-goal plan
     * (smallest heap that works: 31 MB for 1 thread, 47 MB for 4, 69 MB for 8), with headroom so
     * that the collector does not thrash.
     */
    static final int PER_THREAD_MB = 8;
    /** Heap the command needs besides its workers (fonts, templates, the validator): measured 26 MB, with headroom. */
    static final int BASE_MB = 48;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "The date to validate on (default: today).")
    private LocalDate on;

    @Option(names = "--created", paramLabel = "INSTANT", description = "The document date (default: now).")
    private Instant created;

    @Mixin
    private DocumentOptions documentOptions;

    @Override
    public Integer call() throws InterruptedException {
        int threads = this.threads != null ? this.threads
                : defaultThreads(Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors());
        if (threads < 1 || threads > 64) {
            throw new CliException(Waymark.UNREADABLE, "--threads must be from 1 to 64", null);
        }
        // A bad document option is refused before any file is read or written.
        documentOptions.applyTo(PdfOptions.forLocale(java.util.Locale.UK, java.time.Instant.EPOCH));
        List<Path> files = PlanFiles.jsonFilesIn(dir);
        AtomicFiles.createFolder(out);
        PlanValidator validator = PlanValidator.standard(parent.clock());
        LocalDate date = on != null ? on : LocalDate.now(parent.clock());
        Instant stamp = created != null ? created : parent.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        Map<Path, Job> jobs = plan(files);
        Progress progress = new Progress(spec.commandLine().getErr(), files.size(), System.console() != null);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Map<Path, Future<Skip>> results = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, Job> e : jobs.entrySet()) {
                Job job = e.getValue();
                if (job.refusal() != null) {
                    results.put(e.getKey(), CompletableFuture.completedFuture(job.refusal()));
                    progress.step();
                    continue;
                }
                results.put(e.getKey(), pool.submit(() -> {
                    try {
                        return process(e.getKey(), job.output(), validator, date, stamp);
                    } finally {
                        progress.step();
                    }
                }));
            }
            List<Skip> skips = new ArrayList<>();
            int ok = 0;
            for (Map.Entry<Path, Future<Skip>> e : results.entrySet()) {
                Skip skip;
                try {
                    skip = e.getValue().get();
                } catch (ExecutionException ex) {
                    skip = failed(e.getKey(), jobs.get(e.getKey()).output(), ex.getCause());
                }
                if (skip == null) {
                    ok++;
                } else {
                    skips.add(skip);
                }
            }
            progress.done();
            PrintWriter w = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            skips.forEach(p -> err.println("skipped: " + p.message()));
            w.printf("%d plans processed, %d skipped; output in %s%n", ok, skips.size(), out);
            w.flush();
            err.flush();
            return skips.stream().mapToInt(Skip::exitCode).max().orElse(Waymark.OK);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The number of workers when {@code --threads} is not given: one per processor, but no more
     * than the heap holds at {@value #PER_THREAD_MB} MB each beside {@value #BASE_MB} MB for the
     * rest, and from 1 to 64.
     *
     * @param maxHeapBytes the most heap Java will use ({@link Runtime#maxMemory()})
     * @param processors   the processors available
     * @return the number of workers
     */
    static int defaultThreads(long maxHeapBytes, int processors) {
        long byHeap = (maxHeapBytes / (1024 * 1024) - BASE_MB) / PER_THREAD_MB;
        return (int) Math.max(1, Math.min(64, Math.min(processors, byHeap)));
    }

    /** Why a plan was skipped, and the exit code that reason calls for. */
    record Skip(int exitCode, String message) {
    }

    /** One input file's output, or why it gets none. */
    private record Job(PlanOutput output, Skip refusal) {
    }

    /** Gives each input file its output folder; a file whose folder another file already has is refused. */
    private Map<Path, Job> plan(List<Path> files) {
        Map<String, Path> taken = new java.util.HashMap<>();
        Map<Path, Job> jobs = new LinkedHashMap<>();
        for (Path file : files) {
            String name = OutputNames.folderFor(file.getFileName().toString());
            PlanOutput output = new PlanOutput(OutputNames.inside(out, name));
            Path other = taken.putIfAbsent(OutputNames.key(name), file);
            jobs.put(file, new Job(output, other == null ? null : new Skip(Waymark.UNREADABLE, file
                    + ": its output folder " + output.folder() + " would be the same as that of " + other.getFileName()
                    + " (on some file systems); rename one of them")));
        }
        return jobs;
    }

    /** Returns null when the plan went through, or why it was skipped. */
    private Skip process(Path file, PlanOutput output, PlanValidator validator, LocalDate date, Instant stamp) {
        PlanFiles.Read read = PlanFiles.read(file);
        if (!read.ok()) {
            return new Skip(Waymark.UNREADABLE, file + ": unreadable: " + read.problem() + output.removeStale());
        }
        Stage stage = read.plan().status() == PlanStatus.DRAFT ? Stage.DRAFT : Stage.FINAL;
        ValidationReport report = validator.validate(read.plan(), stage, date);
        PdfOptions options = documentOptions.applyTo(RenderCommand.options(read.plan(), null, stamp));
        Map<String, byte[]> documents = new LinkedHashMap<>();
        try {
            documents.put("care-plan.pdf", CarePlanDocument.toBytes(read.plan(), report, options));
            documents.put("person.pdf", Documents.toBytes(DocumentKind.PERSON, read.plan(), options));
            documents.put("card.pdf", Documents.toBytes(DocumentKind.CARD, read.plan(), options));
        } catch (RenderException e) {
            return new Skip(Waymark.UNREADABLE, file + ": cannot print: " + e.getMessage() + output.removeStale());
        }
        StringWriter text = new StringWriter();
        ValidateCommand.writeText(new PrintWriter(text), read, report);
        documents.put("validation.txt", text.toString().getBytes(StandardCharsets.UTF_8));
        Map<String, AtomicFiles.Writer> writers = new LinkedHashMap<>();
        documents.forEach((name, bytes) -> writers.put(name, o -> o.write(bytes)));
        try {
            output.publish(writers);
        } catch (CliException e) {
            return new Skip(e.exitCode(), e.getMessage() + output.removeStale());
        }
        return null;
    }

    /** Turns a failure the task did not expect (out of memory, a bug) into a skip with its exit code. */
    private static Skip failed(Path file, PlanOutput output, Throwable cause) {
        Failures.Outcome o = Failures.classify(cause);
        return new Skip(o.exitCode(), file + ": " + o.message() + output.removeStale());
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
