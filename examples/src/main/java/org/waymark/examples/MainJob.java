package org.waymark.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;
import org.waymark.model.PlanStatus;
import org.waymark.pdf.CarePlanDocument;
import org.waymark.pdf.DocumentKind;
import org.waymark.pdf.Documents;
import org.waymark.pdf.PdfOptions;
import org.waymark.validation.Finding;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.Stage;
import org.waymark.validation.ValidationReport;

/**
 * The main job: validates every example plan that ships with Waymark, prints each report, and renders
 * each plan's three documents (clinician care plan with the report as an appendix, plan for the person,
 * pocket safety card) into {@code out/}.
 * <p>
 * Drafts are checked at the DRAFT stage, other plans at FINAL, on the evaluation date given (default
 * 2026-11-23, so that the output is the same on every run). Documents are dated from the plan's start
 * date for the same reason, and are byte-identical from run to run.
 * <p>
 * Run it from the repository root with {@code mvn -B -P demo -DskipTests verify}.
 */
public final class MainJob {

    /** The evaluation date the main job uses unless told otherwise. */
    public static final LocalDate DEFAULT_DATE = LocalDate.of(2026, 11, 23);

    private MainJob() {
    }

    /**
     * Runs the job into {@code out/}.
     *
     * @param args optionally the output folder, then the evaluation date (YYYY-MM-DD)
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "out");
        LocalDate on = args.length > 1 ? LocalDate.parse(args[1]) : DEFAULT_DATE;
        run(out, on, System.out);
    }

    /**
     * Runs the job.
     *
     * @param out   the folder to render into, created if needed
     * @param on    the evaluation date
     * @param print where to print the reports
     * @throws IOException if a file cannot be written
     */
    public static void run(Path out, LocalDate on, PrintStream print) throws IOException {
        PlanValidator validator = PlanValidator.standard();
        Files.createDirectories(out);
        for (String name : ExamplePlans.names()) {
            CarePlan plan = ExamplePlans.load(name);
            Stage stage = plan.status() == PlanStatus.DRAFT ? Stage.DRAFT : Stage.FINAL;
            ValidationReport report = validator.validate(plan, stage, on);
            print.printf("%s (%s, %s) — checked at %s on %s. %s%n", name, plan.status().code(),
                    plan.person().locale().toLanguageTag(), stage.name().toLowerCase(Locale.ROOT), on,
                    report.summary(plan.person().locale()));
            for (Finding f : report.findings()) {
                print.printf("    %-7s %-28s %s%n            %s [%s]%n", f.severity().name().toLowerCase(Locale.ROOT),
                        f.ruleId(), f.path(), f.message(), f.citation());
            }
            PdfOptions options = PdfOptions.forLocale(plan.person().locale(), plan.startDate().atStartOfDay(ZoneOffset.UTC).toInstant());
            write(out.resolve(name + "-care-plan.pdf"), o -> CarePlanDocument.render(plan, report, options, o));
            write(out.resolve(name + "-person.pdf"), o -> Documents.render(DocumentKind.PERSON, plan, options, o));
            write(out.resolve(name + "-card.pdf"), o -> Documents.render(DocumentKind.CARD, plan, options, o));
            print.printf("    wrote %s-care-plan.pdf, %s-person.pdf, %s-card.pdf%n%n", name, name, name);
        }
        print.printf("Documents are in %s%n", out.toAbsolutePath().normalize());
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void write(Path file, Body body) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream o = Files.newOutputStream(temp)) {
            body.write(o);
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
