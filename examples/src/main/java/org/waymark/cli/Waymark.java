package org.waymark.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code waymark} command line: validate, render, create and export care plans.
 * <p>
 * Exit codes: 0 success (for {@code validate}: every plan acceptable), 1 validation errors found,
 * 2 unreadable input or a usage error, 3 an unexpected failure.
 */
@Command(name = "waymark", mixinStandardHelpOptions = true, versionProvider = Waymark.Version.class,
        description = "Structured care plans for people who self-harm: validate, render, create and export.",
        subcommands = {ValidateCommand.class, RenderCommand.class, NewCommand.class, BatchCommand.class,
                TemplatesCommand.class, RulesCommand.class, SynthCommand.class, ExportCommand.class,
                CommandLine.HelpCommand.class})
public final class Waymark implements Callable<Integer> {

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: validation found errors. */
    public static final int FINDINGS = 1;
    /** Exit code: unreadable input or a usage error. */
    public static final int UNREADABLE = 2;
    /** Exit code: an unexpected failure. */
    public static final int FAILURE = 3;

    @Spec
    private CommandSpec spec;

    private final Clock clock;

    /** Creates the command with the system clock, for {@code main}. */
    public Waymark() {
        this(Clock.systemDefaultZone());
    }

    /**
     * Creates the command with a clock, so that "today" is under the caller's control.
     *
     * @param clock the clock, not null
     */
    public Waymark(Clock clock) {
        this.clock = clock;
    }

    /** Returns the clock that says what "today" is. */
    Clock clock() {
        return clock;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return UNREADABLE;
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine(Clock.systemDefaultZone()).execute(args));
    }

    /**
     * Builds the command line with a clock; tests call {@code execute} on it.
     *
     * @param clock the clock, not null
     * @return the command line, not null
     */
    public static CommandLine commandLine(Clock clock) {
        CommandLine cl = new CommandLine(new Waymark(clock));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            PrintWriter err = line.getErr();
            if (ex instanceof CliException e) {
                err.println("waymark: " + e.getMessage());
                return e.exitCode();
            }
            err.println("waymark: unexpected failure: " + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
            return FAILURE;
        });
        return cl;
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Waymark.class.getPackage().getImplementationVersion();
            return new String[] {"waymark " + (v == null ? "development build" : v)};
        }
    }
}
