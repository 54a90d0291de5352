package org.waymark;

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
import org.waymark.model.CarePlan;

/**
 * Arrows between core's packages point one way: the model and the locale policy depend on no other
 * package of the library, the JSON format and the validation depend on the model (the reader names the validation's
 * rule {@code NO-RISK-PREDICTION}), and an {@code internal} package is used by its own parent only and never depends back on it
 * (the JSON reader reports a refusal with its own type, which {@code PlanJson} turns into the public exception). Read from the compiled classes' constant pools, so an arrow that
 * only an annotation or a nested type carries counts too (Javadoc links do not: they are not compiled).
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

    private static final Pattern REFERENCE = Pattern.compile("org/waymark/([a-z]+(?:/[a-z]+)*)/[A-Z]");

    @Test
    void packagesDependOnlyOnThePackagesBelowThem() throws Exception {
        Path classes = Path.of(CarePlan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
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
        assertThat(found).isNotEmpty().containsKey("org/waymark/validation");
        found.forEach((pkg, targets) -> assertThat(ALLOWED).as("a package this test knows").containsKey(pkg));
        found.forEach((pkg, targets) -> assertThat(targets).as(pkg).isSubsetOf(ALLOWED.get(pkg)));
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
