package org.waymark.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Keeps the committed JSON Schema equal to the one generated from the model. When the model
 * changes, regenerate it: {@value SchemaGenerator#REGENERATE}.
 */
class SchemaGeneratorTest {

    @Test
    void committedSchemaMatchesTheModel() throws IOException {
        String generated = SchemaGenerator.generate();

        if (Boolean.getBoolean("waymark.regenerate")) {
            SchemaGenerator.writeSource(generated);
        }

        String committed = Files.exists(SchemaGenerator.SOURCE)
                ? Files.readString(SchemaGenerator.SOURCE, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .as("%s is out of date with the model; regenerate it with: %s",
                        SchemaGenerator.SOURCE, SchemaGenerator.REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void generationIsDeterministic() {
        assertThat(SchemaGenerator.generate()).isEqualTo(SchemaGenerator.generate());
    }
}
