package org.waymark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.waymark.json.PlanJson;
import org.waymark.model.CarePlan;
import org.waymark.research.SyntheticPlans;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes synthetic plans for research. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Write synthetic plans (fictional, marked 'synthetic'), the same for the same seed.")
final class SynthCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many plans, 1 to 100000.")
    private int count;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "The seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        if (count < 1 || count > 100_000) {
            throw new CliException(Waymark.UNREADABLE, "--count must be from 1 to 100000", null);
        }
        SyntheticPlans generator = SyntheticPlans.ofSeed(seed);
        for (int i = 0; i < count; i++) {
            CarePlan plan = generator.plan(i);
            AtomicFiles.writeAtomically(out.resolve(String.format("synthetic-%d-%05d.json", seed, i)), o -> PlanJson.write(plan, o));
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf("wrote %d synthetic plans (seed %d) to %s%n", count, seed, out);
        w.flush();
        return Waymark.OK;
    }
}
