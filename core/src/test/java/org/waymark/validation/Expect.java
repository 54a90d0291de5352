package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Assertions on reports by rule id, severity and path: never on message prose. */
final class Expect {

    private Expect() {
    }

    /** Asserts that the report holds exactly these findings, each written {@code "RULE-ID SEVERITY path"}. */
    static void exactly(ValidationReport report, String... findings) {
        assertThat(describe(report.findings())).containsExactlyInAnyOrder(findings);
    }

    /** Asserts that one rule's findings are exactly these, each written {@code "SEVERITY path"}. */
    static void rule(ValidationReport report, String ruleId, String... findings) {
        assertThat(report.byRule(ruleId).stream().map(f -> f.severity() + " " + f.path()).toList())
                .containsExactlyInAnyOrder(findings);
    }

    /** Asserts that a rule found nothing. */
    static void clean(ValidationReport report, String ruleId) {
        assertThat(report.byRule(ruleId)).isEmpty();
    }

    static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.severity() + " " + f.path()).toList();
    }
}
