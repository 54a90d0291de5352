package org.waymark.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntPredicate;
import org.waymark.model.CarePlan;
import org.waymark.model.ConformsToGuidance;

/**
 * Validates care plans against the guideline rules of the {@link RuleCatalogue}.
 * <pre>{@code
 * PlanValidator validator = PlanValidator.builder()
 *         .profile(Profile.NG225.withMaxReviewMonths(6))
 *         .clock(clock)
 *         .build();
 * ValidationReport report = validator.validate(plan, Stage.FINAL);
 * if (!report.isAcceptable()) { ... report.errors() ... }
 * }</pre>
 * Time-dependent rules ({@code REVIEW-OVERDUE}) are evaluated at a date the caller gives, or at
 * today's date in the clock the validator was built with. The validator never reads the system
 * clock by itself: without a date or a clock, those rules are skipped and listed in
 * {@link ValidationReport#notEvaluated()}. A host that wants the system clock says so with
 * {@code clock(Clock.systemDefaultZone())}.
 * <p>
 * Clinically incomplete content never throws; findings report it. The rules are the same code the
 * Bean Validation constraint {@link ConformsToGuidance} runs, so a host's {@code @Valid} sees the same
 * findings (without the time-dependent ones).
 * <p>
 * This class is immutable and thread-safe; one instance can validate any number of plans concurrently.
 */
public final class PlanValidator {

    private static final PlanValidator STANDARD = builder().build();

    private final Profile profile;
    private final Clock clock;
    private final TextChecker textChecker;
    private final Locale locale;
    private final IntPredicate printable;
    private final RuleCatalogue catalogue;

    private PlanValidator(Builder b) {
        this.profile = b.profile;
        this.clock = b.clock;
        this.textChecker = b.textChecker;
        this.locale = b.locale;
        this.printable = b.printable;
        this.catalogue = RuleCatalogue.standard();
    }

    /**
     * Returns the standard validator: profile {@link Profile#NG225}, the standard language checker,
     * messages in en-GB, and no clock.
     *
     * @return the validator, not null
     */
    public static PlanValidator standard() {
        return STANDARD;
    }

    /**
     * Returns the standard validator with a clock for time-dependent rules.
     *
     * @param clock the clock whose date {@link #validate(CarePlan, Stage)} evaluates at, not null
     * @return the validator, not null
     */
    public static PlanValidator standard(Clock clock) {
        return builder().clock(clock).build();
    }

    /**
     * Tells whether the documents of {@code waymark-pdf} print a character with their standard fonts
     * (DejaVu Sans), as the rule {@code TEXT-PRINTABLE} asks by default: Latin, Greek and Cyrillic with
     * their marks, digits, punctuation, the symbols the fonts draw, and line breaks; not right-to-left or
     * complex scripts, which the renderer cannot shape, nor characters no standard font has (CJK, most emoji).
     *
     * @param codePoint the code point
     * @return true if the standard documents print it
     */
    public static boolean printsWithStandardFonts(int codePoint) {
        return PrintableText.STANDARD.test(codePoint);
    }

    /**
     * Starts a builder with the standard settings.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates a plan at a stage, at today's date in the validator's clock, or with no date when it
     * has no clock (time-dependent rules are then skipped and listed in the report).
     *
     * @param plan  the plan, not null
     * @param stage the stage, not null
     * @return the report, not null
     */
    public ValidationReport validate(CarePlan plan, Stage stage) {
        return run(plan, stage, clock == null ? null : LocalDate.now(clock));
    }

    /**
     * Validates a plan at a stage on a given date.
     *
     * @param plan  the plan, not null
     * @param stage the stage, not null
     * @param on    the date time-dependent rules evaluate at, not null
     * @return the report, not null
     */
    public ValidationReport validate(CarePlan plan, Stage stage, LocalDate on) {
        return run(plan, stage, Objects.requireNonNull(on, "on"));
    }

    /**
     * Returns the profile, not null.
     *
     * @return the profile, not null
     */
    public Profile profile() {
        return profile;
    }

    /**
     * Returns the findings of the rules that need no date, for the Bean Validation constraint.
     */
    List<Finding> findingsWithoutDate(CarePlan plan, Stage stage) {
        return run(plan, stage, null).findings();
    }

    private ValidationReport run(CarePlan plan, Stage stage, LocalDate on) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(stage, "stage");
        Evaluation ev = new Evaluation(plan, profile, on, textChecker, printable);
        Locale messages = locale != null ? locale : plan.person().locale();
        List<Finding> findings = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Rule rule : catalogue.rules()) {
            if (rule.needsEvaluationDate() && on == null) {
                skipped.add(rule.id());
                continue;
            }
            rule.check().check(plan, ev, new Emitter(rule, stage, messages, findings));
        }
        return new ValidationReport(stage, profile, on, skipped, findings);
    }

    /** Returns a summary of the settings. */
    @Override
    public String toString() {
        return "PlanValidator[" + profile + ", clock=" + (clock == null ? "none" : clock) + ", locale=" + (locale == null ? "the plan's" : locale.toLanguageTag()) + "]";
    }

    /**
     * A builder of validators. Not thread-safe.
     */
    public static final class Builder {
        private Profile profile = Profile.NG225;
        private Clock clock;
        private TextChecker textChecker = LanguageCheckerAdapter.standard();
        private Locale locale;
        private IntPredicate printable = PrintableText.STANDARD;

        private Builder() {
        }

        /**
         * Sets the profile; the default is {@link Profile#NG225}.
         *
         * @param value the profile, not null
         * @return this builder
         */
        public Builder profile(Profile value) {
            profile = Objects.requireNonNull(value, "profile");
            return this;
        }

        /**
         * Sets the clock whose date {@link PlanValidator#validate(CarePlan, Stage)} evaluates
         * time-dependent rules at; the default is none.
         *
         * @param value the clock, not null
         * @return this builder
         */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets the checker of free text for the language rules; the default is
         * {@link LanguageCheckerAdapter#standard()}.
         *
         * @param value the checker, thread-safe, not null
         * @return this builder
         */
        public Builder textChecker(TextChecker value) {
            textChecker = Objects.requireNonNull(value, "textChecker");
            return this;
        }

        /**
         * Sets the locale of the messages for every plan; unless set, each plan's messages are in the locale
         * of its person, resolved by {@link org.waymark.locale.SupportedLocale#resolveOrBase}: en-US wording and
         * dates for en-US, en-GB for any other locale (any other English, or a language the library does not
         * write), whatever the JVM's default locale.
         *
         * @param value the locale, not null
         * @return this builder
         */
        public Builder locale(Locale value) {
            locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /**
         * Sets which characters the host's documents print, for the rule {@code TEXT-PRINTABLE}; the default is
         * {@link PlanValidator#printsWithStandardFonts(int)}. A host that prints with fonts of its own (a
         * {@code FontSet} with a fallback) says what they add:
         * {@code printable(cp -> PlanValidator.printsWithStandardFonts(cp) || myFontHas(cp))}.
         *
         * @param value whether a code point prints, thread-safe, not null
         * @return this builder
         */
        public Builder printable(IntPredicate value) {
            printable = Objects.requireNonNull(value, "printable");
            return this;
        }

        /**
         * Builds the validator.
         *
         * @return the validator, not null
         */
        public PlanValidator build() {
            return new PlanValidator(this);
        }
    }
}
