package org.waymark.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.waymark.validation.Guideline;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.Profile;
import org.waymark.validation.Stage;

/**
 * How {@link WaymarkSpark} validates: the stage, the guideline profile and the date that counts as
 * "today" for rules such as {@code REVIEW-OVERDUE}. The date is fixed so that the same table gives the
 * same findings on any cluster, on any day, on a re-run of a failed task.
 * <p>
 * This class is immutable, thread-safe and serializable, so Spark can send it to executors.
 *
 * @param stage           the stage plans are validated at, not null
 * @param on              the date that counts as today, not null
 * @param guideline       the guideline of the profile, not null
 * @param maxReviewMonths the profile's longest review interval in months
 * @param minSessions     the profile's fewest planned sessions
 * @param maxSessions     the profile's most planned sessions
 */
public record SparkOptions(Stage stage, LocalDate on, Guideline guideline, int maxReviewMonths, int minSessions,
                           int maxSessions) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Checks the components; the bounds are checked as {@link Profile} checks them.
     *
     * @param stage           the stage plans are validated at, not null
     * @param on              the date that counts as today, not null
     * @param guideline       the guideline of the profile, not null
     * @param maxReviewMonths the profile's longest review interval in months
     * @param minSessions     the profile's fewest planned sessions
     * @param maxSessions     the profile's most planned sessions
     * @throws NullPointerException if {@code stage}, {@code on} or {@code guideline} is null
     * @throws IllegalArgumentException if a bound is looser than the guideline allows
     */
    public SparkOptions {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(guideline, "guideline");
        toProfile(guideline, maxReviewMonths, minSessions, maxSessions);
    }

    /**
     * Obtains options for the NICE NG225 profile with its own bounds.
     *
     * @param stage the stage, not null
     * @param on    the date that counts as today, not null
     * @return the options, not null
     */
    public static SparkOptions of(Stage stage, LocalDate on) {
        return of(stage, on, Profile.NG225);
    }

    /**
     * Obtains options for a profile.
     *
     * @param stage   the stage, not null
     * @param on      the date that counts as today, not null
     * @param profile the profile, not null
     * @return the options, not null
     */
    public static SparkOptions of(Stage stage, LocalDate on, Profile profile) {
        Objects.requireNonNull(profile, "profile");
        return new SparkOptions(stage, on, profile.guideline(), profile.maxReviewMonths(), profile.minSessions(),
                profile.maxSessions());
    }

    /**
     * Returns the profile these options describe.
     *
     * @return the profile, not null
     */
    public Profile profile() {
        return toProfile(guideline, maxReviewMonths, minSessions, maxSessions);
    }

    /** Builds the validator these options describe. */
    PlanValidator validator() {
        return PlanValidator.builder().profile(profile()).build();
    }

    private static Profile toProfile(Guideline guideline, int maxReviewMonths, int minSessions, int maxSessions) {
        return Profile.of(guideline).withMaxReviewMonths(maxReviewMonths).withSessionRange(minSessions, maxSessions);
    }
}
