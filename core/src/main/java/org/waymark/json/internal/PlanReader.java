package org.waymark.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.waymark.model.CarePlan;
import org.waymark.model.InvalidComponentException;
import org.waymark.model.PlanPath;

/**
 * Reads a Waymark JSON document on Jackson's streaming parser: the envelope by hand, the plan by one
 * decoder per model type ({@code Decoders}) that reads the value in front of it. The reader keeps the path of
 * the value it is reading as a stack of segments, so every failure is built from structure: the
 * path, the line and column of the value at fault, and a problem worded here, never taken from an
 * exception's text.
 * <p>
 * The reader enforces the bounds of untrusted input itself (nesting, tokens, name length, number
 * length, document length); the parser enforces only the longest string, which it must check before
 * it buffers one. Malformed UTF-8 of every kind is refused before parsing, at its line and column.
 * <p>
 * This class is thread-safe: each read has its own state.
 */
public final class PlanReader {

    /** How deep objects and arrays may nest. */
    public static final int MAX_DEPTH = 64;
    /** The longest string value, in UTF-16 units. */
    public static final int MAX_STRING = 100_000;
    /** The longest field name, in UTF-16 units. */
    public static final int MAX_NAME = 256;
    /** The most characters in one number. */
    public static final int MAX_NUMBER = 100;
    /** The longest document, in UTF-16 units. */
    public static final int MAX_DOCUMENT = 2_000_000;
    /** The most tokens in one document. */
    public static final int MAX_TOKENS = 200_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(1_000)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(MAX_DOCUMENT)
                    .maxNameLength(MAX_DOCUMENT)
                    .build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    private final String json;
    private final JsonParser p;
    private final Object[] path = new Object[MAX_DEPTH + 4];
    private int size;
    private int depth;
    private int tokens;
    /** The first field of a newer version than 1.0 read, to refuse it in a 1.0 document. */
    private ReadFailure newerField;

    private PlanReader(String json) throws IOException {
        this.json = json;
        this.p = FACTORY.createParser(json);
    }

    /**
     * Reads a plan from text.
     *
     * @param json the document, not null
     * @param version the schema version this library writes, the newest it reads, not null
     * @return the plan, not null
     * @throws ReadFailure if the document cannot be read
     */
    public static CarePlan read(String json, String version) {
        if (json.length() > MAX_DOCUMENT) {
            int[] at = lineAndColumn(json, MAX_DOCUMENT);
            throw new ReadFailure("$", at[0], at[1],
                    "the document exceeds a size limit: the document is longer than 2,000,000 characters", null, null);
        }
        try {
            PlanReader r = new PlanReader(json);
            try {
                return r.document(version);
            } finally {
                r.p.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a plan from UTF-8 bytes, refusing malformed UTF-8 of every kind (overlong forms such as
     * {@code C0 A2}, surrogates encoded in UTF-8, truncated sequences, bytes that never occur) at the
     * line and column where it starts. A leading byte-order mark is skipped.
     *
     * @param bytes the document, not null
     * @param version the schema version this library writes, the newest it reads, not null
     * @return the plan, not null
     * @throws ReadFailure if the document cannot be read
     */
    public static CarePlan read(byte[] bytes, String version) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        String text = out.toString();
        if (result.isError()) {
            String where = pathAtEnd(text, version);
            int[] at = lineAndColumn(text, text.length());
            throw new ReadFailure(where, at[0], at[1], "the document is not valid UTF-8: a malformed, overlong or"
                    + " truncated byte sequence, or a surrogate encoded in UTF-8, at byte " + (in.position() + 1), null, null);
        }
        return read(text, version);
    }

    /** The path at which reading a prefix of a document stops: where a fault just after it stands. */
    private static String pathAtEnd(String prefix, String version) {
        try {
            read(prefix, version);
            return "$";
        } catch (ReadFailure e) {
            return e.path();
        }
    }

    private CarePlan document(String version) throws IOException {
        JsonToken t = next();
        if (t == null) {
            throw fail("the document is empty or ends too early");
        }
        if (t != JsonToken.START_OBJECT) {
            throw fail("expected an object with schemaVersion and plan");
        }
        JsonLocation start = p.currentTokenLocation();
        String schemaVersion = null;
        CarePlan plan = null;
        boolean seenPlan = false;
        while ((t = next()) == JsonToken.FIELD_NAME) {
            String name = fieldName(true);
            if ("schemaVersion".equals(name)) {
                if (schemaVersion != null) {
                    throw fail("duplicate field 'schemaVersion'");
                }
                next();
                schemaVersion = version(version);
            } else if ("plan".equals(name)) {
                if (seenPlan) {
                    throw fail("duplicate field 'plan'");
                }
                seenPlan = true;
                JsonToken value = next();
                if (value == JsonToken.VALUE_NULL) {
                    throw fail("required; expected an object, not null");
                }
                try {
                    plan = (CarePlan) Decoders.of(CarePlan.class).decode(this);
                } catch (ReadFailure e) {
                    if (schemaVersion == null) {
                        // The version comes first: a document of another version fails for that reason.
                        versionAfter(version, e);
                    }
                    throw e;
                }
            } else {
                throw fail("unknown field '" + Names.safe(name) + "'; expected one of: plan, schemaVersion");
            }
            pop();
        }
        if (t != JsonToken.END_OBJECT) {
            throw fail("the JSON is not well-formed");
        }
        if (schemaVersion == null) {
            push("schemaVersion");
            throw fail("required; expected a string such as \"" + version + "\"", start);
        }
        if (plan == null) {
            push("plan");
            throw fail("required; expected an object", start);
        }
        if (next() != null) {
            size = 0;
            throw fail("content after the end of the document");
        }
        if (newerField != null && !schemaVersion.equals(version)) {
            throw newerField;
        }
        return plan;
    }

    /** Reads the schema version in front of the reader; a version other than this library's fails. */
    private String version(String expected) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw fail("expected a string such as \"" + expected + "\"");
        }
        String text = text();
        if (SchemaVersions.READ.contains(text)) {
            return text;
        }
        throw fail(versionProblem(text, expected));
    }

