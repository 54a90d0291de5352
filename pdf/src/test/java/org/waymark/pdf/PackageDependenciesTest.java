package org.waymark.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Arrows between the PDF module's packages point one way. The public package uses its internal
 * packages; an internal package never uses the public one (the document classes make the layout
 * code's settings from their options and turn its failures into the public exception). Among the
 * internal packages, the document layouts use the layout engine, and the layout engine uses the
 * fonts, which use no other package of the library. Read from the compiled classes' constant pools,
 * so an arrow that only an annotation or a nested type carries counts too (Javadoc links do not:
 * they are not compiled).
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

    private static final Pattern REFERENCE = Pattern.compile("org/waymark/([a-z]+(?:/[a-z]+)*)/[A-Z]");

    @Test
    void packagesDependOnlyOnThePackagesBelowThem() throws Exception {
        Map<String, Set<String>> found = arrows();

        assertThat(found).containsKeys(PDF, DOC, LAYOUT);
        found.forEach((pkg, targets) -> assertThat(ALLOWED).as("a package this test knows").containsKey(pkg));
        found.forEach((pkg, targets) -> assertThat(targets).as(pkg).isSubsetOf(ALLOWED.get(pkg)));
    }

    @Test
    void noInternalPackageUsesThePublicOne() throws Exception {
        arrows().forEach((pkg, targets) -> {
            if (pkg.startsWith(PDF + "/internal/")) {
                assertThat(targets).as(pkg).doesNotContain(PDF);
            }
        });
    }

    @Test
    void theAllowedArrowsHaveNoCycle() {
        for (String pkg : ALLOWED.keySet()) {
            assertThat(reachable(pkg, new HashSet<>())).as("what %s reaches", pkg).doesNotContain(pkg);
        }
    }

    private static Set<String> reachable(String from, Set<String> seen) {
        for (String to : ALLOWED.getOrDefault(from, Set.of())) {
            if (seen.add(to)) {
                reachable(to, seen);
            }
        }
        return seen;
    }

    /** The packages of the library each of this module's packages refers to, itself left out. */
    private static Map<String, Set<String>> arrows() throws Exception {
        Path classes = Path.of(PdfOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, Set<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().equals("module-info.class"))
                    .forEach(f -> {
                        String pkg = classes.relativize(f.getParent()).toString().replace('\\', '/');
                        Matcher m = REFERENCE.matcher(new String(read(f), StandardCharsets.ISO_8859_1));
                        while (m.find()) {
                            String target = "org/waymark/" + m.group(1);
                            if (!target.equals(pkg)) {
                                found.computeIfAbsent(pkg, k -> new TreeSet<>()).add(target);
                            }
                        }
                    });
        }
        return found;
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
