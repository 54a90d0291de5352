package org.waymark.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;
import org.waymark.testing.PlanArbitraries;

/** Everything the export writes reads back: {@code fromFhir(toFhir(plan)).equals(plan)}, in memory and through JSON. */
class RoundTripTest {

    static List<String> examples() {
        return ExamplePlans.names();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void examplePlansReadBackEqual(String name) {
        CarePlan plan = ExamplePlans.load(name);

        assertThat(FhirImport.fromFhir(FhirExport.toFhir(plan))).isEqualTo(plan);
        for (ExportOptions.BundleType type : ExportOptions.BundleType.values()) {
            ExportOptions options = ExportOptions.DEFAULT.withBundleType(type).withSubject("Patient/123")
                    .withPdf(new byte[] {'%', 'P', 'D', 'F'});
            assertThat(FhirImport.read(FhirExport.toJson(plan, options))).isEqualTo(plan);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exportIsDeterministic(String name) {
        CarePlan plan = ExamplePlans.load(name);

        assertThat(FhirExport.toJson(plan, ExportOptions.DEFAULT)).isEqualTo(FhirExport.toJson(plan, ExportOptions.DEFAULT));
    }

    @Property(tries = 1000)
    void generatedPlansReadBackEqual(@ForAll("plans") CarePlan plan) {
        assertThat(FhirImport.fromFhir(FhirExport.toFhir(plan))).isEqualTo(plan);
    }

    @Property(tries = 300)
    void generatedPlansReadBackEqualThroughJson(@ForAll("plans") CarePlan plan) {
        String json = FhirExport.toJson(plan, ExportOptions.DEFAULT.withBundleType(ExportOptions.BundleType.TRANSACTION));

        assertThat(FhirImport.read(json)).isEqualTo(plan);
    }

    @Provide
    Arbitrary<CarePlan> plans() {
        return PlanArbitraries.plans();
    }
}
