package org.waymark.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.nio.charset.CharacterCodingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waymark.json.internal.InvalidValueException;
import org.waymark.json.internal.PlanDocument;
import org.waymark.json.internal.RiskFieldGuard;
import org.waymark.json.internal.WaymarkJacksonModule;
import org.waymark.model.CarePlan;
import org.waymark.model.InvalidComponentException;
import org.waymark.model.PlanPath;

/**
 * Reads and writes care plans as Waymark JSON documents:
 * <pre>{"schemaVersion": "1.0", "plan": { … }}</pre>
 * <p>
 * Reading is strict, because documents come from other systems: unknown fields, duplicate keys,
 * trailing content, type coercions ({@code "3"} for 3, {@code 1} for {@code true}) and oversized
 * input (over 2,000,000 characters, 64 levels of nesting, 100,000 characters in one string) are
 * rejected. A field that carries a risk score, probability or risk level is rejected with rule
 * {@code NO-RISK-PREDICTION}. Every failure is a {@link PlanFormatException} that says where and
 * what was expected, and never quotes the document.
 * <p>
 * Writing is deterministic: fields in a fixed order, absent and empty values left out, two-space
 * indentation, {@code \n} line ends, UTF-8. {@code read(write(plan)).equals(plan)} for every plan
 * that can be written: dates are written as YYYY-MM-DD, so a date outside the years 0000 to 9999
 * cannot be written.
 * <p>
 * The JSON Schema of the format is the resource {@value #SCHEMA_RESOURCE}.
 * <p>
 * This class is thread-safe.
 */
public final class PlanJson {

    /** The version of the format this library reads and writes. */
    public static final String SCHEMA_VERSION = "1.0";

    /** The class-path resource holding the JSON Schema (2020-12) of the format. */
    public static final String SCHEMA_RESOURCE = "/org/waymark/json/waymark-plan.schema.json";

    private static final Pattern LEADING_PATH = Pattern.compile("^([A-Za-z][A-Za-z0-9]*(?:\\[\\d+])?(?:\\.[A-Za-z][A-Za-z0-9]*(?:\\[\\d+])?)*): (.*)$", Pattern.DOTALL);

