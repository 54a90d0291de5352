package org.waymark.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.waymark.model.PlanPath;

/**
 * What validating a plan found.
 * <p>
 * {@link #isAcceptable()} (no errors) is separate from {@link #hasFindings()}: a plan with
 * warnings only is acceptable. Findings are sorted by the rules' order in the
 * {@link RuleCatalogue}, then by {@link PlanPath}, then by message key and parameters, so that the
 * same plan always gives the same report.
 * <p>
 * {@link #toString()} shows counts and rule ids only, never patient data.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ValidationReport {

    private static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> RuleCatalogue.standard().position(f.ruleId()))
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::path)
            .thenComparing(Finding::messageKey)
            .thenComparing(f -> f.parameters().toString());

    private final Stage stage;
    private final Profile profile;
    private final LocalDate evaluationDate;
    private final List<String> notEvaluated;
    private final List<Finding> findings;

    ValidationReport(Stage stage, Profile profile, LocalDate evaluationDate, List<String> notEvaluated, List<Finding> findings) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.evaluationDate = evaluationDate;
        this.notEvaluated = List.copyOf(notEvaluated);
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ORDER);
        this.findings = List.copyOf(sorted);
    }

    /**
     * Obtains a report of findings made elsewhere, for example from Bean Validation violations
     * (see {@link GuidelineViolations#toFindings}).
     *
     * @param stage    the stage the findings were made at, not null
     * @param profile  the profile they were made with, not null
     * @param findings the findings, in any order, not null
     * @return the report, with the findings sorted, not null
     */
    public static ValidationReport of(Stage stage, Profile profile, List<Finding> findings) {
        return new ValidationReport(stage, profile, null, List.of(), findings);
    }

    /**
     * Returns all findings in report order; unmodifiable, not null.
     *
     * @return all findings in report order; unmodifiable, not null
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Sums the report up in one sentence for a person to read, such as "Not acceptable: 1 error, 3 warnings."
     *
     * @param locale the locale of the wording, resolved by {@link org.waymark.locale.SupportedLocale#resolveOrBase},
     *               not null
     * @return the sentence, not null
     */
    public String summary(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        Map<String, Object> counts = Map.of("errors", errors().size(), "warnings", warnings().size());
        return RuleMessages.format(locale, isAcceptable() ? "summary.acceptable" : "summary.notAcceptable", counts);
    }

    /**
     * Tells whether no finding is an {@link Severity#ERROR}: the plan meets the guideline at this stage.
     *
     * @return true if no finding is an {@link Severity#ERROR}: the plan meets the guideline at this stage
     */
    public boolean isAcceptable() {
        for (Finding f : findings) {
            if (f.isError()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether there is any finding, error or warning.
     *
     * @return true if there is any finding, error or warning
     */
    public boolean hasFindings() {
        return !findings.isEmpty();
    }

    /**
     * Returns the errors in report order; not null.
     *
     * @return the errors in report order; not null
     */
    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    /**
     * Returns the warnings in report order; not null.
     *
     * @return the warnings in report order; not null
     */
    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }

    /**
     * Returns the findings of one rule.
     *
     * @param ruleId the rule's id, e.g. {@code GOAL-SMART}, not null
     * @return the findings in report order, empty when the rule found nothing; not null
     */
    public List<Finding> byRule(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /**
     * Returns the stage the plan was validated at, not null.
     *
     * @return the stage the plan was validated at, not null
     */
    public Stage stage() {
        return stage;
    }

    /**
     * Returns the profile the plan was validated with, not null.
     *
     * @return the profile the plan was validated with, not null
     */
    public Profile profile() {
        return profile;
    }

    /**
     * Returns the date time-dependent rules were evaluated at.
     *
     * @return the date, or empty when validation had no date and no clock
     */
    public Optional<LocalDate> evaluationDate() {
        return Optional.ofNullable(evaluationDate);
    }

    /**
     * Returns the ids of rules that were not evaluated because they need a date and none was given
     * (for example {@code REVIEW-OVERDUE}).
     *
     * @return the rule ids in catalogue order; empty when every rule ran; not null
     */
    public List<String> notEvaluated() {
        return notEvaluated;
    }

    /** Returns a summary with the stage, counts and the rule ids found, without patient data. */
    @Override
    public String toString() {
        return "ValidationReport[stage=" + stage + ", errors=" + errors().size() + ", warnings=" + warnings().size()
                + ", rules=" + findings.stream().map(Finding::ruleId).distinct().toList() + "]";
    }
}
