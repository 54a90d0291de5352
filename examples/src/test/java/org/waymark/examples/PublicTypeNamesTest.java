package org.waymark.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No simple name of a public top-level type is used twice across the library's modules, so that a
 * name says one thing wherever it is read and an import never has to be qualified. The check reads
 * the main classes of every module on this module's class path (core, templates, pdf, fhir and the
 * examples themselves), whether built as directories or as jars.
 */
class PublicTypeNamesTest {

    @Test
    void noPublicTopLevelTypeNameIsUsedTwice() throws IOException, ClassNotFoundException {
        Map<String, List<String>> byName = new TreeMap<>();
        List<String> roots = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path root = Path.of(entry);
            if (!isMainClassesOfAModule(root)) {
                continue;
            }
            List<String> classes = classNames(root);
            if (classes.isEmpty()) {
                continue;
            }
            roots.add(entry);
            for (String className : classes) {
                Class<?> type = Class.forName(className, false, getClass().getClassLoader());
                if (Modifier.isPublic(type.getModifiers())) {
                    byName.computeIfAbsent(type.getSimpleName(), k -> new ArrayList<>()).add(className);
                }
            }
        }

        assertThat(roots).as("main classes of core, templates, pdf, fhir and examples").hasSizeGreaterThanOrEqualTo(5);
        assertThat(byName).containsKeys("CarePlan", "TemplateLibrary", "CarePlanDocument", "FhirExport", "SyntheticPlans");
        Map<String, List<String>> twice = byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertThat(twice).as("public type names used more than once").isEmpty();
    }

    /** A module's main classes: target/classes, or a waymark jar that is not a test jar. */
    private static boolean isMainClassesOfAModule(Path root) {
        String name = root.getFileName() == null ? "" : root.getFileName().toString();
        if (Files.isDirectory(root)) {
            return name.equals("classes") && root.getParent() != null
                    && root.getParent().getFileName().toString().equals("target");
        }
        return name.startsWith("waymark-") && name.endsWith(".jar") && !name.endsWith("-tests.jar");
    }

    /** The top-level classes of org.waymark under a root, by binary name. */
    private static List<String> classNames(Path root) throws IOException {
        TreeSet<String> files = new TreeSet<>();
        if (Files.isDirectory(root)) {
            Path base = root.resolve("org/waymark");
            if (Files.isDirectory(base)) {
                try (Stream<Path> walk = Files.walk(base)) {
                    walk.filter(Files::isRegularFile)
                            .map(p -> root.relativize(p).toString().replace(File.separatorChar, '/'))
                            .forEach(files::add);
                }
            }
        } else {
            try (JarFile jar = new JarFile(root.toFile())) {
                jar.stream().map(JarEntry::getName).filter(n -> n.startsWith("org/waymark/")).forEach(files::add);
            }
        }
        return files.stream()
                .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.endsWith("package-info.class")
                        && !f.endsWith("module-info.class"))
                .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                .collect(Collectors.toList());
    }
}
