package org.waymark.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code waymark} command line: validate, render, create and export care plans.
 * <p>
 * Exit codes: 0 success (for {@code validate}: every plan acceptable), 1 validation errors found,
 * 2 unreadable input, a plan that cannot be printed, or a usage error, 3 an internal error (a bug),
 * 4 an output that could not be written, 5 out of memory (or another failure of the Java virtual
 * machine). Every failure, {@link Error}s included, ends in one of these codes with one line on the
 * standard error stream; {@code --debug} adds the stack trace.
 */
@Command(name = "waymark", mixinStandardHelpOptions = true, versionProvider = Waymark.Version.class,
        description = "Structured care plans for people who self-harm: validate, render, create and export.",
        subcommands = {ValidateCommand.class, RenderCommand.class, NewCommand.class, BatchCommand.class,
                TemplatesCommand.class, RulesCommand.class, SynthCommand.class, ExportCommand.class, FhirCommand.class,
                CommandLine.HelpCommand.class})
public final class Waymark implements Callable<Integer> {

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: validation found errors. */
    public static final int FINDINGS = 1;
    /** Exit code: unreadable input or a usage error. */
    public static final int UNREADABLE = 2;
    /** Exit code: an internal error, that is a bug in Waymark. */
    public static final int FAILURE = 3;
    /** Exit code: an output could not be written (permission, disk full, a file in the way). */
    public static final int CANNOT_WRITE = 4;
    /** Exit code: out of memory or stack, or another failure of the Java virtual machine. */
    public static final int OUT_OF_MEMORY = 5;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On a failure, print the stack trace as well as the one-line reason.")
    private boolean debug;

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
        System.exit(run(commandLine(Clock.systemDefaultZone()), args));
    }

    /**
     * Runs a command line built by {@link #commandLine(Clock)}, mapping every failure, {@link Error}s
     * included, to a documented exit code with one line on its error stream.
     *
     * @param commandLine the command line, not null
     * @param args        the arguments
     * @return the exit code
     */
    public static int run(CommandLine commandLine, String... args) {
        try {
            return commandLine.execute(args);
        } catch (Throwable t) {
            // Errors (out of memory, stack overflow) pass through picocli's handler; they end here
            return Failures.report(t, commandLine.getErr(), isDebug(commandLine));
        }
    }

    private static boolean isDebug(CommandLine commandLine) {
        return commandLine.getCommand() instanceof Waymark w && w.debug;
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
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> Failures.report(ex, line.getErr(), isDebug(cl)));
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
