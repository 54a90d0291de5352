package org.waymark.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The corpus of hostile and malformed Waymark documents under
 * {@code /org/waymark/json/bad/}, as its {@code index.json} describes it: each document with the
 * JSON path a reader must report, the rule it breaks if any, and whether the JSON Schema can
 * detect the fault. Documents too large to commit are built here from the valid base document.
 * <p>
 * Patient text in every document starts with {@value #MARKER}; no error message may contain it.
 */
public final class BadInputCorpus {

    /** The text every piece of patient data in the corpus starts with. */
    public static final String MARKER = "SECRET";

    private static final String DIR = "/org/waymark/json/bad/";

    /**
     * A document of the corpus.
     *
     * @param name          the file name, or the name of a built document
     * @param content       the bytes of the document
     * @param path          the JSON path of the fault, as {@code PlanFormatException.path()} reports it
     * @param ruleId        the rule the document breaks, or null
     * @param schemaDetects whether the JSON Schema rejects the document
     * @param why           what is wrong with it
     */
    public record Document(String name, byte[] content, String path, String ruleId, boolean schemaDetects, String why) {

        /** Returns the rule id, if any. */
        public Optional<String> rule() {
            return Optional.ofNullable(ruleId);
        }

        /** Returns the document as text; malformed UTF-8 becomes U+FFFD. */
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private BadInputCorpus() {
    }

    /**
     * Returns the valid document every corpus document is a variation of.
     *
     * @return the document text, not null
     */
    public static String base() {
        return new String(bytes("base.valid.json"), StandardCharsets.UTF_8);
    }

    /**
     * Loads every document of the corpus, in index order.
     *
     * @return the documents, not null
     */
    public static List<Document> documents() {
        JsonNode index;
        try {
            index = new ObjectMapper().readTree(bytes("index.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Document> documents = new ArrayList<>();
        for (JsonNode entry : index.get("documents")) {
            String name;
            byte[] content;
            if (entry.has("file")) {
                name = entry.get("file").asText();
                content = bytes(name);
            } else {
                name = entry.get("generate").asText();
                content = generate(name).getBytes(StandardCharsets.UTF_8);
            }
            documents.add(new Document(name, content, entry.get("path").asText(),
                    entry.has("ruleId") ? entry.get("ruleId").asText() : null,
                    entry.get("schema").asBoolean(), entry.get("why").asText()));
        }
        return documents;
    }

    private static String generate(String name) {
        String base = base();
        switch (name) {
            case "huge-string":
                return replaceOnce(base, "\"SECRET-GOAL: feel settled at home.\"", "\"SECRET-GOAL " + "x".repeat(100_001) + "\"");
            case "too-many-items": {
                StringBuilder triggers = new StringBuilder("\"history\": {\n      \"triggers\": [");
                for (int i = 0; i <= 10_000; i++) {
                    triggers.append(i == 0 ? "" : ", ").append("\"SECRET-TRIGGER ").append(i).append('"');
                }
                triggers.append("],");
                return replaceOnce(base, "\"history\": {", triggers.toString());
            }
            case "too-long-document":
                return " ".repeat(2_000_001) + base;
            case "deep-nesting-100000":
                return "[".repeat(100_000) + "]".repeat(100_000);
            default:
                throw new IllegalArgumentException("the corpus index names an unknown built document: " + name);
        }
    }

    private static String replaceOnce(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0) {
            throw new IllegalStateException("base.valid.json no longer contains " + target);
        }
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    private static byte[] bytes(String file) {
        try (InputStream in = BadInputCorpus.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("corpus file missing: " + DIR + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