    private static final JsonMapper MAPPER = createMapper();
    private static final ObjectReader READER = MAPPER.readerFor(PlanDocument.class);
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
        try {
            return parse(READER.createParser(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a plan from a UTF-8 stream. The stream is read to its end, not closed.
     *
     * @param in the stream, not null
     * @return the plan, not null
     * @throws PlanFormatException  if the document cannot be read
     * @throws UncheckedIOException if the stream fails
     */
    public static CarePlan read(InputStream in) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(in);
            requireUtf8(buffered);
            return parse(READER.createParser(buffered));
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
        try {
            return parse(READER.createParser(in));
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
     * Documents are UTF-8. Jackson would guess UTF-16 or UTF-32 from zero bytes or a byte-order mark at the
     * start; a UTF-8 JSON document has neither in its first four bytes, so such input is refused here.
     */
    private static void requireUtf8(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        boolean utf16Bom = head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE));
        boolean zero = false;
        for (byte b : head) {
            zero |= b == 0;
        }
        if (utf16Bom || zero) {
            throw new PlanFormatException("$", 1, 1, "the document is not UTF-8 (it looks like UTF-16 or UTF-32)", null, null);
        }
    }

    private static CarePlan parse(JsonParser parser) throws IOException {
        try (JsonParser p = new RiskFieldGuard(parser)) {
            try {
                PlanDocument doc = READER.readValue(p);
                if (doc == null) {
                    JsonLocation loc = p.currentLocation();
                    throw new PlanFormatException("$", Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()),
                            "expected an object with schemaVersion and plan, not null", null, null);
                }
                return doc.plan();
            } catch (JsonProcessingException e) {
                throw translate(e, p);
            } catch (CharacterCodingException | CharConversionException e) {
                JsonLocation loc = p.currentLocation();
                throw new PlanFormatException(pathOf(p.getParsingContext()), Math.max(1, loc.getLineNr()),
                        Math.max(1, loc.getColumnNr()), "the document is not valid UTF-8", null, null);
            }
        }
    }

    private static PlanFormatException translate(JsonProcessingException thrown, JsonParser p) {
        JsonProcessingException e = thrown;
        // Databind wraps a syntax error or a broken size limit met while binding.
        if (e.getClass() == JsonMappingException.class && e.getCause() instanceof JsonProcessingException cause
                && !(cause instanceof JsonMappingException)) {
            e = cause;
        }
        String path = pathOf(p.getParsingContext());
        // A field is seen after the object's end when databind buffered it to call a record's constructor first.
        boolean afterObject = p.currentToken() == JsonToken.END_OBJECT;
        JsonLocation loc = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : p.currentLocation();
        int line = loc == null || loc.getLineNr() < 1 ? -1 : loc.getLineNr();
        int column = line < 0 ? -1 : Math.max(1, loc.getColumnNr());
        String problem;
        String rule = null;
        if (e instanceof InvalidValueException invalid) {
            problem = invalid.safeMessage();
            rule = invalid.ruleId();
            if (invalid.fieldName() != null && afterObject) {
                path = appendPath(path, safeName(invalid.fieldName()));
            }
        } else if (e instanceof StreamConstraintsException) {
            problem = "the document exceeds a size limit: " + limitOf(e.getOriginalMessage());
        } else if (e instanceof JsonParseException) {
            problem = syntax(e.getOriginalMessage());
        } else if (e instanceof UnrecognizedPropertyException unknown) {
            problem = "unknown field '" + safeName(unknown.getPropertyName()) + "'; expected one of: " + known(unknown.getKnownPropertyIds());
            if (afterObject && unknown.getPropertyName() != null) {
                path = appendPath(path, safeName(unknown.getPropertyName()));
            }
        } else if (e instanceof ValueInstantiationException vie) {
            Throwable cause = vie.getCause();
            if (cause instanceof InvalidComponentException invalid) {
                // The plan's own reference checks name a path from the plan.
                return new PlanFormatException(invalid.path().toJsonPath(), line, column, invalid.problem(), null, null);
            }
            String message = cause instanceof IllegalArgumentException ? cause.getMessage() : "the value is not valid here";
            Matcher m = LEADING_PATH.matcher(message);
            if (m.matches()) {
                path = appendPath(path, m.group(1));
                problem = m.group(2);
            } else {
                problem = message;
            }
        } else if (e instanceof InvalidDefinitionException) {
            throw new IllegalStateException("the model's JSON binding is broken", e);
        } else if (e instanceof MismatchedInputException mismatch) {
            problem = mismatch(mismatch);
            String missing = lastField(mismatch);
            if (afterObject && missing != null && mismatch.getTargetType() != null && mismatch.getTargetType().isPrimitive()) {
                // A missing primitive is reported when the object ends; name the field.
                path = appendPath(path, safeName(missing));
                problem = "required; expected " + expectation(mismatch.getTargetType());
            }
        } else if (e instanceof JsonMappingException) {
            problem = "the value is not valid here";
        } else {
            problem = syntax(e.getOriginalMessage());
        }
        return new PlanFormatException(path, line, column, problem, rule, null);
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

    private static String lastField(JsonMappingException e) {
        List<JsonMappingException.Reference> refs = e.getPath();
        return refs.isEmpty() ? null : refs.get(refs.size() - 1).getFieldName();
    }

    private static String mismatch(MismatchedInputException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Trailing token")) {
            return "content after the end of the document";
        }
        if (message.contains("No content to map") || message.contains("end-of-input")) {
            return "the document is empty or ends too early";
        }
        Class<?> target = e.getTargetType();
        if (message.contains("null") && target != null && target.isPrimitive()) {
            return "expected " + expectation(target) + ", not null";
        }
        return "expected " + (target == null ? "a value of another type" : expectation(target));
    }

    private static String expectation(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date in the form YYYY-MM-DD";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static String syntax(String message) {
        String m = message == null ? "" : message;
        if (m.startsWith("Duplicate field")) {
            int a = m.indexOf('\'');
            int b = m.indexOf('\'', a + 1);
            return a >= 0 && b > a ? "duplicate field '" + safeName(m.substring(a + 1, b)) + "'" : "duplicate field";
        }
        if (m.contains("end-of-input")) {
            return "the document ends too early (is it truncated?)";
        }
        if (m.contains("Unrecognized token") || m.contains("Unrecognized character")) {
            return "not JSON here: expected a string, number, true, false, null, object or array";
        }
        if (m.contains("Illegal unquoted character") || m.contains("control character")) {
            return "a control character must be escaped inside a string";
        }
        if (m.contains("Invalid UTF-8") || m.contains("Invalid UTF")) {
            return "the document is not valid UTF-8";
        }
        if (m.contains("Unexpected character")) {
            return "unexpected character: the JSON is not well-formed";
        }
        if (m.contains("Leading zeroes") || m.contains("Non-standard token") || m.contains("number")) {
            return "not a valid JSON number";
        }
        return "the JSON is not well-formed";
    }

    private static String limitOf(String message) {
        String m = message == null ? "" : message;
        if (m.contains("nesting depth")) {
            return "nested more than 64 levels deep";
        }
        if (m.contains("String value length")) {
            return "a string is longer than 100,000 characters";
        }
        if (m.contains("Number value length")) {
            return "a number has more than 100 digits";
        }
        if (m.contains("Name length")) {
            return "a field name is longer than 256 characters";
        }
        if (m.contains("Document length")) {
            return "the document is longer than 2,000,000 characters";
        }
        if (m.contains("Token count")) {
            return "the document has more than 200,000 tokens";
        }
        return "a limit on untrusted input";
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "no fields";
        }
        return String.join(", ", ids.stream().map(String::valueOf).sorted().toList());
    }

