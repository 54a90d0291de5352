package org.waymark.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Test;
import org.waymark.fhir.internal.ConformanceGenerator;
import org.waymark.fhir.internal.Placement;

/**
 * The shipped StructureDefinitions and CodeSystems are the ones the model and the placements
 * generate. After a model change, regenerate them with
 * {@code mvn -pl fhir -am test -Dtest=ConformanceResourcesTest -Dsurefire.failIfNoSpecifiedTests=false -Dwaymark.fhir.regenerate=true}.
 */
class ConformanceResourcesTest {

    private static final Path FOLDER = Path.of("src/main/resources/org/waymark/fhir/conformance");

    @Test
    void shippedResourcesMatchTheModel() throws IOException {
        Map<String, Resource> generated = ConformanceGenerator.generate();
        List<String> names = new ArrayList<>(generated.keySet());
        if (Boolean.getBoolean("waymark.fhir.regenerate")) {
            try (var old = Files.list(FOLDER)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            for (var e : generated.entrySet()) {
                Files.writeString(FOLDER.resolve(e.getKey()), json(e.getValue()), StandardCharsets.UTF_8);
            }
            Files.writeString(FOLDER.resolve("index.txt"), String.join("\n", names) + "\n", StandardCharsets.UTF_8);
        }
        String hint = "the model changed: regenerate with mvn -pl fhir -am test -Dtest=ConformanceResourcesTest "
                + "-Dsurefire.failIfNoSpecifiedTests=false -Dwaymark.fhir.regenerate=true";
        assertThat(Files.readString(FOLDER.resolve("index.txt"), StandardCharsets.UTF_8).strip().split("\n"))
                .as(hint).containsExactlyElementsOf(names);
        for (var e : generated.entrySet()) {
            assertThat(Files.readString(FOLDER.resolve(e.getKey()), StandardCharsets.UTF_8))
                    .as(hint + " (" + e.getKey() + ")").isEqualTo(json(e.getValue()));
        }
    }

    @Test
    void everyCarriedComponentHasOneStructureDefinitionAndEveryVocabularyACodeSystem() {
        List<Resource> shipped = WaymarkFhir.conformanceResources();
        long definitions = shipped.stream().filter(r -> r instanceof StructureDefinition).count();
        long carried = Placement.ALL.stream().mapToLong(p -> p.carried().size()).sum();
        assertThat(definitions).isEqualTo(carried + 1);
        assertThat(shipped.stream().filter(r -> r instanceof CodeSystem).map(r -> ((CodeSystem) r).getUrl()))
                .allMatch(url -> url.startsWith(WaymarkFhir.CANONICAL + "/CodeSystem/"))
                .contains(WaymarkFhir.CANONICAL + "/CodeSystem/modality", WaymarkFhir.CANONICAL + "/CodeSystem/rule");
        assertThat(shipped.stream().filter(r -> r instanceof StructureDefinition).map(r -> ((StructureDefinition) r).getUrl()))
                .allMatch(url -> url.startsWith(WaymarkFhir.CANONICAL + "/StructureDefinition/"))
                .doesNotHaveDuplicates();
    }

    private static String json(Resource r) {
        return WaymarkFhir.context().newJsonParser().setPrettyPrint(true).encodeResourceToString(r) + "\n";
    }
}
