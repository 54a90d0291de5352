package org.waymark.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.waymark.fhir.internal.BundleFailure;
import org.waymark.fhir.internal.ConformanceGenerator;
import org.waymark.fhir.internal.FindingSource;
import org.waymark.fhir.internal.Narratives;
import org.waymark.fhir.internal.Placement;
import org.waymark.fhir.internal.RecordCodec;
import org.waymark.model.CarePlan;
import org.waymark.model.PlanPath;
import org.waymark.validation.Finding;
import org.waymark.validation.Profile;
import org.waymark.validation.Severity;
import org.waymark.validation.Stage;
import org.waymark.validation.ValidationReport;

/**
 * Validation results as FHIR: a {@link ValidationReport} as an {@link OperationOutcome} and back.
 * <p>
 * One issue per finding, in the report's order: severity {@code error} or {@code warning}, type
 * {@code business-rule}, the rule id as a coding in {@code issue.details} (system
 * {@value ConformanceGenerator#RULE_SYSTEM}), the message and the guideline citation in
 * {@code issue.details.text}, and the finding's plan path as a FHIRPath into the plan's exported
 * Bundle in {@code issue.expression} (see {@link FhirPaths}). The plan path, message key, message and
 * citation are also carried in extensions, so that {@link #toReport} can read the findings back.
 * A report without findings gives one {@code information} issue, as FHIR asks for at least one.
 * <p>
 * This class is thread-safe.
 */
public final class OperationOutcomes {

    private OperationOutcomes() {
    }

    /**
     * Returns a report as an OperationOutcome whose expressions point into the plan's Bundle.
     *
     * @param report the report, not null
     * @param plan   the plan validated, whose export the expressions point into, not null
     * @return a new OperationOutcome, not null
     */
    public static OperationOutcome toOperationOutcome(ValidationReport report, CarePlan plan) {
        Objects.requireNonNull(report, "report");
        FhirPaths paths = FhirPaths.of(plan);
        OperationOutcome oo = new OperationOutcome();
        oo.setText(Narratives.of("Validation against " + report.profile().guideline().name() + " at the " + report.stage().name().toLowerCase(java.util.Locale.ROOT)
                + " stage: " + report.errors().size() + " errors, " + report.warnings().size() + " warnings."));
        for (Finding f : report.findings()) {
            OperationOutcomeIssueComponent issue = oo.addIssue();
            issue.setSeverity(f.severity() == Severity.ERROR ? IssueSeverity.ERROR : IssueSeverity.WARNING);
            issue.setCode(IssueType.BUSINESSRULE);
            issue.getDetails().addCoding(new Coding(ConformanceGenerator.RULE_SYSTEM, f.ruleId(), f.ruleId()));
            issue.getDetails().setText(f.message() + " (" + f.citation() + ")");
            issue.addExpression(paths.toFhirPath(f.path()));
            RecordCodec.write(new FindingSource(f.path().toString(), f.messageKey(), f.message(), f.citation()),
                    Placement.FINDING, issue.getExtension());
        }
        if (report.findings().isEmpty()) {
            oo.addIssue().setSeverity(IssueSeverity.INFORMATION).setCode(IssueType.INFORMATIONAL)
                    .getDetails().setText("No findings.");
        }
        return oo;
    }

    /**
     * Returns a report as OperationOutcome JSON.
     *
     * @param report the report, not null
     * @param plan   the plan validated, not null
     * @return the OperationOutcome as pretty-printed JSON, not null
     */
    public static String toJson(ValidationReport report, CarePlan plan) {
        return WaymarkFhir.context().newJsonParser().setPrettyPrint(true)
                .encodeResourceToString(toOperationOutcome(report, plan));
    }

    /**
     * Reads Waymark's findings back from an OperationOutcome written by {@link #toOperationOutcome}.
     * Issues without a Waymark rule coding are not findings and are left out. Message parameters
     * are not carried in FHIR: the findings read back have none.
     *
     * @param outcome the OperationOutcome, not null
     * @param stage   the stage the plan was validated at, not null
     * @param profile the profile it was validated against, not null
     * @return the report, not null
     * @throws BundleFormatException if an issue with a Waymark rule lacks its plan path, message or citation
     */
    public static ValidationReport toReport(OperationOutcome outcome, Stage stage, Profile profile) {
        Objects.requireNonNull(outcome, "outcome");
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < outcome.getIssue().size(); i++) {
            OperationOutcomeIssueComponent issue = outcome.getIssue().get(i);
            String at = "OperationOutcome.issue[" + i + "]";
            Coding rule = null;
            for (Coding c : issue.getDetails().getCoding()) {
                if (ConformanceGenerator.RULE_SYSTEM.equals(c.getSystem())) {
                    rule = c;
                }
            }
            if (rule == null) {
                continue;
            }
            FindingSource source;
            try {
                RecordCodec.Reader ext = new RecordCodec.Reader(issue.getExtension(), at);
                source = RecordCodec.construct(FindingSource.class, ext.read(FindingSource.class, Placement.FINDING), at);
                ext.finish();
            } catch (BundleFailure f) {
                throw BundleFormatException.of(f);
            }
            Severity severity = issue.getSeverity() == IssueSeverity.WARNING ? Severity.WARNING : Severity.ERROR;
            PlanPath path;
            try {
                path = PlanPath.parse(source.path());
            } catch (IllegalArgumentException e) {
                throw new BundleFormatException(at + ".extension", "not a plan path");
            }
            findings.add(new Finding(rule.getCode(), severity, path, source.messageKey(), Map.of(), source.message(),
                    source.citation()));
        }
        return ValidationReport.of(stage, profile, findings);
    }
}
