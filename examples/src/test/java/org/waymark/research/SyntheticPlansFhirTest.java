package org.waymark.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.waymark.fhir.ExportOptions;
import org.waymark.fhir.FhirExport;
import org.waymark.fhir.FhirImport;
import org.waymark.fhir.FhirValidatorFixture;
import org.waymark.model.CarePlan;

/**
 * The FHIR mapping over synthetic plans of every completeness: 500 read back equal, and 200 pass
 * HAPI's instance validator with no error. These live here, not in the fhir module, because the
 * synthetic generator is part of this module, which itself depends on fhir.
 */
class SyntheticPlansFhirTest {

    @Test
    void fiveHundredSyntheticPlansReadBackEqual() {
        List<CarePlan> plans = SyntheticPlans.ofSeed(14).generate(500);
        for (CarePlan plan : plans) {
            assertThat(FhirImport.fromFhir(FhirExport.toFhir(plan))).as(plan.id()).isEqualTo(plan);
        }
    }

    @Test
    void twoHundredSyntheticPlansHaveNoValidationError() {
        List<CarePlan> plans = SyntheticPlans.ofSeed(1414).generate(200);
        List<SingleValidationMessage> all = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            ExportOptions options = i % 2 == 0 ? ExportOptions.DEFAULT
                    : ExportOptions.DEFAULT.withBundleType(ExportOptions.BundleType.TRANSACTION).withSubject("Patient/" + i);
            Bundle bundle = FhirExport.toFhir(plans.get(i), options);
            List<SingleValidationMessage> messages = FhirValidatorFixture.messages(bundle);
            all.addAll(messages);
            assertThat(FhirValidatorFixture.errors(messages)).as(plans.get(i).id() + "\n" + FhirValidatorFixture.describe(messages))
                    .isEmpty();
        }
        Map<String, Long> summary = FhirValidatorFixture.summary(all);
        summary.forEach((k, v) -> System.out.println("validator: " + v + " x " + k));
    }
}
