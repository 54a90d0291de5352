package org.waymark.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.waymark.validation.Finding;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.Stage;
import org.waymark.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Validates plan files against the guidance. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check plans against NICE guidance, rule by rule with citations.",
                "Exit 0: every plan acceptable; 1: errors found; 2: a file could not be read."})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private Waymark parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ValidationOptions options;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|fhir",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    private String format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plan files (JSON).")
    private List<Path> files;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json") && !format.equals("fhir")) {
            throw new CliException(Waymark.UNREADABLE, "--format must be text, json or fhir", null);
        }
        PlanValidator validator = options.validator(parent.clock());
        Stage stage = options.stage();
        LocalDate on = options.on(parent.clock());
        List<PlanFiles.Read> reads = PlanFiles.readAll(files);
        boolean unreadable = false;
        boolean errors = false;
        PrintWriter out = spec.commandLine().getOut();
        JsonGenerator json = null;
        if (format.equals("json")) {
            json = new JsonFactory().createGenerator(new java.io.Writer() {
                @Override
                public void write(char[] c, int off, int len) {
                    out.write(c, off, len);
                }

                @Override
                public void flush() {
                    out.flush();
                }

                @Override
                public void close() {
                    out.flush();
                }
            }).useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("stage", stage.name().toLowerCase(java.util.Locale.ROOT));
            json.writeStringField("profile", validator.profile().guideline().name());
            json.writeStringField("evaluatedOn", on.toString());
            json.writeArrayFieldStart("files");
        }
        List<ValidationReport> reports = new java.util.ArrayList<>();
        for (PlanFiles.Read read : reads) {
            ValidationReport report = read.ok() ? validator.validate(read.plan(), stage, on) : null;
            unreadable |= !read.ok();
            errors |= report != null && !report.isAcceptable();
            if (format.equals("fhir")) {
                reports.add(report);
            } else if (json != null) {
                writeJson(json, read, report);
            } else {
                writeText(out, read, report);
            }
        }
        if (format.equals("fhir")) {
            // Only here is the FHIR library loaded.
            FhirOutcomes.print(out, reads, reports);
        }
        if (json != null) {
            json.writeEndArray();
            json.writeEndObject();
            json.close();
            out.println();
        }
        out.flush();
        return unreadable ? Waymark.UNREADABLE : errors ? Waymark.FINDINGS : Waymark.OK;
    }

    static void writeText(PrintWriter out, PlanFiles.Read read, ValidationReport report) {
        if (report == null) {
            out.printf("%s: unreadable: %s%n", read.file(), read.problem());
            return;
        }
        out.printf("%s: %s%n", read.file(), report.summary(read.plan().person().locale()));
        for (Finding f : report.findings()) {
            out.printf("  %-7s %-28s %s%n          %s [%s]%n", f.severity().name(), f.ruleId(), f.path(), f.message(), f.citation());
        }
    }

    private static void writeJson(JsonGenerator json, PlanFiles.Read read, ValidationReport report) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", read.file().toString());
        json.writeBooleanField("readable", read.ok());
        if (report == null) {
            json.writeStringField("problem", read.problem());
        } else {
            json.writeStringField("planId", read.plan().id());
            json.writeBooleanField("acceptable", report.isAcceptable());
            json.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) {
                json.writeStartObject();
                json.writeStringField("ruleId", f.ruleId());
                json.writeStringField("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
                json.writeStringField("path", f.path().toString());
                json.writeStringField("message", f.message());
                json.writeStringField("citation", f.citation());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }
}