    private static String safeName(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length() && sb.length() < 64; i++) {
            char c = name.charAt(i);
            sb.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return name.length() > 64 ? sb + "…" : sb.toString();
    }

    /** Builds a JSON path such as {@code $.plan.goals[2].dueDate} from the parser's context. */
    private static String pathOf(JsonStreamContext context) {
        Deque<Object> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                // An array whose first element has not been read yet is itself the value in question.
                if (c.hasCurrentIndex()) {
                    parts.push(c.getCurrentIndex());
                }
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.push(pathName(c.getCurrentName()));
            }
        }
        if (parts.isEmpty()) {
            return "$";
        }
        Object top = parts.pop();
        if (!"plan".equals(top) || parts.isEmpty()) {
            StringBuilder sb = new StringBuilder("$.").append(top);
            parts.forEach(p -> sb.append(p instanceof Integer i ? "[" + i + "]" : "." + p));
            return sb.toString();
        }
        PlanPath path = null;
        for (Object part : parts) {
            if (part instanceof Integer i) {
                // An index directly below the plan cannot occur: the plan is an object.
                path = path == null ? PlanPath.of("?").index(i) : path.index(i);
            } else {
                path = path == null ? PlanPath.of((String) part) : path.property((String) part);
            }
        }
        return path.toJsonPath();
    }

    /** A field name as a path segment: printable, at most 64 characters, without the path's own separators. */
    private static String pathName(String name) {
        String safe = safeName(name).replace('.', '?').replace('[', '?').replace(']', '?');
        return safe.isEmpty() ? "?" : safe;
    }

    private static String appendPath(String base, String relative) {
        return base + "." + relative;
    }

    private static JsonMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64)
                        .maxStringLength(100_000)
                        .maxNumberLength(100)
                        .maxNameLength(256)
                        .maxDocumentLength(2_000_000)
                        .maxTokenCount(200_000)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .addModule(new WaymarkJacksonModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .serializationInclusion(JsonInclude.Include.NON_EMPTY)
                .defaultLocale(Locale.ROOT)
                .build();
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Integer, LogicalType.Boolean,
                LogicalType.Float, LogicalType.Collection, LogicalType.POJO, LogicalType.DateTime, LogicalType.Enum)) {
            for (CoercionInputShape shape : CoercionInputShape.values()) {
                mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
            }
        }
        return mapper;
    }

    private static DefaultPrettyPrinter printer() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return printer;
    }
}
