package org.waymark.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import ca.uhn.fhir.util.FhirTerser;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;
import org.waymark.testing.PlanArbitraries;

/**
 * NO-RISK-PREDICTION on the way out: an exported Bundle holds no RiskAssessment, no probability,
 * no risk level, and none of the LOINC codes for a suicide risk level or score.
 */
class NoRiskScoreTest {

    /** LOINC codes of suicide risk levels and scores. */
    private static final List<String> RISK_CODES = List.of("93374-7", "93373-9");

    @Test
    void exampleBundlesCarryNoRiskScore() {
        for (String name : ExamplePlans.names()) {
            assertNoRiskScore(ExamplePlans.load(name));
        }
    }

    @Property(tries = 200)
    void generatedBundlesCarryNoRiskScore(@ForAll("plans") CarePlan plan) {
        assertNoRiskScore(plan);
    }

    @Provide
    Arbitrary<CarePlan> plans() {
        return PlanArbitraries.plans();
    }

    private static void assertNoRiskScore(CarePlan plan) {
        Bundle bundle = FhirExport.toFhir(plan, ExportOptions.DEFAULT.withPdf(new byte[] {1, 2, 3}));
        FhirTerser terser = WaymarkFhir.context().newTerser();

        assertThat(bundle.getEntry()).noneMatch(e -> e.getResource().fhirType().equals("RiskAssessment"));
        assertThat(terser.getAllPopulatedChildElementsOfType(bundle, Coding.class))
                .noneMatch(c -> RISK_CODES.contains(c.getCode()))
                .noneMatch(c -> c.getCode() != null && c.getCode().contains("risk-level"));
        assertThat(terser.getAllPopulatedChildElementsOfType(bundle, Extension.class))
                .extracting(Extension::getUrl)
                .noneMatch(url -> url.contains("risk-level") || url.contains("riskLevel") || url.contains("probability")
                        || url.contains("score"));
        for (var e : bundle.getEntry()) {
            if (e.getResource() instanceof Observation o) {
                assertThat(o.hasInterpretation()).isFalse();
                assertThat(o.hasReferenceRange()).isFalse();
                assertThat(o.getValue()).satisfiesAnyOf(v -> assertThat(v).isNull(), v -> assertThat(v).isInstanceOf(StringType.class));
                assertThat(o.getComponent()).allSatisfy(c -> {
                    assertThat(c.getValue()).isInstanceOf(StringType.class);
                    assertThat(c.hasInterpretation()).isFalse();
                });
            }
        }
    }
}
