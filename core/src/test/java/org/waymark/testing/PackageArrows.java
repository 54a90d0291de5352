package org.waymark.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
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

/**
 * The arrows between the library's packages in one module's compiled main classes, read from the classes'
 * constant pools: an arrow that only an annotation, a nested type or a constant carries counts too (Javadoc
 * links do not: they are not compiled). Each module's {@code PackageDependenciesTest} states which arrows
 * its packages may have and checks them with {@link #assertOnly}.
 */
public final class PackageArrows {

    private static final Pattern REFERENCE = Pattern.compile("org/waymark/([a-z]+(?:/[a-z]+)*)/[A-Z]");

    private PackageArrows() {
    }

    /**
     * Returns the arrows of the module that holds a class: for each package (such as {@code org/waymark/json}),
     * the other {@code org/waymark} packages its classes name.
     *
     * @param anyMainClass a main class of the module, built as a directory of classes
     * @return the arrows, by package, not null
     */
    public static Map<String, Set<String>> of(Class<?> anyMainClass) {
        Path classes;
        try {
            classes = Path.of(anyMainClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * Checks a module's arrows against what its test allows: every package is one the test knows, no package
     * has an arrow the test does not allow, the allowed arrows have no cycle, and no {@code internal} package
     * (nor a package below one) names the package that holds it.
     *
     * @param anyMainClass a main class of the module
     * @param allowed      for each package of the module, the packages it may name
     * @return the arrows found, for further checks
     */
    public static Map<String, Set<String>> assertOnly(Class<?> anyMainClass, Map<String, Set<String>> allowed) {
        for (String pkg : allowed.keySet()) {
            assertThat(reachable(pkg, allowed, new HashSet<>())).as("what %s may reach", pkg).doesNotContain(pkg);
        }
        Map<String, Set<String>> found = of(anyMainClass);
        assertThat(found).as("arrows of the module of " + anyMainClass.getName()).isNotEmpty();
        found.forEach((pkg, targets) -> assertThat(allowed).as("a package this test knows").containsKey(pkg));
        found.forEach((pkg, targets) -> assertThat(targets).as(pkg).isSubsetOf(allowed.get(pkg)));
        found.forEach((pkg, targets) -> {
            int internal = pkg.indexOf("/internal");
            if (internal > 0) {
                assertThat(targets).as("%s names the package that holds it", pkg).doesNotContain(pkg.substring(0, internal));
            }
        });
        return found;
    }

    private static Set<String> reachable(String from, Map<String, Set<String>> allowed, Set<String> seen) {
        for (String to : allowed.getOrDefault(from, Set.of())) {
            if (seen.add(to)) {
                reachable(to, allowed, seen);
            }
        }
        return seen;
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
