package org.waymark.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;

/** HAPI's instance validator finds no error in the Bundles exported from the example plans. */
class ExportValidationTest {

    private static final List<SingleValidationMessage> ALL = new ArrayList<>();

    static List<String> examples() {
        return ExamplePlans.names();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void collectionBundleHasNoValidationError(String name) {
        CarePlan plan = ExamplePlans.load(name);
        Bundle bundle = FhirExport.toFhir(plan);

        List<SingleValidationMessage> messages = FhirValidatorFixture.messages(bundle);
        ALL.addAll(messages);

        assertThat(FhirValidatorFixture.errors(bundle)).as(FhirValidatorFixture.describe(messages)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void transactionBundleWithSubjectAndDocumentHasNoValidationError(String name) {
        CarePlan plan = ExamplePlans.load(name);
        ExportOptions options = ExportOptions.DEFAULT.withBundleType(ExportOptions.BundleType.TRANSACTION)
                .withSubject("Patient/example").withPdf(new byte[] {'%', 'P', 'D', 'F', '-', '2', '.', '0'});
        Bundle bundle = FhirExport.toFhir(plan, options);

        List<SingleValidationMessage> messages = FhirValidatorFixture.messages(bundle);
        ALL.addAll(messages);

        assertThat(FhirValidatorFixture.errors(bundle)).as(FhirValidatorFixture.describe(messages)).isEmpty();
    }

    @AfterAll
    static void printSummary() {
        FhirValidatorFixture.summary(ALL).forEach((k, v) -> System.out.println("validator: " + v + " x " + k));
    }
}
