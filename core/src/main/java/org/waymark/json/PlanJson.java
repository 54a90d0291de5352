package org.waymark.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.waymark.json.internal.InvalidValueException;
import org.waymark.json.internal.PlanDocument;
import org.waymark.json.internal.PlanReader;
import org.waymark.json.internal.ReadFailure;
import org.waymark.json.internal.SchemaVersions;
import org.waymark.json.internal.WaymarkJacksonModule;
import org.waymark.model.CarePlan;

/**
 * Reads and writes care plans as Waymark JSON documents:
 * <pre>{"schemaVersion": "1.0", "plan": { … }}</pre>
 * <p>
 * Reading is strict, because documents come from other systems: unknown fields, duplicate keys,
 * trailing content, type coercions ({@code "3"} for 3, {@code 1} for {@code true}), malformed UTF-8
 * and oversized input (over 2,000,000 characters, 64 levels of nesting, 100,000 characters in one
 * string, 256 in a field name, 100 in a number, 200,000 tokens) are rejected. The schema version is
 * checked before the plan: a document of a version this library does not read fails for that reason.
 * Documents of version 1.0 are read (the migration is to read them and write them again: version 1.1
 * only adds optional fields, which stay absent), but a 1.0 document that holds a field of 1.1 is refused
 * at that field. Reading runs on
 * Jackson's streaming parser with a decoder per model type that knows the path it reads, so each
 * failure names the path, line and column of the value at fault, including the failures of the
 * model's own checks (a dangling reference is reported at the reference). A field that carries a risk score, probability or risk level is rejected with rule
 * {@code NO-RISK-PREDICTION}. Every failure is a {@link PlanFormatException} that says where and
 * what was expected, and never quotes the document.
 * <p>
 * Writing uses Jackson's data binding over the records' public accessors and is deterministic: fields in a fixed order, absent and empty values left out, two-space
 * indentation, {@code \n} line ends, UTF-8. {@code read(write(plan)).equals(plan)} for every plan
 * that can be written: dates are written as YYYY-MM-DD, so a date outside the years 0000 to 9999
 * cannot be written.
 * <p>
 * The JSON Schema of the format is the resource {@value #SCHEMA_RESOURCE}.
 * <p>
 * This class is thread-safe.
 */
public final class PlanJson {

    /**
     * The version of the format this library writes, and the newest it reads.
     * <p>
     * Version 1.1 added four optional fields: a medication's coded {@code condition} and
     * {@code notForSelfHarm}, a treatment decision's {@code basis} (the needs domains it rests on) and a
     * method's {@code rate} (a count per period). Documents of version 1.0 are still read, as documents
     * in which those fields are absent: nothing is derived from their words. See {@link #READ_VERSIONS}.
     */
    public static final String SCHEMA_VERSION = SchemaVersions.CURRENT;

    /** Every version of the format this library reads, oldest first: 1.0 and 1.1. */
    public static final List<String> READ_VERSIONS = SchemaVersions.READ;

    /** The class-path resource holding the JSON Schema (2020-12) of the format. */
    public static final String SCHEMA_RESOURCE = "/org/waymark/json/waymark-plan.schema.json";

    private static final JsonMapper MAPPER = createMapper();
    private static final ObjectWriter WRITER = MAPPER.writerFor(PlanDocument.class).with(printer());

    private PlanJson() {
    }

    /**
     * Reads a plan from a JSON document.
     *
     * @param json the document, not null
     * @return the plan, not null
     * @throws PlanFormatException if the document cannot be read; it says where and why
     */
    public static CarePlan read(String json) {
        Objects.requireNonNull(json, "json");
        try {
            return PlanReader.read(json, SCHEMA_VERSION);
        } catch (ReadFailure f) {
            throw refused(f);
        }
    }

