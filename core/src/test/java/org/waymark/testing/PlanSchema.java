package org.waymark.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import org.waymark.json.PlanJson;

/**
 * The JSON Schema of the Waymark format ({@link PlanJson#SCHEMA_RESOURCE}), loaded with a
 * general-purpose validator (networknt json-schema-validator, draft 2020-12), for tests that
 * check documents against it. Needs {@code com.networknt:json-schema-validator} on the test
 * class path.
 * <p>
 * This class is thread-safe.
 */
public final class PlanSchema {

    /** A general JSON parser, as a consumer of the schema would use: lenient where the Waymark reader is strict. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final JsonNode NODE = load();
    private static final JsonSchema SCHEMA = compile(NODE);

    private PlanSchema() {
    }

    /** Returns the schema document. */
    public static JsonNode node() {
        return NODE.deepCopy();
    }

    /**
     * Validates a document.
     *
     * @param document the document, not null
     * @return the schema's complaints; empty if the document is valid
     */
    public static Set<ValidationMessage> validate(JsonNode document) {
        return SCHEMA.validate(document);
    }

    /**
     * Validates a document given as text.
     *
     * @param json the document, not null
     * @return the schema's complaints; empty if the document is valid
     * @throws IllegalArgumentException if the text is not JSON
     */
    public static Set<ValidationMessage> validate(String json) {
        return validate(parse(json).orElseThrow(() -> new IllegalArgumentException("not JSON")));
    }

    /**
     * Parses text as a general JSON parser with default settings would: the last of duplicate keys
     * wins and content after the first value is ignored.
     *
     * @param json the text, not null
     * @return the JSON value, or empty if the text is not JSON
     */
    public static Optional<JsonNode> parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /**
     * Compiles a schema that refers to this one's definitions, e.g. {@code {"$ref": "…#/$defs/text"}}.
     *
     * @param schema the schema, not null
     * @return the compiled schema, not null
     */
    public static JsonSchema compileWithDefinitions(JsonNode schema) {
        ObjectNode copy = NODE.deepCopy();
        copy.remove("properties");
        copy.remove("required");
        copy.remove("type");
        copy.remove("additionalProperties");
        copy.setAll((ObjectNode) schema);
        copy.put("$id", NODE.get("$id").asText() + "/fragment");
        return compile(copy);
    }

    private static JsonNode load() {
        try (InputStream in = PlanSchema.class.getResourceAsStream(PlanJson.SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + PlanJson.SCHEMA_RESOURCE);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema compile(JsonNode schema) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    }
}
