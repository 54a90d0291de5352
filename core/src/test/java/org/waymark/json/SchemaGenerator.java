package org.waymark.json;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.waymark.json.internal.PlanDocument;
import org.waymark.model.CarePlan;
import org.waymark.model.Coded;
import org.waymark.model.Limits;

/**
 * Generates the JSON Schema (2020-12) of the Waymark document format from the model, so that the
 * committed schema cannot drift from the records.
 * <p>
 * Everything that can be learnt from the model is learnt from it: the record components and their
 * order, which are required ({@code @NotNull} or primitive, cross-checked against what the
 * compact constructor rejects), enum codes, and — by calling each canonical constructor with
 * probe values — which strings are identifiers, single lines or free text, their maximum lengths,
 * the characters the model refuses, which characters count as blank, number ranges, which lists
 * of ids must not repeat an id, and the largest list. What the model cannot tell is stated here:
 * the date and language-tag forms (those of the JSON binding) and {@link #OVERRIDES}.
 * <p>
 * Regenerate the committed resource with
 * {@code mvn -pl core test -Dtest=SchemaGeneratorTest -Dwaymark.regenerate=true}.
 */
final class SchemaGenerator {

    /** The schema's {@code $id}. */
    static final String SCHEMA_ID = "https://waymark.org/schema/plan/" + PlanJson.SCHEMA_VERSION;

    /** The committed schema, relative to the core module's directory (Surefire's working directory). */
    static final Path SOURCE = Path.of("src/main/resources" + PlanJson.SCHEMA_RESOURCE);

    /** The command that rewrites {@link #SOURCE}. */
    static final String REGENERATE = "mvn -pl core test -Dtest=SchemaGeneratorTest -Dwaymark.regenerate=true";

    /**
     * The end of the string in a pattern. Not {@code $}: in java.util.regex (which several validators
     * use) {@code $} also matches before a final line break, so {@code "2026-01-01\n"} would pass.
     */
    static final String END = "(?![\\s\\S])";

    /** A calendar date as the JSON binding reads it: YYYY-MM-DD; whether the day exists is checked on reading. */
    static final String DATE_PATTERN = "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])" + END;

    /** A language tag as the JSON binding reads it: a language, optionally a region. */
    static final String LANGUAGE_TAG_PATTERN = "^[a-z]{2,3}(?:-[A-Z]{2})?" + END;

    /**
     * Strings whose form the constructor checks with its own rule rather than the model's shared checks: the
     * schema for each, keyed by {@code Record.component}, and values the model must accept and
     * refuse, so that the override is checked against the model too.
     */
    private static final Map<String, Form> OVERRIDES = Map.of(
            "Contact.country", new Form("^[A-Z]{2}" + END, List.of("GB", "US"), List.of("gb", "GBR", "G1", "GB\n")));

    private record Form(String pattern, List<String> accepted, List<String> refused) {
    }

    private enum StringKind {
        ID("id"), LINE("line"), TEXT("text");

        final String def;