    private static String versionProblem(String text, String expected) {
        var m = VERSION.matcher(text);
        var e = VERSION.matcher(expected);
        if (m.matches() && e.matches()) {
            int major = Integer.parseInt(m.group(1));
            int minor = Integer.parseInt(m.group(2));
            int myMajor = Integer.parseInt(e.group(1));
            int myMinor = Integer.parseInt(e.group(2));
            if (major > myMajor || (major == myMajor && minor > myMinor)) {
                return "the document is written in a newer version of the format than this library reads (" + expected
                        + "); read it with a newer Waymark";
            }
            return "the document is written in an older version of the format; this library reads versions "
                    + String.join(" and ", SchemaVersions.READ);
        }
        return "not a schema version; this library reads versions " + String.join(" and ", SchemaVersions.READ);
    }

    /**
     * After the plan failed to read and no version has been seen yet: looks for the version later in
     * the envelope, and fails for it if it is not this library's.
     */
    private void versionAfter(String expected, ReadFailure planFailure) {
        try (JsonParser scan = FACTORY.createParser(json)) {
            if (scan.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (scan.nextToken() == JsonToken.FIELD_NAME) {
                String name = scan.currentName();
                JsonToken value = scan.nextToken();
                if ("schemaVersion".equals(name)) {
                    if (value == JsonToken.VALUE_STRING && !SchemaVersions.READ.contains(scan.getText())) {
                        JsonLocation loc = scan.currentTokenLocation();
                        throw new ReadFailure("$.schemaVersion", loc.getLineNr(), loc.getColumnNr(),
                                versionProblem(scan.getText(), expected), null, planFailure);
                    }
                    return;
                }
                scan.skipChildren();
            }
        } catch (IOException e) {
            // The rest of the document cannot be scanned: the plan's own failure stands.
        }
    }

    // ---- the cursor the decoders use -------------------------------------------------------------

    /** Moves to the next token, counting tokens and nesting; a syntax or limit failure says where. */
    JsonToken next() throws IOException {
        JsonToken t;
        try {
            t = p.nextToken();
        } catch (JsonProcessingException e) {
            throw parseFailure(e);
        }
        if (t == null) {
            if (depth > 0) {
                throw fail("the document ends too early (is it truncated?)", p.currentLocation());
            }
            return null;
        }
        if (++tokens > MAX_TOKENS) {
            throw fail("the document exceeds a size limit: the document has more than 200,000 tokens");
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            if (++depth > MAX_DEPTH) {
                throw fail("the document exceeds a size limit: nested more than 64 levels deep");
            }
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            depth--;
        } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            if (p.getTextLength() > MAX_NUMBER) {
                throw fail("the document exceeds a size limit: a number has more than 100 digits");
            }
        }
        return t;
    }

