package org.waymark.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.waymark.fhir.BundleFormatException;
import org.waymark.fhir.ExportOptions;
import org.waymark.fhir.FhirExport;
import org.waymark.fhir.FhirImport;
import org.waymark.json.PlanJson;
import org.waymark.model.CarePlan;
import org.waymark.templates.Template;
import org.waymark.templates.TemplateLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code waymark fhir}: plans in and out of HL7 FHIR R4. The FHIR library is loaded only when one
 * of these commands (or {@code validate --format fhir}) runs, so the other commands do not pay for it.
 */
@Command(name = "fhir", mixinStandardHelpOptions = true,
        description = "Plans in and out of HL7 FHIR R4 Bundles; templates as FHIR Questionnaires.",
        subcommands = {FhirCommand.Export.class, FhirCommand.Import.class, FhirCommand.QuestionnaireCommand.class})
final class FhirCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Waymark.UNREADABLE;
    }

    /** The kind of Bundle, as written on the command line. */
    enum BundleKind {
        collection, transaction
    }

    /** Exports a plan as a Bundle. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write a plan as a FHIR R4 Bundle (CarePlan, Goals, CareTeam, Consent, Provenance…).",
                    "No risk score is ever exported. Exit 2: the plan cannot be read."})
    static final class Export implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--bundle", defaultValue = "collection", paramLabel = "collection|transaction",
                description = "The Bundle type (default: ${DEFAULT-VALUE}).")
        private BundleKind bundle;

        @Option(names = "--subject", paramLabel = "REF",
                description = "The reference to the person in your system, e.g. Patient/123 (default: the plan's own person id as an identifier).")
        private String subject;

        @Option(names = "--pdf", paramLabel = "FILE", description = "A rendered PDF of the plan to attach as a DocumentReference.")
        private Path pdf;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the Bundle (JSON).")
        private Path out;

        @Parameters(paramLabel = "PLAN", description = "The plan file (Waymark JSON).")
        private Path planFile;

        @Override
        public Integer call() throws IOException {
            PlanFiles.Read read = PlanFiles.read(planFile);
            if (!read.ok()) {
                throw new CliException(Waymark.UNREADABLE, planFile + ": unreadable: " + read.problem(), null);
            }
            ExportOptions options;
            try {
                options = ExportOptions.DEFAULT
                        .withBundleType(bundle == BundleKind.transaction ? ExportOptions.BundleType.TRANSACTION
                                : ExportOptions.BundleType.COLLECTION)
                        .withSubject(subject)
                        .withPdf(pdf == null ? null : readPdf(pdf));
            } catch (IllegalArgumentException e) {
                throw new CliException(Waymark.UNREADABLE, "--subject: " + e.getMessage(), null);
            }
            String json = FhirExport.toJson(read.plan(), options);
            AtomicFiles.writeAtomically(out, o -> o.write(json.getBytes(StandardCharsets.UTF_8)));
            PrintWriter w = spec.commandLine().getOut();
            w.printf("exported %s to %s (%s Bundle)%n", planFile, out, bundle);
            w.flush();
            return Waymark.OK;
        }

        private static byte[] readPdf(Path file) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new CliException(Waymark.UNREADABLE, file + ": cannot read the PDF: " + Failures.reason(e), null);
            }
        }
    }

    /** Imports a plan from a Bundle. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Read a plan from a FHIR R4 Bundle and write it as Waymark JSON.",
                    "A Bundle carrying a risk prediction is refused (NO-RISK-PREDICTION). Exit 2: the Bundle cannot be read."})
    static final class Import implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the plan (Waymark JSON).")
        private Path out;

        @Parameters(paramLabel = "BUNDLE", description = "The Bundle file (FHIR JSON).")
        private Path bundleFile;

        @Override
        public Integer call() {
            CarePlan plan;
            try (InputStream in = Files.newInputStream(bundleFile)) {
                plan = FhirImport.read(in);
            } catch (BundleFormatException e) {
                throw new CliException(Waymark.UNREADABLE, bundleFile + ": " + e.getMessage(), null);
            } catch (IOException e) {
                throw new CliException(Waymark.UNREADABLE, bundleFile + ": cannot read the file: " + Failures.reason(e), null);
            }
            AtomicFiles.writeAtomically(out, o -> PlanJson.write(plan, o));
            PrintWriter w = spec.commandLine().getOut();
            w.printf("imported %s to %s (plan %s)%n", bundleFile, out, plan.id());
            w.flush();
            return Waymark.OK;
        }
    }

    /** Writes a template as a FHIR SDC Questionnaire. */
    @Command(name = "questionnaire", mixinStandardHelpOptions = true,
            description = {"Write a template as a FHIR R4 (SDC) Questionnaire: a group per section, linkIds that name",
                    "the place in the plan each answer fills. Exit 2: unknown template or locale."})
    static final class QuestionnaireCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--template", required = true, paramLabel = "ID", description = "Template id; see 'waymark templates'.")
        private String template;

        @Option(names = "--locale", required = true, paramLabel = "TAG", description = "en-GB or en-US.")
        private String locale;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the Questionnaire (JSON; default: standard output).")
        private Path out;

        @Override
        public Integer call() {
            Template t = TemplateLibrary.standard().template(template).orElseThrow(() -> new CliException(Waymark.UNREADABLE,
                    "no template '" + template + "'; see 'waymark templates'", null));
            Locale l = Locale.forLanguageTag(locale);
            if (!t.locales().contains(l)) {
                throw new CliException(Waymark.UNREADABLE, "template '" + template + "' has no locale '" + locale + "'; it has "
                        + t.locales().stream().map(Locale::toLanguageTag).toList(), null);
            }
            String json = FhirQuestionnaires.questionnaire(t, l);
            PrintWriter w = spec.commandLine().getOut();
            if (out == null) {
                w.println(json);
            } else {
                AtomicFiles.writeAtomically(out, o -> o.write(json.getBytes(StandardCharsets.UTF_8)));
                w.printf("wrote the %s Questionnaire (%s) to %s%n", template, l.toLanguageTag(), out);
            }
            w.flush();
            return Waymark.OK;
        }
    }
}
