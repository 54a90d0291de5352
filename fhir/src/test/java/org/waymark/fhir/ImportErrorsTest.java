package org.waymark.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.waymark.json.ExamplePlans;

/** Bundles Waymark cannot read fail with a typed exception that says where (FHIRPath) and why. */
class ImportErrorsTest {

    private static Bundle exported() {
        return FhirExport.toFhir(ExamplePlans.load(ExamplePlans.ADULT_COMPLETE));
    }

    private static int firstGoal(Bundle b) {
        for (int i = 0; i < b.getEntry().size(); i++) {
            if (b.getEntry().get(i).getResource() instanceof Goal) {
                return i;
            }
        }
        throw new AssertionError("no Goal");
    }

    private static BundleFormatException failure(Bundle bundle) {
        BundleFormatException e = catchThrowableOfType(BundleFormatException.class, () -> FhirImport.fromFhir(bundle));
        assertThat(e).as("an exception").isNotNull();
        return e;
    }

    private static BundleFormatException failure(String json) {
        BundleFormatException e = catchThrowableOfType(BundleFormatException.class, () -> FhirImport.read(json));
        assertThat(e).as("an exception").isNotNull();
        return e;
    }

    @Test
    void missingRequiredElementSaysWhere() {
        Bundle b = exported();
        int g = firstGoal(b);
        ((Goal) b.getEntry().get(g).getResource()).getDescription().setText(null);

        BundleFormatException e = failure(b);

        assertThat(e.location()).isEqualTo("Bundle.entry[" + g + "].resource.description.text");
        assertThat(e.reason()).contains("required element is missing");
        assertThat(e.ruleId()).isEmpty();
    }

    @Test
    void partialDueDateSaysWhere() {
        Bundle b = exported();
        int g = firstGoal(b);
        Goal goal = (Goal) b.getEntry().get(g).getResource();
        goal.getTargetFirstRep().setDue(new DateType("2027"));

        assertThat(failure(b).location()).isEqualTo("Bundle.entry[" + g + "].resource.target[0].dueDate");
    }

    @Test
    void dueAsADurationIsTheWrongType() {
        Bundle b = exported();
        int g = firstGoal(b);
        ((Goal) b.getEntry().get(g).getResource()).getTargetFirstRep().setDue(new Duration().setValue(3));

        BundleFormatException e = failure(b);

        assertThat(e.location()).isEqualTo("Bundle.entry[" + g + "].resource.target[0].due");
        assertThat(e.reason()).startsWith("wrong type");
    }

    @Test
    void unresolvableReferenceSaysWhere() {
        Bundle b = exported();
        ((CarePlan) b.getEntryFirstRep().getResource()).getGoal().get(1).setReference("urn:uuid:00000000-0000-0000-0000-000000000000");

        BundleFormatException e = failure(b);

        assertThat(e.location()).isEqualTo("Bundle.entry[0].resource.goal[1].reference");
        assertThat(e.reason()).startsWith("unresolvable reference");
    }

    @Test
    void referenceToTheWrongTypeSaysWhere() {
        Bundle b = exported();
        CarePlan cp = (CarePlan) b.getEntryFirstRep().getResource();
        cp.getGoal().set(0, new Reference(cp.getCareTeamFirstRep().getReference()));

        BundleFormatException e = failure(b);

        assertThat(e.location()).isEqualTo("Bundle.entry[0].resource.goal[0].reference");
        assertThat(e.reason()).startsWith("wrong type: expected a Goal, found a CareTeam");
    }

    @Test
    void unknownCodeSaysWhere() {
        Bundle b = exported();
        CarePlan cp = (CarePlan) b.getEntryFirstRep().getResource();
        cp.getActivityFirstRep().getDetail().getCode().getCodingFirstRep().setCode("hypnosis");

        BundleFormatException e = failure(b);

        assertThat(e.location()).isEqualTo("Bundle.entry[0].resource.activity[0].detail.code.coding[0].code");
        assertThat(e.reason()).startsWith("unknown code");
    }

    @Test
    void unknownStatusSaysWhere() {
        Bundle b = exported();
        ((CarePlan) b.getEntryFirstRep().getResource()).setStatus(CarePlan.CarePlanStatus.REVOKED);

        assertThat(failure(b).location()).isEqualTo("Bundle.entry[0].resource.status");
    }

    @Test
    void extensionValueOfTheWrongTypeSaysWhere() {
        Bundle b = exported();
        CarePlan cp = (CarePlan) b.getEntryFirstRep().getResource();
        int i = cp.getExtension().indexOf(cp.getExtensionByUrl(WaymarkFhir.CANONICAL + "/StructureDefinition/care-plan-version"));
        cp.getExtension().get(i).setValue(new StringType("two"));

        BundleFormatException e = failure(b);

        assertThat(e.location()).isEqualTo("Bundle.entry[0].resource.extension[" + i + "].value");
        assertThat(e.reason()).isEqualTo("wrong type: expected valueInteger");
    }

