package org.waymark.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;

import ca.uhn.fhir.fhirpath.IFhirPath;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.fhir.internal.ConformanceGenerator;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;
import org.waymark.validation.Finding;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.Severity;
import org.waymark.validation.Stage;
import org.waymark.validation.ValidationReport;

/** A validation report as an OperationOutcome: one issue per finding, its expression resolvable in the Bundle. */
class OperationOutcomesTest {

    private static final IFhirPath ENGINE = WaymarkFhir.context().newFhirPath();
    private static final LocalDate ON = LocalDate.of(2026, 12, 1);

    static List<String> examples() {
        return ExamplePlans.names();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void oneIssuePerFindingWithRuleSeverityCitationAndAResolvableExpression(String name) {
        CarePlan plan = ExamplePlans.load(name);
        ValidationReport report = PlanValidator.standard().validate(plan, Stage.FINAL, ON);
        Bundle bundle = FhirExport.toFhir(plan);

        OperationOutcome oo = OperationOutcomes.toOperationOutcome(report, plan);

        if (report.findings().isEmpty()) {
            assertThat(oo.getIssue()).singleElement()
                    .satisfies(i -> assertThat(i.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.INFORMATION));
            return;
        }
        assertThat(oo.getIssue()).hasSameSizeAs(report.findings());
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            OperationOutcomeIssueComponent issue = oo.getIssue().get(i);
            assertThat(issue.getSeverity()).isEqualTo(f.severity() == Severity.ERROR
                    ? OperationOutcome.IssueSeverity.ERROR : OperationOutcome.IssueSeverity.WARNING);
            assertThat(issue.getDetails().getCodingFirstRep().getSystem()).isEqualTo(ConformanceGenerator.RULE_SYSTEM);
            assertThat(issue.getDetails().getCodingFirstRep().getCode()).isEqualTo(f.ruleId());
            assertThat(issue.getDetails().getText()).contains(f.citation());
            assertThat(issue.getExpression()).singleElement().satisfies(e -> {
                assertThat(e.getValue()).startsWith("Bundle.entry[");
                // Evaluates without error; a finding about something missing may point at nothing.
                List<Base> found = ENGINE.evaluate(bundle, e.getValue(), Base.class);
                assertThat(found).isNotNull();
            });
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void findingsReadBackFromTheOperationOutcome(String name) {
        CarePlan plan = ExamplePlans.load(name);
        ValidationReport report = PlanValidator.standard().validate(plan, Stage.DRAFT, ON);

        String json = OperationOutcomes.toJson(report, plan);
        OperationOutcome oo = WaymarkFhir.context().newJsonParser().parseResource(OperationOutcome.class, json);
        ValidationReport back = OperationOutcomes.toReport(oo, report.stage(), report.profile());

        assertThat(back.findings()).hasSameSizeAs(report.findings());
        for (int i = 0; i < report.findings().size(); i++) {
            Finding a = report.findings().get(i);
            Finding b = back.findings().get(i);
            assertThat(b.ruleId()).isEqualTo(a.ruleId());
            assertThat(b.severity()).isEqualTo(a.severity());
            assertThat(b.path()).isEqualTo(a.path());
            assertThat(b.messageKey()).isEqualTo(a.messageKey());
            assertThat(b.message()).isEqualTo(a.message());
            assertThat(b.citation()).isEqualTo(a.citation());
        }
        assertThat(back.isAcceptable()).isEqualTo(report.isAcceptable());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void operationOutcomeHasNoValidationError(String name) {
        CarePlan plan = ExamplePlans.load(name);
        ValidationReport report = PlanValidator.standard().validate(plan, Stage.FINAL, ON);

        assertThat(FhirValidatorFixture.errors(OperationOutcomes.toOperationOutcome(report, plan))).isEmpty();
    }

    @Test
    void anIssueWithAWaymarkRuleButDamagedExtensionsIsRefusedAtThatIssue() {
        CarePlan plan = ExamplePlans.load("draft-with-gaps");
        ValidationReport report = PlanValidator.standard().validate(plan, Stage.DRAFT, ON);
        OperationOutcome oo = OperationOutcomes.toOperationOutcome(report, plan);
        assertThat(oo.getIssue()).hasSizeGreaterThan(1);
        int last = oo.getIssue().size() - 1;

        OperationOutcome missing = oo.copy();
        missing.getIssue().get(last).getExtension().clear();
        assertThat(catchThrowable(
                () -> OperationOutcomes.toReport(missing, report.stage(), report.profile())))
                .isInstanceOfSatisfying(BundleFormatException.class, e -> {
                    assertThat(e.location()).isEqualTo("OperationOutcome.issue[" + last + "]");
                    assertThat(e.ruleId()).isEmpty();
                });

        OperationOutcome repeated = oo.copy();
        OperationOutcomeIssueComponent issue = repeated.getIssue().get(last);
        issue.addExtension(issue.getExtension().get(0).copy());
        assertThat(catchThrowable(
                () -> OperationOutcomes.toReport(repeated, report.stage(), report.profile())))
                .isInstanceOfSatisfying(BundleFormatException.class, e ->
                        assertThat(e.location()).startsWith("OperationOutcome.issue[" + last + "].extension["));
    }
}