    /**
     * Reads a plan from a UTF-8 stream. The stream is read to its end (or to the size limit), not closed.
     * Malformed UTF-8 of any kind is refused at its line and column.
     *
     * @param in the stream, not null
     * @return the plan, not null
     * @throws PlanFormatException  if the document cannot be read
     * @throws UncheckedIOException if the stream fails
     */
    public static CarePlan read(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            // Four bytes at most per character: more than this is more than the longest document.
            byte[] bytes = in.readNBytes(4 * PlanReader.MAX_DOCUMENT + 4);
            requireUtf8(bytes);
            return PlanReader.read(bytes, SCHEMA_VERSION);
        } catch (ReadFailure f) {
            throw refused(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a plan from a character stream, not closed.
     *
     * @param in the reader, not null
     * @return the plan, not null
     * @throws PlanFormatException  if the document cannot be read
     * @throws UncheckedIOException if the reader fails
     */
    public static CarePlan read(Reader in) {
        Objects.requireNonNull(in, "in");
        try {
            StringBuilder sb = new StringBuilder();
            char[] buffer = new char[8192];
            int n;
            while (sb.length() <= PlanReader.MAX_DOCUMENT && (n = in.read(buffer)) >= 0) {
                sb.append(buffer, 0, n);
            }
            return PlanReader.read(sb.toString(), SCHEMA_VERSION);
        } catch (ReadFailure f) {
            throw refused(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a plan from a UTF-8 file.
     *
     * @param file the file, not null
     * @return the plan, not null
     * @throws PlanFormatException  if the document cannot be read
     * @throws UncheckedIOException if the file cannot be read
     */
    public static CarePlan read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a plan as a JSON document.
     *
     * @param plan the plan, not null
     * @return the document, ending with a line break, not null
     * @throws IllegalArgumentException if a date falls outside the years 0000 to 9999
     */
    public static String write(CarePlan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(plan, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes a plan as a UTF-8 JSON document to a stream, not closed.
     *
     * @param plan the plan, not null
     * @param out  the stream, not null
     * @throws IllegalArgumentException if a date falls outside the years 0000 to 9999
     * @throws UncheckedIOException     if the stream fails
     */
    public static void write(CarePlan plan, OutputStream out) {
        try {
            byte[] bytes = WRITER.writeValueAsBytes(new PlanDocument(SCHEMA_VERSION, plan));
            out.write(bytes);
            out.write('\n');
        } catch (InvalidValueException e) {
            throw new IllegalArgumentException(writePath(e) + ": " + e.safeMessage());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the model could not be written as JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Documents are UTF-8. A document that starts with zero bytes or a UTF-16 byte-order mark is
     * UTF-16 or UTF-32; a UTF-8 JSON document has neither in its first four bytes, so such input is refused.
     */
    private static void requireUtf8(byte[] bytes) {
        boolean utf16Bom = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        boolean zero = false;
        for (int i = 0; i < Math.min(4, bytes.length); i++) {
            zero |= bytes[i] == 0;
        }
        if (utf16Bom || zero) {
            throw new PlanFormatException("$", 1, 1, "the document is not UTF-8 (it looks like UTF-16 or UTF-32)", null, null);
        }
    }

    /** The path of a value that cannot be written, such as {@code plan.goals[2].dueDate}. */
    private static String writePath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** The writer's mapper: serialisation only; reading does not use data binding. */
    /** The public exception for a refusal of the reader, its causes translated the same way. */
    private static PlanFormatException refused(ReadFailure f) {
        Throwable cause = f.getCause() instanceof ReadFailure inner ? refused(inner) : f.getCause();
        return new PlanFormatException(f.path(), f.line(), f.column(), f.problem(), f.ruleId(), cause);
    }

    private static JsonMapper createMapper() {
        return JsonMapper.builder()
                .addModule(new WaymarkJacksonModule())
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                        JsonInclude.Include.NON_EMPTY))
                .defaultLocale(Locale.ROOT)
                .build();
    }

    private static DefaultPrettyPrinter printer() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return printer;
    }
}