    /** The text of the current string token, which the parser reads only now. */
    String text() throws IOException {
        try {
            return p.getText();
        } catch (JsonProcessingException e) {
            throw parseFailure(e);
        }
    }

    /**
     * A failure of the parser itself, told apart by its type and by the character it stopped at.
     * The parser may have read a field name that the decoders have not seen yet: the path follows it.
     */
    private ReadFailure parseFailure(JsonProcessingException e) {
        JsonStreamContext c = p.getParsingContext();
        if (c != null && c.inObject() && c.getCurrentName() != null) {
            int d = c.getNestingDepth();
            if (size == d - 1) {
                push(c.getCurrentName());
            } else if (size == d) {
                replace(c.getCurrentName());
            }
        }
        if (e instanceof JsonEOFException) {
            return fail("the document ends too early (is it truncated?)", e.getLocation());
        }
        if (e instanceof StreamConstraintsException) {
            // The only bound the parser itself enforces is the length of a string.
            return fail("the document exceeds a size limit: a string is longer than 100,000 characters", e.getLocation());
        }
        return fail(syntax(e.getLocation()), e.getLocation());
    }

    /**
     * The current token, a field name, made the last segment of the path and checked for length and
     * for a risk score, level or probability.
     *
     * @param first whether it is the first field of its object, so that the path grows rather than moves on
     */
    String fieldName(boolean first) throws IOException {
        String name = p.currentName();
        if (first) {
            push(name);
        } else {
            replace(name);
        }
        if (name.length() > MAX_NAME) {
            throw fail("the document exceeds a size limit: a field name is longer than 256 characters");
        }
        if (RiskFields.isForbidden(name)) {
            JsonLocation at = p.currentTokenLocation();
            throw new ReadFailure(jsonPath(), line(at), column(at), "field '" + Names.safe(name) + "' is a risk"
                    + " score, probability or risk level; Waymark records a formulation, never a prediction", RiskFields.RULE, null);
        }
        return name;
    }

    JsonParser parser() {
        return p;
    }

    /**
     * Notes that the field just named is new in schema version 1.1, so that a document of version 1.0
     * holding it is refused there once its version is known.
     */
    void newerField(String name) {
        if (newerField == null) {
            newerField = fail("field '" + name + "' is new in schema version " + SchemaVersions.CURRENT
                    + "; the document says it is of version 1.0, which does not have it");
        }
    }

    void push(String name) {
        path[size++] = name;
    }

    void push(int index) {
        path[size++] = index;
    }

    void replace(Object segment) {
        path[size - 1] = segment;
    }

    void pop() {
        size--;
    }

    /** A failure at the current path and the current token. */
    ReadFailure fail(String problem) {
        return fail(problem, p.currentTokenLocation());
    }

    ReadFailure fail(String problem, JsonLocation location) {
        return new ReadFailure(jsonPath(), line(location), column(location), problem, null, null);
    }

    /**
     * A model constructor refused the values of the record at the current path: the failure is placed
     * at the component it names (or the record itself), at the line and column of that value.
     */
    ReadFailure refused(IllegalArgumentException e, JsonLocation recordStart) {
        if (e instanceof InvalidComponentException invalid) {
            return refused(invalid.path(), invalid.problem(), recordStart);
        }
        return notValidHere(recordStart);
    }

    /**
     * A component of the record at the current path is refused: the failure is placed at the
     * component (a path relative to the record), at the line and column of its value if it has one,
     * else at the record's start.
     */
    ReadFailure refused(PlanPath component, String problem, JsonLocation recordStart) {
        PlanPath here = planPath();
        PlanPath at = here == null ? component : here.resolve(component);
        JsonLocation loc = Locator.locate(FACTORY, json, at);
        return new ReadFailure(at.toJsonPath(), line(loc == null ? recordStart : loc),
                column(loc == null ? recordStart : loc), problem, null, null);
    }

    /** The record at the current path is refused for a reason that names no component. */
    ReadFailure notValidHere(JsonLocation recordStart) {
        return new ReadFailure(jsonPath(), line(recordStart), column(recordStart), "the value is not valid here", null, null);
    }

