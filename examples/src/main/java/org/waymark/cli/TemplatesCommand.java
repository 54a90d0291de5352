package org.waymark.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.waymark.templates.Template;
import org.waymark.templates.TemplateLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the templates that ship. */
@Command(name = "templates", mixinStandardHelpOptions = true, description = "List the plan templates that ship with Waymark.")
final class TemplatesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Template t : TemplateLibrary.standard().templates()) {
            out.printf("%-24s %-9s %-12s %s%n", t.id(), t.audience().code(),
                    t.locales().stream().map(Locale::toLanguageTag).collect(Collectors.joining(",")),
                    t.text(t.locales().contains(Locale.UK) ? Locale.UK : t.locales().iterator().next()).title());
        }
        out.flush();
        return Waymark.OK;
    }
}
