package org.waymark.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.Profile;
import org.waymark.validation.Stage;
import picocli.CommandLine.Option;

/** The options every command that validates shares. */
final class ValidationOptions {

    @Option(names = "--stage", defaultValue = "final", paramLabel = "draft|final",
            description = "The stage to check at (default: ${DEFAULT-VALUE}).")
    String stage;

    @Option(names = "--profile", defaultValue = "ng225", paramLabel = "ng225|cg133",
            description = "The guideline profile (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "The date to evaluate on (default: today).")
    LocalDate on;

    Stage stage() {
        return switch (stage.toLowerCase(Locale.ROOT)) {
            case "draft" -> Stage.DRAFT;
            case "final" -> Stage.FINAL;
            default -> throw new CliException(Waymark.UNREADABLE, "--stage must be draft or final", null);
        };
    }

    PlanValidator validator(Clock clock) {
        Profile p = switch (profile.toLowerCase(Locale.ROOT)) {
            case "ng225" -> Profile.NG225;
            case "cg133" -> Profile.CG133;
            default -> throw new CliException(Waymark.UNREADABLE, "--profile must be ng225 or cg133", null);
        };
        return PlanValidator.builder().profile(p).clock(clock).build();
    }

    LocalDate on(Clock clock) {
        return on != null ? on : LocalDate.now(clock);
    }
}
