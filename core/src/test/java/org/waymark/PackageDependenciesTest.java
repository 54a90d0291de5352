package org.waymark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.waymark.model.CarePlan;
import org.waymark.testing.PackageArrows;

/**
 * Arrows between core's packages point one way: the model and the locale policy depend on no other
 * package of the library, the JSON format and the validation depend on the model (the reader names the validation's
 * rule {@code NO-RISK-PREDICTION}), and an {@code internal} package is used by its own parent only and never depends back on it
 * (the JSON reader reports a refusal with its own type, which {@code PlanJson} turns into the public exception).
 * The arrows are read from the compiled classes ({@link PackageArrows}).
 */
class PackageDependenciesTest {

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "org/waymark/model", Set.of(),
            "org/waymark/locale", Set.of(),
            "org/waymark/language", Set.of("org/waymark/locale"),
            "org/waymark/json", Set.of("org/waymark/model", "org/waymark/json/internal"),
            "org/waymark/json/internal", Set.of("org/waymark/model", "org/waymark/validation"),
            "org/waymark/validation", Set.of("org/waymark/model", "org/waymark/language", "org/waymark/locale"),
            "org/waymark/tables", Set.of("org/waymark/model", "org/waymark/validation"));

    @Test
    void packagesDependOnlyOnThePackagesBelowThem() {
        assertThat(PackageArrows.assertOnly(CarePlan.class, ALLOWED)).containsKey("org/waymark/validation");
    }
}
