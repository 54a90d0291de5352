package org.waymark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.waymark.json.PlanJson;
import org.waymark.locale.UnsupportedLocaleException;
import org.waymark.model.CarePlan;
import org.waymark.model.Person;
import org.waymark.templates.Template;
import org.waymark.templates.TemplateLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Starts a draft plan from a template. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Start a draft plan from a template and print it as JSON.")
final class NewCommand implements Callable<Integer> {

    @ParentCommand
    private Waymark parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--template", required = true, paramLabel = "ID", description = "Template id; see 'waymark templates'.")
    private String template;

    @Option(names = "--locale", required = true, paramLabel = "TAG",
            description = "en-GB or en-US: the locales whose crisis contacts ship.")
    private String locale;

    @Option(names = "--person-id", paramLabel = "ID", description = "Pseudonymous id of the person (default: a new random id).")
    private String personId;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Start date (default: today).")
    private LocalDate date;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        Template t = TemplateLibrary.standard().template(template).orElseThrow(() -> new CliException(Waymark.UNREADABLE,
                "no template '" + template + "'; see 'waymark templates'", null));
        Locale l = Locale.forLanguageTag(locale);
        try {
            t.text(l);
        } catch (UnsupportedLocaleException e) {
            throw new CliException(Waymark.UNREADABLE, "template '" + template + "' has no locale '" + locale + "'; it has "
                    + t.locales().stream().map(Locale::toLanguageTag).toList(), e);
        }
        String id = personId != null ? personId : "p-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        LocalDate start = date != null ? date : LocalDate.now(parent.clock());
        CarePlan plan;
        try {
            plan = t.instantiate("plan-" + id, Person.of(id, l), start);
        } catch (IllegalArgumentException e) {
            throw new CliException(Waymark.UNREADABLE, e.getMessage(), e);
        }
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(PlanJson.write(plan));
            w.flush();
        } else {
            AtomicFiles.writeAtomically(out, o -> PlanJson.write(plan, o));
        }
        return Waymark.OK;
    }
}
