package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waymark.model.PlanPath;

class ValidationReportTest {

    private static Finding finding(String rule, String path, Severity severity) {
        return new Finding(rule, severity, PlanPath.parse(path), rule + ".x", Map.of(), "m", "c");
    }

    @Test
    void findingsAreSortedByRuleOrderThenPath() {
        List<Finding> shuffled = List.of(finding("SIGNED-OFF", "signOff.signatures", Severity.ERROR),
                finding("GOAL-SMART", "goals[10].measure", Severity.ERROR),
                finding("GOAL-SMART", "goals[2].measure", Severity.ERROR),
                finding("NO-RISK-PREDICTION", "riskFormulation.summary", Severity.ERROR));

        ValidationReport report = ValidationReport.of(Stage.FINAL, Profile.NG225, shuffled);

        assertThat(report.findings()).extracting(f -> f.ruleId() + " " + f.path()).containsExactly(
                "NO-RISK-PREDICTION riskFormulation.summary", "GOAL-SMART goals[2].measure", "GOAL-SMART goals[10].measure",
                "SIGNED-OFF signOff.signatures");
    }

    @Test
    void acceptableIsSeparateFromHavingFindings() {
        ValidationReport warningsOnly = ValidationReport.of(Stage.FINAL, Profile.NG225, List.of(finding("SHARED-WITH-GP", "sharing.gp", Severity.WARNING)));
        ValidationReport none = ValidationReport.of(Stage.FINAL, Profile.NG225, List.of());

        assertThat(warningsOnly.isAcceptable()).isTrue();
        assertThat(warningsOnly.hasFindings()).isTrue();
        assertThat(warningsOnly.warnings()).hasSize(1);
        assertThat(warningsOnly.errors()).isEmpty();
        assertThat(none.isAcceptable()).isTrue();
        assertThat(none.hasFindings()).isFalse();
    }

    @Test
    void filtersByRule() {
        ValidationReport report = Plans.validate(Plans.draft(), Stage.FINAL);

        assertThat(report.byRule("GOAL-SMART")).hasSize(3).allMatch(f -> f.ruleId().equals("GOAL-SMART"));
        assertThat(report.byRule("NO-SUCH-RULE")).isEmpty();
        assertThat(report.errors().size() + report.warnings().size()).isEqualTo(report.findings().size());
    }

    @Test
    void reportAndFindingsAreImmutable() {
        List<Finding> list = new ArrayList<>(List.of(finding("GOAL-SMART", "goals[2].measure", Severity.ERROR)));
        ValidationReport report = ValidationReport.of(Stage.FINAL, Profile.NG225, list);
        list.clear();

        assertThat(report.findings()).hasSize(1);
        assertThatThrownBy(() -> report.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.findings().get(0).parameters().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sameplanGivesTheSameReport() {
        assertThat(Plans.validate(Plans.draft()).findings()).isEqualTo(Plans.validate(Plans.draft()).findings());
    }
}
