package org.waymark.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.waymark.templates.Template;
import org.waymark.templates.TemplateLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the templates that ship. */
@Command(name = "templates", mixinStandardHelpOptions = true, description = {"List the plan templates that ship with Waymark.",
        "--format fhir prints them as FHIR R4 Questionnaires, every template in every locale, in one collection Bundle."})
final class TemplatesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|fhir", description = "Output format (default: ${DEFAULT-VALUE}).")
    private String format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("fhir")) {
            out.println(FhirQuestionnaires.bundle(TemplateLibrary.standard()));
            out.flush();
            return Waymark.OK;
        }
        if (!format.equals("text")) {
            throw new CliException(Waymark.UNREADABLE, "--format: expected text or fhir, not '" + format + "'", null);
        }
        for (Template t : TemplateLibrary.standard().templates()) {
            out.printf("%-24s %-9s %-12s %s%n", t.id(), t.audience().code(),
                    t.locales().stream().map(Locale::toLanguageTag).collect(Collectors.joining(",")),
                    t.text(t.locales().contains(Locale.UK) ? Locale.UK : t.locales().iterator().next()).title());
        }
        out.flush();
        return Waymark.OK;
    }
}
