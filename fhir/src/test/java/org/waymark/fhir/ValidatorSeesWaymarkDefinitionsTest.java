package org.waymark.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.waymark.json.ExamplePlans;

/**
 * The validator used by the export tests really checks Waymark's extensions and codes: a Bundle
 * broken on purpose fails it. Without this, "0 errors" could mean "nothing was checked".
 */
class ValidatorSeesWaymarkDefinitionsTest {

    private static Bundle exported() {
        return FhirExport.toFhir(ExamplePlans.load(ExamplePlans.ADULT_COMPLETE));
    }

    @Test
    void anExtensionValueOfTheWrongTypeIsAnError() {
        Bundle bundle = exported();
        CarePlan cp = (CarePlan) bundle.getEntryFirstRep().getResource();
        Extension version = cp.getExtensionByUrl(WaymarkFhir.CANONICAL + "/StructureDefinition/care-plan-version");
        version.setValue(new StringType("one"));

        assertThat(FhirValidatorFixture.errors(bundle)).isNotEmpty();
    }

    @Test
    void anUnknownPartOfAComplexExtensionIsAnError() {
        Bundle bundle = exported();
        CarePlan cp = (CarePlan) bundle.getEntryFirstRep().getResource();
        Extension person = cp.getExtensionByUrl(WaymarkFhir.CANONICAL + "/StructureDefinition/care-plan-person");
        person.addExtension("riskLevel", new IntegerType(3));

        assertThat(FhirValidatorFixture.errors(bundle)).isNotEmpty();
    }

    @Test
    void anUnknownCodeInAWaymarkCodeSystemIsAnError() {
        Bundle bundle = exported();
        CarePlan cp = (CarePlan) bundle.getEntryFirstRep().getResource();
        Coding modality = cp.getActivityFirstRep().getDetail().getCode().getCodingFirstRep();
        modality.setCode("not-a-modality");

        assertThat(FhirValidatorFixture.errors(bundle)).isNotEmpty();
    }
}
