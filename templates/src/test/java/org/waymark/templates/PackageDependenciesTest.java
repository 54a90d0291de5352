package org.waymark.templates;

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
 * Arrows between the templates module's packages point one way: templates use the content library,
 * both use the {@code content.internal} helpers, and the helpers never depend back on either (the strict
 * JSON reader refuses with its own {@code ResourceFailure}, which the content and template libraries turn
 * into the public {@code ContentLoadException}; the reader of a locale's files, which builds the public
 * content records, is a package-private class of {@code org.waymark.templates.content}). Read from the
 * compiled classes' constant pools, so an arrow that only an annotation or a nested type carries counts too.
 */
class PackageDependenciesTest {

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "org/waymark/templates", Set.of("org/waymark/templates/content", "org/waymark/templates/content/internal",
                    "org/waymark/model", "org/waymark/locale"),
            "org/waymark/templates/content", Set.of("org/waymark/templates/content/internal", "org/waymark/model",
                    "org/waymark/locale"),
            "org/waymark/templates/content/internal", Set.of("org/waymark/model"),
            "org/waymark/templates/readability", Set.of());

    private static final Pattern REFERENCE = Pattern.compile("org/waymark/([a-z]+(?:/[a-z]+)*)/[A-Z]");

    @Test
    void internalHelpersDoNotDependBackOnThePackagesTheyServe() throws Exception {
        Path classes = Path.of(TemplateLibrary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
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
        assertThat(found).containsKeys("org/waymark/templates", "org/waymark/templates/content",
                "org/waymark/templates/content/internal");
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
