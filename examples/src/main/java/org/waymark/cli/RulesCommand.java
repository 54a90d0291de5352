package org.waymark.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.waymark.validation.Rule;
import org.waymark.validation.RuleCatalogue;
import org.waymark.validation.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the rules the validator checks. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the guideline rules, with severity and citation.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-30s %-8s %-8s %s%n", "RULE", "DRAFT", "FINAL", "CITATION");
        for (Rule r : RuleCatalogue.standard().rules()) {
            out.printf("%-30s %-8s %-8s %s%n", r.id(), r.severityAt(Stage.DRAFT).name().toLowerCase(java.util.Locale.ROOT),
                    r.severityAt(Stage.FINAL).name().toLowerCase(java.util.Locale.ROOT), r.citation());
        }
        out.flush();
        return Waymark.OK;
    }
}
