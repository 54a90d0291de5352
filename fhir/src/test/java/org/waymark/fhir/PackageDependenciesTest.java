package org.waymark.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Arrows between the fhir module's packages and the library's other packages point one way: the
 * public package uses its {@code internal} mapping, and the mapping never depends back on it (the codecs
 * refuse with their own {@code BundleFailure}, which {@code FhirImport} and {@code OperationOutcomes}
 * turn into the public {@link BundleFormatException}). Read from the compiled classes' constant pools, so
 * an arrow that only an annotation or a nested type carries counts too.
 */
class PackageDependenciesTest {

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "org/waymark/fhir", Set.of("org/waymark/fhir/internal", "org/waymark/model", "org/waymark/validation",
                    "org/waymark/json", "org/waymark/language", "org/waymark/templates"),
            "org/waymark/fhir/internal", Set.of("org/waymark/model", "org/waymark/validation", "org/waymark/locale",
                    "org/waymark/templates"));

    private static final Pattern REFERENCE = Pattern.compile("org/waymark/([a-z]+(?:/[a-z]+)*)/[A-Z]");

    @Test
    void theMappingDoesNotDependBackOnThePublicPackage() throws Exception {
        Map<String, Set<String>> found = arrows(Path.of(FhirImport.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()));
        assertThat(found).containsKeys("org/waymark/fhir", "org/waymark/fhir/internal");
        assertThat(found.get("org/waymark/fhir")).contains("org/waymark/fhir/internal");
        found.forEach((pkg, targets) -> assertThat(ALLOWED).as("a package this test knows").containsKey(pkg));
        found.forEach((pkg, targets) -> assertThat(targets).as(pkg).isSubsetOf(ALLOWED.get(pkg)));
    }

    /** The packages each package of the compiled classes names, other than itself. */
    static Map<String, Set<String>> arrows(Path classes) throws IOException {
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
