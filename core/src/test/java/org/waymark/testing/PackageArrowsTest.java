package org.waymark.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.waymark.model.CarePlan;

/** The package-arrow check fails where it should: an arrow not allowed, a package not known, a cycle allowed. */
class PackageArrowsTest {

    private static Map<String, Set<String>> coreAsItIs() {
        Map<String, Set<String>> allowed = new HashMap<>();
        PackageArrows.of(CarePlan.class).forEach((pkg, targets) -> allowed.put(pkg, targets));
        allowed.putIfAbsent("org/waymark/model", Set.of());
        return allowed;
    }

    @Test
    void readsTheArrowsOfTheCompiledClasses() {
        Map<String, Set<String>> found = PackageArrows.of(CarePlan.class);

        assertThat(found.get("org/waymark/json")).contains("org/waymark/json/internal", "org/waymark/model");
        assertThat(found.get("org/waymark/validation")).contains("org/waymark/model");
        assertThat(PackageArrows.assertOnly(CarePlan.class, coreAsItIs())).isEqualTo(found);
    }

    @Test
    void anArrowNotAllowedFailsNamingThePackage() {
        Map<String, Set<String>> allowed = coreAsItIs();
        allowed.put("org/waymark/json", Set.of("org/waymark/model"));

        assertThatThrownBy(() -> PackageArrows.assertOnly(CarePlan.class, allowed))
                .isInstanceOf(AssertionError.class).hasMessageContaining("org/waymark/json");
    }

    @Test
    void aPackageTheTestDoesNotKnowFails() {
        Map<String, Set<String>> allowed = coreAsItIs();
        allowed.remove("org/waymark/tables");

        assertThatThrownBy(() -> PackageArrows.assertOnly(CarePlan.class, allowed))
                .isInstanceOf(AssertionError.class).hasMessageContaining("a package this test knows");
    }

    @Test
    void allowingACycleFails() {
        Map<String, Set<String>> allowed = coreAsItIs();
        allowed.put("org/waymark/model", Set.of("org/waymark/validation"));

        assertThatThrownBy(() -> PackageArrows.assertOnly(CarePlan.class, allowed))
                .isInstanceOf(AssertionError.class).hasMessageContaining("may reach");
    }
}