    /** The path below the plan, or null at the plan itself or outside it. */
    PlanPath planPath() {
        if (size < 2 || !"plan".equals(path[0])) {
            return null;
        }
        PlanPath at = null;
        for (int i = 1; i < size; i++) {
            Object s = path[i];
            if (s instanceof Integer index) {
                at = at == null ? PlanPath.of("?").index(index) : at.index(index);
            } else {
                String name = segment((String) s);
                at = at == null ? PlanPath.of(name) : at.property(name);
            }
        }
        return at;
    }

    /** The current path as a JSON path: {@code $}, {@code $.schemaVersion}, {@code $.plan.goals[2].dueDate}. */
    String jsonPath() {
        PlanPath below = planPath();
        if (below != null) {
            return below.toJsonPath();
        }
        StringBuilder sb = new StringBuilder("$");
        for (int i = 0; i < size; i++) {
            Object s = path[i];
            if (s instanceof Integer index) {
                sb.append('[').append(index).append(']');
            } else {
                sb.append('.').append(segment((String) s));
            }
        }
        return sb.toString();
    }

    /** A field name as a path segment: printable, at most 64 characters, without the path's own separators. */
    private static String segment(String name) {
        String safe = Names.safe(name).replace('.', '?').replace('[', '?').replace(']', '?');
        return safe.isEmpty() ? "?" : safe;
    }

    /** What is wrong at a syntax failure, told from the character the parser stopped at. */
    private String syntax(JsonLocation location) {
        long offset = location == null ? -1 : location.getCharOffset();
        if (offset < 0 || offset > json.length()) {
            return "the JSON is not well-formed";
        }
        // The parser reports the character after the one it could not use.
        char c = json.charAt((int) Math.max(0, Math.min(json.length() - 1, offset - 1)));
        char at = offset < json.length() ? json.charAt((int) offset) : c;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || at < 0x20 && at != '\n' && at != '\r' && at != '\t') {
            return "a control character must be escaped inside a string";
        }
        if (c == '/' || c == '#' || at == '/' || at == '#') {
            return "a comment is not JSON";
        }
        if (Character.isLetter(c) || Character.isLetter(at)) {
            return "not JSON here: expected a string, number, true, false, null, object or array";
        }
        if (Character.isDigit(c) || c == '-' || c == '+' || c == '.' || Character.isDigit(at) || at == '-' || at == '+') {
            return "not a valid JSON number";
        }
        return "unexpected character: the JSON is not well-formed";
    }

    static int line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
    }

    static int column(JsonLocation location) {
        return location == null || location.getColumnNr() < 1 ? 1 : location.getColumnNr();
    }

    /** The 1-based line and column of a character offset. */
    static int[] lineAndColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, end - lineStart + 1};
    }

    // ---- leaf values -----------------------------------------------------------------------------

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");

    String string() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return text();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw fail("expected a string");
    }

    LocalDate date() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw fail("expected a date in the form YYYY-MM-DD");
        }
        String text = text();
        if (!DATE.matcher(text).matches()) {
            throw fail("expected a date in the form YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw fail("not a real calendar date; expected YYYY-MM-DD");
        }
    }

    Locale locale() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw fail("expected a language tag such as en-GB");
        }
        String text = text();
        if (!TAG.matcher(text).matches()) {
            throw fail("expected a language tag such as en-GB or en-US");
        }
        try {
            return new Locale.Builder().setLanguageTag(text).build();
        } catch (IllformedLocaleException e) {
            throw fail("expected a language tag such as en-GB or en-US");
        }
    }

    /** A whole number that fits an int; null for JSON null when the component may be absent. */
    Integer integer(boolean primitive) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                throw fail("a whole number out of range: at most " + Integer.MAX_VALUE + " and at least " + Integer.MIN_VALUE);
            }
            return p.getIntValue();
        }
        if (t == JsonToken.VALUE_NULL) {
            if (primitive) {
                throw fail("expected a whole number, not null");
            }
            return null;
        }
        throw fail("expected a whole number");
    }

    Boolean bool(boolean primitive) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        if (t == JsonToken.VALUE_NULL) {
            if (primitive) {
                throw fail("expected true or false, not null");
            }
            return null;
        }
        throw fail("expected true or false");
    }
}
