package org.waymark.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.waymark.testing.PackageArrows;

/**
 * Arrows between the templates module's packages point one way: templates use the content library,
 * both use the {@code content.internal} helpers, and the helpers never depend back on either (the strict
 * JSON reader refuses with its own {@code ResourceFailure}, which the content and template libraries turn
 * into the public {@code ContentLoadException}; the reader of a locale's files, which builds the public
 * content records, is a package-private class of {@code org.waymark.templates.content}).
 */
class PackageDependenciesTest {

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "org/waymark/templates", Set.of("org/waymark/templates/content", "org/waymark/templates/content/internal",
                    "org/waymark/model", "org/waymark/locale"),
            "org/waymark/templates/content", Set.of("org/waymark/templates/content/internal", "org/waymark/model",
                    "org/waymark/locale"),
            "org/waymark/templates/content/internal", Set.of("org/waymark/model"),
            "org/waymark/templates/readability", Set.of());

    @Test
    void internalHelpersDoNotDependBackOnThePackagesTheyServe() {
        assertThat(PackageArrows.assertOnly(TemplateLibrary.class, ALLOWED)).containsKeys("org/waymark/templates",
                "org/waymark/templates/content", "org/waymark/templates/content/internal");
    }
}