    @Test
    void unknownWaymarkExtensionIsNotDroppedSilently() {
        Bundle b = exported();
        CarePlan cp = (CarePlan) b.getEntryFirstRep().getResource();
        cp.addExtension(WaymarkFhir.CANONICAL + "/StructureDefinition/care-plan-mood", new StringType("fine"));

        BundleFormatException e = failure(b);

        assertThat(e.location()).isEqualTo("Bundle.entry[0].resource.extension[" + (cp.getExtension().size() - 1) + "]");
    }

    @Test
    void modelChecksBecomeLocatedErrors() {
        Bundle b = exported();
        CarePlan cp = (CarePlan) b.getEntryFirstRep().getResource();
        Extension version = cp.getExtensionByUrl(WaymarkFhir.CANONICAL + "/StructureDefinition/care-plan-version");
        version.setValue(new org.hl7.fhir.r4.model.IntegerType(0));

        BundleFormatException e = failure(b);

        assertThat(e.location()).isEqualTo("Bundle.entry[0].resource");
        assertThat(e.reason()).contains("version");
    }

    @Test
    void riskAssessmentWithAPredictionIsRefused() {
        Bundle b = exported();
        RiskAssessment ra = new RiskAssessment();
        ra.setStatus(RiskAssessment.RiskAssessmentStatus.FINAL);
        ra.addPrediction().setProbability(new DecimalType("0.2"));
        b.addEntry().setFullUrl("urn:uuid:6f1f0c57-9d6c-4d53-9a7e-2f0c3e0e1d11").setResource(ra);
        int n = b.getEntry().size() - 1;

        BundleFormatException e = failure(b);

        assertThat(e.ruleId()).contains("NO-RISK-PREDICTION");
        assertThat(e.location()).isEqualTo("Bundle.entry[" + n + "].resource.prediction[0]");
    }

    @Test
    void observationCodedAsASuicideRiskLevelIsRefused() {
        Bundle b = exported();
        Observation o = new Observation();
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.getCode().addCoding(new Coding("http://loinc.org", "93374-7", null));
        b.addEntry().setFullUrl("urn:uuid:2b7c9a7e-1d59-4d9e-a0f4-7d4b4f6e2c10").setResource(o);
        int n = b.getEntry().size() - 1;

        BundleFormatException e = failure(b);

        assertThat(e.ruleId()).contains("NO-RISK-PREDICTION");
        assertThat(e.location()).isEqualTo("Bundle.entry[" + n + "].resource.code.coding[0]");
    }

    @Test
    void riskLevelExtensionIsRefusedWhereverItIs() {
        Bundle b = exported();
        CarePlan cp = (CarePlan) b.getEntryFirstRep().getResource();
        cp.getActivity().get(1).getDetail().addExtension("http://example.org/fhir/StructureDefinition/suicide-risk-level",
                new StringType("low"));

        BundleFormatException e = failure(b);

        assertThat(e.ruleId()).contains("NO-RISK-PREDICTION");
        assertThat(e.location()).isEqualTo("Bundle.entry[0].resource.activity[1].detail.extension[0]");
    }

    @Test
    void jsonThatIsNotABundleIsRefusedWithoutHapiDetail() {
        BundleFormatException e = failure("{\"resourceType\":\"Patient\",\"id\":\"x\"}");

        assertThat(e.location()).isEqualTo("Bundle");
        assertThat(e.getCause()).isNull();
        assertThat(e.getStackTrace()).isEmpty();
    }

    @Test
    void unknownJsonElementIsRefused() {
        String json = FhirExport.toJson(ExamplePlans.load(ExamplePlans.DRAFT_WITH_GAPS), ExportOptions.DEFAULT)
                .replaceFirst("\"resourceType\": \"Bundle\",", "\"resourceType\": \"Bundle\", \"riskScore\": 3,");

        assertThat(failure(json).location()).isEqualTo("Bundle");
    }

    @Test
    void deepNestingIsRefusedBeforeParsing() {
        String json = "{\"resourceType\":\"Bundle\",\"x\":" + "[".repeat(500) + "]".repeat(500) + "}";

        BundleFormatException e = failure(json);

        assertThat(e.reason()).contains("nested too deeply");
    }

    @Test
    void oversizedDocumentIsRefused() {
        String json = "{\"resourceType\":\"Bundle\",\"id\":\"" + "a".repeat(FhirImport.MAX_DOCUMENT_LENGTH) + "\"}";

        assertThat(failure(json).reason()).contains("larger than");
    }

    @Test
    void malformedJsonSaysTheLine() {
        assertThat(failure("{\"resourceType\":\"Bundle\",\n\"type\": }").reason()).contains("line 2");
    }
}
