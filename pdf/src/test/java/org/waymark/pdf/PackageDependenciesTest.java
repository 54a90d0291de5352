package org.waymark.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.waymark.testing.PackageArrows;

/**
 * Arrows between the PDF module's packages point one way. The public package uses its internal
 * packages; an internal package never uses the public one (the document classes make the layout
 * code's settings from their options and turn its failures into the public exception). Among the
 * internal packages, the document layouts use the layout engine, and the layout engine uses the
 * fonts, which use no other package of the library. The arrows are read from the
 * compiled classes ({@link PackageArrows}), which also checks that the allowed arrows have no cycle and that
 * no internal package names {@code org.waymark.pdf}.
 */
class PackageDependenciesTest {

    private static final String PDF = "org/waymark/pdf";
    private static final String DOC = "org/waymark/pdf/internal/doc";
    private static final String LAYOUT = "org/waymark/pdf/internal/layout";
    private static final String FONT = "org/waymark/pdf/internal/font";

    /** Each package of this module, and the packages of the library it may use. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            PDF, Set.of("org/waymark/model", "org/waymark/validation", DOC, LAYOUT, FONT),
            DOC, Set.of("org/waymark/model", "org/waymark/locale", "org/waymark/validation",
                    "org/waymark/templates/content", LAYOUT),
            LAYOUT, Set.of(FONT),
            FONT, Set.of());

    @Test
    void packagesDependOnlyOnThePackagesBelowThem() {
        assertThat(PackageArrows.assertOnly(PdfOptions.class, ALLOWED)).containsKeys(PDF, DOC, LAYOUT);
    }
}
