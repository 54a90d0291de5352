package org.waymark.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.waymark.validation.Finding;
import org.waymark.validation.ValidationReport;

/**
 * Validation findings to print as an appendix of the clinician's care plan: a neutral, already
 * worded form, so that the PDF module needs nothing from the validator but what it prints.
 * <p>
 * Rows are printed in the order given. Messages are printed as they are; they should be the
 * validator's own wording in the document's language.
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param stage  the stage the plan was checked at (for example "final"), or null
 * @param profile  the rule profile (for example "NG225"), or null
 * @param evaluatedOn  the date time-dependent rules were evaluated at, or null
 * @param rows  the findings, not null; empty when the plan has none
 */
public record ValidationSummary(String stage, String profile, LocalDate evaluatedOn, List<Row> rows) {

    /** How serious a finding is. */
    public enum Severity {
        /** The plan does not meet the guideline at this stage. */
        ERROR,
        /** Something to look at; the plan is still acceptable. */
        WARNING
    }

    /**
     * One finding.
     *
     * @param ruleId  the rule's stable id, for example {@code GOAL-SMART}, not null
     * @param severity  the severity, not null
     * @param path  where in the plan, for example {@code goals[2].dueDate}; empty for the whole plan; not null
     * @param message  the finding in words, not null
     * @param citation  the guideline source, for example "NICE CG133", or null
     */
    public record Row(String ruleId, Severity severity, String path, String message, String citation) {

        /**
         * Creates an instance, checking the components.
         *
         * @param ruleId  the rule's stable id, not null
         * @param severity  the severity, not null
         * @param path  where in the plan, not null
         * @param message  the finding in words, not null
         * @param citation  the guideline source, or null
         */
        public Row {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Creates an instance, checking and copying the components.
     *
     * @param stage  the stage, or null
     * @param profile  the profile, or null
     * @param evaluatedOn  the evaluation date, or null
     * @param rows  the findings, not null
     */
    public ValidationSummary {
        rows = List.copyOf(rows);
    }

    /**
     * Obtains the summary of a validator's report: its stage and guideline, its evaluation date,
     * and each finding's rule id, severity, path, resolved message and citation, in report order.
     *
     * @param report  the report, not null
     * @return the summary, not null
     */
    public static ValidationSummary from(ValidationReport report) {
        Objects.requireNonNull(report, "report");
        List<Row> rows = new java.util.ArrayList<>(report.findings().size());
        for (Finding f : report.findings()) {
            rows.add(new Row(f.ruleId(), f.isError() ? Severity.ERROR : Severity.WARNING, f.path().toString(),
                    f.message(), f.citation()));
        }
        return new ValidationSummary(report.stage().name().toLowerCase(Locale.ROOT),
                report.profile().guideline().name(), report.evaluationDate().orElse(null), rows);
    }

    /**
     * Obtains a summary of findings without stage, profile or date.
     *
     * @param rows  the findings, not null
     * @return the summary, not null
     */
    public static ValidationSummary of(List<Row> rows) {
        return new ValidationSummary(null, null, null, rows);
    }
}
