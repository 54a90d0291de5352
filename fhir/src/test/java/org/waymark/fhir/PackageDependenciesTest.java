package org.waymark.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.waymark.testing.PackageArrows;

/**
 * Arrows between the fhir module's packages and the library's other packages point one way: the
 * public package uses its {@code internal} mapping, and the mapping never depends back on it (the codecs
 * refuse with their own {@code BundleFailure}, which {@code FhirImport} and {@code OperationOutcomes}
 * turn into the public {@link BundleFormatException}).
 */
class PackageDependenciesTest {

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "org/waymark/fhir", Set.of("org/waymark/fhir/internal", "org/waymark/model", "org/waymark/validation",
                    "org/waymark/json", "org/waymark/language", "org/waymark/templates"),
            "org/waymark/fhir/internal", Set.of("org/waymark/model", "org/waymark/validation", "org/waymark/locale",
                    "org/waymark/templates"));

    @Test
    void theMappingDoesNotDependBackOnThePublicPackage() {
        assertThat(PackageArrows.assertOnly(FhirImport.class, ALLOWED).get("org/waymark/fhir"))
                .contains("org/waymark/fhir/internal");
    }
}
