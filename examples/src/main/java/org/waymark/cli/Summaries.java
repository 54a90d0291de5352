package org.waymark.cli;

import java.util.Locale;
import org.waymark.pdf.ValidationSummary;
import org.waymark.validation.Severity;
import org.waymark.validation.ValidationReport;

/** Turns a validation report into the neutral summary the care plan document prints as an appendix. */
final class Summaries {

    private Summaries() {
    }

    static ValidationSummary of(ValidationReport report) {
        return new ValidationSummary(report.stage().name().toLowerCase(Locale.ROOT), report.profile().guideline().name(),
                report.evaluationDate().orElse(null),
                report.findings().stream().map(f -> new ValidationSummary.Row(f.ruleId(),
                        f.severity() == Severity.ERROR ? ValidationSummary.Severity.ERROR : ValidationSummary.Severity.WARNING,
                        f.path().toString(), f.message(), f.citation())).toList());
    }
}
