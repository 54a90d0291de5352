package org.waymark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.fhir.WaymarkFhir;
import org.waymark.json.ExamplePlans;
import org.waymark.json.PlanJson;

/** {@code waymark fhir export|import} and {@code validate --format fhir}. */
class FhirCommandTest {

    @TempDir
    Path dir;

    private Path example(String name) throws IOException {
        Path file = dir.resolve(name + ".json");
        try (InputStream in = ExamplePlans.class.getResourceAsStream(ExamplePlans.resource(name))) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void exportThenImportGivesTheSamePlan() throws IOException {
        Path plan = example(ExamplePlans.ADULT_COMPLETE);
        Path bundle = dir.resolve("bundle.json");
        Path back = dir.resolve("back.json");

        WaymarkCliTest.Run export = WaymarkCliTest.run("fhir", "export", plan.toString(), "--bundle", "transaction",
                "--subject", "Patient/123", "--out", bundle.toString());
        WaymarkCliTest.Run imported = WaymarkCliTest.run("fhir", "import", bundle.toString(), "--out", back.toString());

        assertThat(export.code()).as(export.err()).isZero();
        assertThat(imported.code()).as(imported.err()).isZero();
        Bundle b = WaymarkFhir.context().newJsonParser().parseResource(Bundle.class, Files.readString(bundle));
        assertThat(b.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
        assertThat(Files.readString(bundle)).contains("\"reference\": \"Patient/123\"");
        assertThat(PlanJson.read(back)).isEqualTo(PlanJson.read(plan));
    }

    @Test
    void importOfABundleWithARiskScoreIsRefusedWithExitTwoAndTheRule() throws IOException {
        Path bundle = dir.resolve("risk.json");
        Files.writeString(bundle, """
                {"resourceType":"Bundle","type":"collection","entry":[{"fullUrl":"urn:uuid:6f1f0c57-9d6c-4d53-9a7e-2f0c3e0e1d11",
                 "resource":{"resourceType":"RiskAssessment","status":"final","subject":{"reference":"Patient/1"},
                 "prediction":[{"probabilityDecimal":0.3}]}}]}""", StandardCharsets.UTF_8);

        WaymarkCliTest.Run r = WaymarkCliTest.run("fhir", "import", bundle.toString(), "--out", dir.resolve("x.json").toString());

        assertThat(r.code()).isEqualTo(Waymark.UNREADABLE);
        assertThat(r.err()).contains("Bundle.entry[0].resource.prediction[0]", "NO-RISK-PREDICTION");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void exportOfAnUnreadablePlanIsExitTwo() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{", StandardCharsets.UTF_8);

        WaymarkCliTest.Run r = WaymarkCliTest.run("fhir", "export", bad.toString(), "--out", dir.resolve("b.json").toString());

        assertThat(r.code()).isEqualTo(Waymark.UNREADABLE);
    }

    @Test
    void validateFormatFhirPrintsAnOperationOutcome() throws IOException {
        Path plan = example(ExamplePlans.DRAFT_WITH_GAPS);

        WaymarkCliTest.Run r = WaymarkCliTest.run("validate", "--format", "fhir", plan.toString());

        assertThat(r.code()).isEqualTo(Waymark.FINDINGS);
        OperationOutcome oo = WaymarkFhir.context().newJsonParser().parseResource(OperationOutcome.class, r.out());
        assertThat(oo.getIssue()).isNotEmpty().allSatisfy(i -> {
            assertThat(i.getDetails().getCodingFirstRep().getCode()).isNotBlank();
            assertThat(i.getExpression()).singleElement().satisfies(e -> assertThat(e.getValue()).startsWith("Bundle.entry["));
        });
    }

    @Test
    void validateFormatFhirOfSeveralFilesPrintsABundleOfOutcomes() throws IOException {
        Path a = example(ExamplePlans.DRAFT_WITH_GAPS);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[]", StandardCharsets.UTF_8);

        WaymarkCliTest.Run r = WaymarkCliTest.run("validate", "--format", "fhir", a.toString(), bad.toString());

        assertThat(r.code()).isEqualTo(Waymark.UNREADABLE);
        Bundle b = WaymarkFhir.context().newJsonParser().parseResource(Bundle.class, r.out());
        assertThat(b.getEntry()).hasSize(2);
        OperationOutcome second = (OperationOutcome) b.getEntry().get(1).getResource();
        assertThat(second.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.FATAL);
    }

    @Test
    void questionnaireWritesTheTemplatesQuestionnaireInTheLocale() throws IOException {
        Path q = dir.resolve("q.json");

        WaymarkCliTest.Run r = WaymarkCliTest.run("fhir", "questionnaire", "--template", "safety-plan", "--locale", "en-GB",
                "--out", q.toString());

        assertThat(r.code()).as(r.err()).isZero();
        Questionnaire questionnaire = WaymarkFhir.context().newJsonParser().parseResource(Questionnaire.class, Files.readString(q));
        assertThat(questionnaire.getUrl()).isEqualTo("https://waymark.org/fhir/Questionnaire/safety-plan-en-gb");
        assertThat(questionnaire.getLanguage()).isEqualTo("en-GB");
        assertThat(questionnaire.getItem()).extracting(Questionnaire.QuestionnaireItemComponent::getLinkId)
                .contains("section:safety-plan");
    }

    @Test
    void questionnaireOfAnUnknownTemplateOrLocaleIsExitTwoAndWritesNothing() {
        Path q = dir.resolve("q.json");

        WaymarkCliTest.Run template = WaymarkCliTest.run("fhir", "questionnaire", "--template", "nope", "--locale", "en-GB",
                "--out", q.toString());
        WaymarkCliTest.Run locale = WaymarkCliTest.run("fhir", "questionnaire", "--template", "safety-plan", "--locale", "fr-FR",
                "--out", q.toString());

        assertThat(template.code()).isEqualTo(Waymark.UNREADABLE);
        assertThat(template.err()).contains("no template 'nope'");
        assertThat(locale.code()).isEqualTo(Waymark.UNREADABLE);
        assertThat(locale.err()).contains("no locale 'fr-FR'");
        assertThat(q).doesNotExist();
    }

    @Test
    void templatesFormatFhirPrintsEveryQuestionnaireAsOneBundle() {
        WaymarkCliTest.Run r = WaymarkCliTest.run("templates", "--format", "fhir");

        assertThat(r.code()).as(r.err()).isZero();
        Bundle b = WaymarkFhir.context().newJsonParser().parseResource(Bundle.class, r.out());
        assertThat(b.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        assertThat(b.getEntry()).hasSize(10).allSatisfy(e -> assertThat(e.getResource()).isInstanceOf(Questionnaire.class));
        assertThat(WaymarkCliTest.run("templates", "--format", "xml").code()).isEqualTo(Waymark.UNREADABLE);
    }
}
