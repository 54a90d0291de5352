package org.waymark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.waymark.research.CsvExport;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Exports tidy tables of the plans in a folder. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write tidy CSV tables (plans, goals, reviews, findings) of every plan in a folder.",
                "No free text is exported. Unreadable files are reported and left out; exit 2 if there were any."})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    private Waymark parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ValidationOptions options;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv", description = "Output format (only csv).")
    private String format;

    @Option(names = "--out", defaultValue = "waymark-export", paramLabel = "DIR",
            description = "Where to write the tables (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Parameters(paramLabel = "DIR", description = "The folder of plan files.")
    private Path dir;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("csv")) {
            throw new CliException(Waymark.UNREADABLE, "--format must be csv", null);
        }
        PlanValidator validator = options.validator(parent.clock());
        Stage stage = options.stage();
        LocalDate on = options.on(parent.clock());
        List<CsvExport.Row> rows = new ArrayList<>();
        int unreadable = 0;
        PrintWriter err = spec.commandLine().getErr();
        for (PlanFiles.Read read : PlanFiles.readAll(PlanFiles.jsonFilesIn(dir))) {
            if (read.ok()) {
                rows.add(new CsvExport.Row(read.plan(), validator.validate(read.plan(), stage, on)));
            } else {
                unreadable++;
                err.printf("%s: unreadable, left out: %s%n", read.file(), read.problem());
            }
        }
        AtomicFiles.writeAtomically(out.resolve("plans.csv"), o -> CsvExport.writePlans(rows, o));
        AtomicFiles.writeAtomically(out.resolve("goals.csv"), o -> CsvExport.writeGoals(rows, o));
        AtomicFiles.writeAtomically(out.resolve("reviews.csv"), o -> CsvExport.writeReviews(rows, o));
        AtomicFiles.writeAtomically(out.resolve("methods.csv"), o -> CsvExport.writeMethods(rows, o));
        AtomicFiles.writeAtomically(out.resolve("findings.csv"), o -> CsvExport.writeFindings(rows, o));
        PrintWriter w = spec.commandLine().getOut();
        w.printf("exported %d plans to %s (plans.csv, goals.csv, reviews.csv, methods.csv, findings.csv)%s%n", rows.size(), out,
                unreadable == 0 ? "" : "; " + unreadable + " unreadable files left out");
        w.flush();
        err.flush();
        return unreadable == 0 ? Waymark.OK : Waymark.UNREADABLE;
    }
}