        StringKind(String def) {
            this.def = def;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, ObjectNode> defs = new TreeMap<>();
    private final Map<Class<?>, Prototype> prototypes = new LinkedHashMap<>();
    private final Map<StringKind, Integer> maxLengths = new LinkedHashMap<>();
    private final Map<StringKind, CharSets> charSets = new LinkedHashMap<>();

    private SchemaGenerator() {
    }

    /**
     * Generates the schema.
     *
     * @return the schema as pretty-printed JSON with {@code \n} line ends, ending with a line break
     */
    static String generate() {
        return new SchemaGenerator().render();
    }

    /** Writes the schema to {@link #SOURCE}. */
    static void writeSource(String schema) {
        try {
            Files.writeString(SOURCE, schema, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Regenerates {@link #SOURCE}; run from the core module's directory.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        writeSource(generate());
    }

    private String render() {
        List<String> envelope = Arrays.stream(PlanDocument.class.getRecordComponents()).map(RecordComponent::getName).toList();
        if (!envelope.equals(List.of("schemaVersion", "plan"))) {
            throw new IllegalStateException("the envelope changed: " + envelope + "; update SchemaGenerator");
        }
        String plan = define(CarePlan.class);

        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", SCHEMA_ID);
        root.put("title", "Waymark care plan document, format " + PlanJson.SCHEMA_VERSION);
        root.put("description", String.join(" ",
                "A care plan for a person who self-harms, as org.waymark.json.PlanJson reads and writes it.",
                "Generated from the Java model by SchemaGenerator (" + REGENERATE + "); do not edit by hand.",
                "Optional fields are left out, never null; empty lists may be left out.",
                "There is no field for a risk score, probability or risk level (NICE NG225 1.6.1 to 1.6.4).",
                "The reader also checks what a schema cannot say: ids are unique within a plan and every reference resolves;",
                "dates are real calendar dates; each needs and risk domain appears once; rules between fields",
                "(a finding or a reason, not both); no duplicate keys; at most 2,000,000 characters and 64 levels of nesting.",
                "Lengths are counted here in code points and by the reader in UTF-16 units;",
                "Patterns assume Unicode (code point) regular-expression semantics and end in (?![\\s\\S]), the end of the string,",
                "because $ also matches before a final line break in some regular-expression engines."));
        root.put("type", "object");
        root.put("additionalProperties", false);
        root.set("required", strings(envelope));
        ObjectNode properties = root.putObject("properties");
        properties.putObject("schemaVersion").put("const", PlanJson.SCHEMA_VERSION);
        properties.set("plan", ref(plan));

        defineScalars();
        ObjectNode defsNode = root.putObject("$defs");
        defs.forEach(defsNode::set);
        return print(root);
    }

    private static String print(JsonNode root) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- definitions

    private String define(Class<?> type) {
        String name = type.getSimpleName();
        if (defs.containsKey(name)) {
            return name;
        }
        if (type.isEnum()) {
            if (!Coded.class.isAssignableFrom(type)) {
                throw new IllegalStateException(type.getName() + " does not implement Coded");
            }
            ObjectNode node = NODES.objectNode();
            node.put("title", name);
            node.put("type", "string");
            ArrayNode codes = node.putArray("enum");
            for (Object constant : type.getEnumConstants()) {
                codes.add(((Coded) constant).code());
            }
            defs.put(name, node);
            return name;
        }
        if (!type.isRecord()) {
            throw new IllegalStateException("no schema mapping for " + type.getName());
        }
        ObjectNode node = NODES.objectNode();
        defs.put(name, node);
        Prototype proto = prototype(type);
        node.put("title", name);
        node.put("type", "object");
        node.put("additionalProperties", false);
        ArrayNode required = NODES.arrayNode();
        ObjectNode properties = NODES.objectNode();
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            if (isRequired(proto, i)) {
                required.add(c.getName());
            }
            properties.set(c.getName(), component(proto, i));
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        node.set("properties", properties);
        return name;
    }

    private ObjectNode component(Prototype base, int i) {
        RecordComponent c = base.components[i];
        Class<?> raw = c.getType();
        String where = base.type.getSimpleName() + "." + c.getName();
        Prototype proto = base.accepting(i, typical(c));
        if (raw == String.class) {
            Form form = OVERRIDES.get(where);
            if (form != null) {
                return form(proto, i, form);
            }
            StringKind kind = stringKind(proto, i, where, false);
            return ref(kind.def);
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
            Class<?> elementType = element instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) element;
            ObjectNode node = NODES.objectNode();
            node.put("type", "array");
            node.put("maxItems", maxItems(proto, i, where, elementType));
            if (elementType == String.class) {
                StringKind kind = stringKind(proto, i, where, true);
                node.set("items", ref(kind.def));
                if (kind == StringKind.ID && proto.refuses(i, List.of("a", "a"))) {
                    node.put("uniqueItems", true);
                }
            } else {
                node.set("items", schemaOf(elementType, where));
                if (elementType.isEnum()) {
                    Object first = elementType.getEnumConstants()[0];
                    if (proto.refuses(i, List.of(first, first))) {
                        node.put("uniqueItems", true);
                    }
                }
            }
            return node;
        }
        if (raw == int.class || raw == Integer.class) {
            return integer(proto, i, where);
        }
        if (raw == Boolean.class && proto.refuses(i, Boolean.FALSE) && !proto.refuses(i, Boolean.TRUE)) {
            // A flag that is only ever recorded as true, or left out.
            return NODES.objectNode().put("const", true);
        }
        return schemaOf(raw, where);
    }

    /** A value a component of this type usually accepts: probes start from an instance that accepts it. */
    private Object typical(RecordComponent c) {
        Class<?> raw = c.getType();
        if (raw == String.class) {
            return "a";
        }
        if (raw == int.class || raw == Integer.class) {
            return 1;
        }
        if (raw == List.class) {
            return List.of();
        }
        return null;
    }

    private ObjectNode schemaOf(Class<?> type, String where) {
        if (type == boolean.class || type == Boolean.class) {
            return NODES.objectNode().put("type", "boolean");
        }
        if (type == LocalDate.class) {
            return ref("date");
        }
        if (type == Locale.class) {
            return ref("languageTag");
        }
        if (type.isEnum() || type.isRecord()) {
            return ref(define(type));
        }
        throw new IllegalStateException(where + ": no schema mapping for " + type.getName());
    }

    private void defineScalars() {
        ObjectNode id = NODES.objectNode();
        id.put("description", "An identifier, unique within a plan where it names something; a reference where it names something else.");
        id.put("type", "string");
        id.put("pattern", "^" + Limits.ID.pattern() + END);
        defs.put(StringKind.ID.def, id);
        for (StringKind kind : List.of(StringKind.LINE, StringKind.TEXT)) {
            if (!maxLengths.containsKey(kind)) {
                throw new IllegalStateException("the model has no " + kind.def + " field");
            }
            CharSets sets = charSets.get(kind);
            ObjectNode node = NODES.objectNode();
            node.put("description", kind == StringKind.LINE
                    ? "A single line of text: not blank; no line breaks (also U+2028, U+2029), control, format (bidirectional,"
                            + " zero-width, tag), private-use or noncharacters. The model also refuses ZWJ and ZWNJ outside words"
                            + " of scripts that use them, and such characters beyond the Basic Multilingual Plane."
                    : "Free text: not blank; line breaks and tabs allowed; no other control, format (bidirectional, zero-width,"
                            + " tag), private-use or noncharacters. The model also refuses ZWJ and ZWNJ outside words of scripts"
                            + " that use them, and such characters beyond the Basic Multilingual Plane.");
            node.put("type", "string");
            node.put("minLength", 1);
            node.put("maxLength", maxLengths.get(kind));
            String allowed = "[^" + ranges(sets.forbidden) + "]";
            BitSet nonBlank = (BitSet) sets.forbidden.clone();
            nonBlank.or(sets.blank);
            BitSet blankAllowed = (BitSet) sets.blank.clone();
            blankAllowed.andNot(sets.forbidden);
            node.put("pattern", "^[" + ranges(blankAllowed) + "]*[^" + ranges(nonBlank) + "]" + allowed + "*" + END);
            defs.put(kind.def, node);
        }
        ObjectNode date = NODES.objectNode();
        date.put("description", "A calendar date, YYYY-MM-DD.");
        date.put("type", "string");
        date.put("format", "date");
        date.put("pattern", DATE_PATTERN);
        defs.put("date", date);
        ObjectNode tag = NODES.objectNode();
        tag.put("description", "A language tag: a language and optionally a region, such as en-GB.");
        tag.put("type", "string");
        tag.put("pattern", LANGUAGE_TAG_PATTERN);
        defs.put("languageTag", tag);
    }

    private static ObjectNode ref(String def) {
        return NODES.objectNode().put("$ref", "#/$defs/" + def);
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode node = NODES.arrayNode();
        values.forEach(node::add);
        return node;
    }

    // ---------------------------------------------------------------- probing the model

    private boolean isRequired(Prototype proto, int i) {
        RecordComponent c = proto.components[i];
        if (c.getType().isPrimitive()) {
            return true;
        }
        boolean annotated = c.getAccessor().isAnnotationPresent(NotNull.class)
                || c.getAnnotatedType().isAnnotationPresent(NotNull.class);
        String message = proto.rejection(i, null);
        boolean refused = message != null;
        if (refused && !message.equals(c.getName()) && !message.startsWith(c.getName() + ":")) {
            throw new IllegalStateException(proto.type.getSimpleName() + "." + c.getName()
                    + ": null is refused for another component: " + message);
        }
        if (annotated != refused) {
            throw new IllegalStateException(proto.type.getSimpleName() + "." + c.getName() + ": "
                    + (annotated ? "annotated @NotNull but the constructor accepts null"
                    : "the constructor refuses null but the component is not annotated @NotNull"));
        }
        return annotated;
    }

    private StringKind stringKind(Prototype proto, int i, String where, boolean list) {
        Probe probe = value -> proto.rejection(i, list ? List.of(value) : value);
        StringKind kind;
        if (probe.rejection("a b") == null) {
            String multiLine = probe.rejection("a\nb");
            if (multiLine == null) {
                kind = StringKind.TEXT;
            } else if (multiLine.contains("single line")) {
                kind = StringKind.LINE;
            } else {
                throw new IllegalStateException(where + ": unexpected rejection of a line break: " + multiLine);
            }
            if (probe.rejection("   ") == null) {
                throw new IllegalStateException(where + ": accepts blank text; add it to SchemaGenerator.OVERRIDES");
            }
            record(kind, where, maxLength(probe, maxLengths.get(kind)), characters(probe, charSets.get(kind)));
        } else if (probe.rejection("a") == null && probe.rejection("Z9._:-x") == null && probe.rejection("-a") != null) {
            kind = StringKind.ID;
        } else {
            throw new IllegalStateException(where + ": a string that is neither an id, a line nor free text;"
                    + " describe it in SchemaGenerator.OVERRIDES");
        }
        return kind;
    }

    private void record(StringKind kind, String where, int maxLength, CharSets sets) {
        Integer known = maxLengths.putIfAbsent(kind, maxLength);
        if (known != null && known != maxLength) {
            throw new IllegalStateException(where + ": " + kind.def + " of at most " + maxLength
                    + " characters, where others allow " + known);
        }
        CharSets first = charSets.putIfAbsent(kind, sets);
        if (first != null && !first.equals(sets)) {
            throw new IllegalStateException(where + ": refuses other characters than other " + kind.def + " fields");
        }
    }

    private static int maxLength(Probe probe, Integer known) {
        if (known != null && probe.rejection("a".repeat(known)) == null && probe.rejection("a".repeat(known + 1)) != null) {
            return known;
        }
        int good = 1;
        int bad = 1_000_000;
        if (probe.rejection("a".repeat(bad)) == null) {
            throw new IllegalStateException("no length limit");
        }
        while (bad - good > 1) {
            int mid = (good + bad) >>> 1;
            if (probe.rejection("a".repeat(mid)) == null) {
                good = mid;
            } else {
                bad = mid;
            }
        }
        return good;
    }

    /**
     * Finds the UTF-16 units the model refuses inside text, and those that alone make text blank.
     * The full scan runs once per kind of string; other fields of the kind are checked on a sample.
     */
    private static CharSets characters(Probe probe, CharSets known) {
        if (known != null) {
            for (char c : new char[] {'\u0000', '\u0007', '\t', '\n', '\r', ' ', '\u007F', '\u0085', '\u00A0', '\u2028', '\u202E', '\u2066', '\uD800', '\uFFFF', 'x'}) {
                if ((probe.rejection("a" + c + "a") != null) != known.forbidden.get(c)) {
                    return scan(probe);
                }
            }
            return known;
        }
        return scan(probe);
    }

    private static CharSets scan(Probe probe) {
        BitSet forbidden = new BitSet(0x10000);
        BitSet blank = new BitSet(0x10000);
        for (int c = 0; c <= 0xFFFF; c++) {
            // the joiners are allowed after letters of scripts that use them; the schema allows them everywhere
            String around = c == 0x200C || c == 0x200D ? "\u0645" : "a";
            if (probe.rejection(around + (char) c + around) != null) {
                forbidden.set(c);
            }
            String alone = probe.rejection(String.valueOf((char) c));
            if (alone != null && alone.contains("blank")) {
                blank.set(c);
            }
        }
        if (probe.rejection("a\uD83D\uDE00a") != null) {
            throw new IllegalStateException("the model refuses characters outside the Basic Multilingual Plane;"
                    + " the text pattern assumes it accepts them");
        }
        return new CharSets(forbidden, blank);
    }

    private record CharSets(BitSet forbidden, BitSet blank) {
    }

    /** Writes a set of UTF-16 units as the inside of a character class, with \\uXXXX escapes. */
    private static String ranges(BitSet set) {
        StringBuilder sb = new StringBuilder();
        for (int start = set.nextSetBit(0); start >= 0; ) {
            int end = set.nextClearBit(start) - 1;
            sb.append(escape(start));
            if (end > start) {
                if (end > start + 1) {
                    sb.append('-');
                }
                sb.append(escape(end));
            }
            start = set.nextSetBit(end + 1);
        }
        return sb.toString();
    }

    private static String escape(int c) {
        return String.format("\\u%04X", c);
    }

    private ObjectNode form(Prototype proto, int i, Form form) {
        for (String value : form.accepted) {
            if (proto.rejection(i, value) != null) {
                throw new IllegalStateException(proto.type.getSimpleName() + "." + proto.components[i].getName()
                        + ": the model no longer matches its schema override");
            }
        }
        for (String value : form.refused) {
            if (proto.rejection(i, value) == null) {
                throw new IllegalStateException(proto.type.getSimpleName() + "." + proto.components[i].getName()
                        + ": the model no longer matches its schema override");
            }
        }
        ObjectNode node = NODES.objectNode();
        node.put("type", "string");
        node.put("pattern", form.pattern);
        return node;
    }

    private ObjectNode integer(Prototype proto, int i, String where) {
        Integer base = (Integer) proto.args[i];
        int good = base == null ? 1 : base;
        if (proto.rejection(i, good) != null) {
            throw new IllegalStateException(where + ": refuses " + good);
        }
        long min = bound(proto, i, good, Integer.MIN_VALUE);
        long max = bound(proto, i, good, Integer.MAX_VALUE);
        ObjectNode node = NODES.objectNode();
        node.put("type", "integer");
        node.put("minimum", min);
        node.put("maximum", max);
        return node;
    }

    /** The accepted value nearest to {@code limit}, assuming the accepted values form one interval around {@code good}. */
    private static long bound(Prototype proto, int i, long good, long limit) {
        if (proto.rejection(i, (int) limit) == null) {
            return limit;
        }
        long bad = limit;
        while (Math.abs(bad - good) > 1) {
            long mid = Math.floorDiv(good + bad, 2);
            if (proto.rejection(i, (int) mid) == null) {
                good = mid;
            } else {
                bad = mid;
            }
        }
        return good;
    }

    private int maxItems(Prototype proto, int i, String where, Class<?> elementType) {
        Object element = elementType == String.class ? "a" : sample(elementType);
        String message = proto.rejection(i, Collections.nCopies(Limits.MAX_ITEMS + 1, element));
        if (message == null || !message.contains("at most " + Limits.MAX_ITEMS)) {
            throw new IllegalStateException(where + ": the list is not bounded by Limits.MAX_ITEMS");
        }
        return Limits.MAX_ITEMS;
    }

    private Object sample(Class<?> type) {
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return prototype(type).build();
    }

    private Prototype prototype(Class<?> type) {
        Prototype proto = prototypes.get(type);
        if (proto == null) {
            proto = new Prototype(type, this);
            prototypes.put(type, proto);
        }
        return proto;
    }

    @FunctionalInterface
    private interface Probe {
        String rejection(String value);
    }

    /**
     * A record type with the smallest valid arguments of its canonical constructor: required
     * components get a simple valid value, optional ones null.
     */
    private static final class Prototype {
        final Class<?> type;
        final RecordComponent[] components;
        final MethodHandle constructor;
        final Object[] args;

        Prototype(Class<?> type, SchemaGenerator generator) {
            this.type = type;
            this.components = type.getRecordComponents();
            Class<?>[] parameters = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                parameters[i] = components[i].getType();
            }
            try {
                MethodHandle handle = MethodHandles.publicLookup().unreflectConstructor(type.getConstructor(parameters));
                this.constructor = handle.asType(handle.type().generic()).asSpreader(Object[].class, components.length);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(type.getName() + ": no public canonical constructor", e);
            }
            this.args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = initial(components[i], generator);
            }
            for (int i = 0; i < components.length; i++) {
                if (components[i].getType().isEnum() && rejection(-1, null) != null) {
                    for (Object constant : components[i].getType().getEnumConstants()) {
                        args[i] = constant;
                        if (rejection(-1, null) == null) {
                            break;
                        }
                    }
                }
            }
            String message = rejection(-1, null);
            if (message != null) {
                throw new IllegalStateException(type.getSimpleName() + ": no simple valid instance: " + message);
            }
        }

        private Prototype(Prototype base, Object[] args) {
            this.type = base.type;
            this.components = base.components;
            this.constructor = base.constructor;
            this.args = args;
        }

        /**
         * Returns this prototype, or one with another constant in one enum component, whose
         * constructor accepts {@code value} for component {@code index}: a goal's link to a
         * long-term goal is probed on a short-term goal.
         */
        Prototype accepting(int index, Object value) {
            if (value == null || rejection(index, value) == null) {
                return this;
            }
            for (int j = 0; j < components.length; j++) {
                if (!components[j].getType().isEnum()) {
                    continue;
                }
                for (Object constant : components[j].getType().getEnumConstants()) {
                    Object[] variant = args.clone();
                    variant[j] = constant;
                    Prototype other = new Prototype(this, variant);
                    if (other.rejection(-1, null) == null && other.rejection(index, value) == null) {
                        return other;
                    }
                }
            }
            return this;
        }

        private static Object initial(RecordComponent c, SchemaGenerator generator) {
            Class<?> t = c.getType();
            if (t == int.class) {
                return 1;
            }
            if (t == boolean.class) {
                return false;
            }
            if (!c.getAccessor().isAnnotationPresent(NotNull.class) && !c.getAnnotatedType().isAnnotationPresent(NotNull.class)) {
                return null;
            }
            if (t == String.class) {
                return "a";
            }
            if (t == LocalDate.class) {
                return LocalDate.of(2026, 1, 1);
            }
            if (t == Locale.class) {
                return Locale.UK;
            }
            if (t.isEnum()) {
                return t.getEnumConstants()[0];
            }
            if (t.isRecord()) {
                return generator.prototype(t).build();
            }
            return null;
        }

        Object build() {
            try {
                return constructor.invokeExact(args.clone());
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        /**
         * Calls the constructor with one argument replaced.
         *
         * @return null if the constructor accepts the arguments, else the message of its
         *         IllegalArgumentException (or, for a null it refuses, its NullPointerException)
         */
        String rejection(int index, Object value) {
            Object[] a = args.clone();
            if (index >= 0) {
                a[index] = value;
            }
            try {
                Object ignored = constructor.invokeExact(a);
                return null;
            } catch (IllegalArgumentException | NullPointerException e) {
                return e.getMessage();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        boolean refuses(int index, Object value) {
            return rejection(index, value) != null;
        }
    }
}
