package org.waymark.fhir.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.validation.constraints.NotNull;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.waymark.model.Coded;

/**
 * Writes the parts of a plan record that FHIR has no element for as extensions, and reads them back.
 * <p>
 * A record component {@code c} of a record type {@code R} becomes the extension
 * {@code https://waymark.org/fhir/StructureDefinition/<r>-<c>} (both names hyphenated); a list
 * repeats the extension, a nested record becomes a complex extension whose parts are named by their
 * component names, and a missing value or an empty list writes nothing. Values: text as
 * {@code valueString}, dates as {@code valueDate}, flags as {@code valueBoolean}, counts as
 * {@code valueInteger}, Waymark codes as {@code valueCoding} (see {@link Vocabulary}), locales as
 * {@code valueCode}. Because the mapping follows the records, a component added to the model is
 * carried without code here; its StructureDefinition is generated with the others.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RecordCodec {

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private RecordCodec() {
    }

    /** A record type's components and canonical constructor, looked up once. */
    private record Shape(RecordComponent[] components, Constructor<?> constructor, Map<String, RecordComponent> byName) {

        static Shape of(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getName() + " is not a record");
            }
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Map<String, RecordComponent> byName = new HashMap<>();
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                byName.put(components[i].getName(), components[i]);
            }
            try {
                return new Shape(components, type.getDeclaredConstructor(types), byName);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
            }
        }
    }

    /**
     * Returns the extension URL of a record component.
     *
     * @param owner     the record type, not null
     * @param component the component name, not null
     * @return the URL, not null
     */
    public static String url(Class<?> owner, String component) {
        return Names.EXTENSION + Names.kebab(owner.getSimpleName()) + "-" + Names.kebab(component);
    }

    /**
     * Returns a record type's components, in declaration order.
     *
     * @param type the record type, not null
     * @return the components, not null
     */
    public static List<RecordComponent> components(Class<?> type) {
        return List.of(SHAPES.get(type).components());
    }

    /**
     * Returns the element type of a list component, or the component's own type.
     *
     * @param component the component, not null
     * @return the value type, not null
     */
    public static Class<?> valueType(RecordComponent component) {
        return isList(component) ? elementType(component.getGenericType()) : component.getType();
    }

    /**
     * Tells whether a component is a list.
     *
     * @param component the component, not null
     * @return true for a list
     */
    public static boolean isList(RecordComponent component) {
        return List.class.isAssignableFrom(component.getType());
    }

    /**
     * Writes the chosen components of a record as extensions, in component order.
     *
     * @param record the record, not null
     * @param which  the component names to write, not null
     * @param target the extension list to add to, not null
     */
    public static void write(Record record, Predicate<String> which, List<Extension> target) {
        Class<?> type = record.getClass();
        for (RecordComponent c : SHAPES.get(type).components()) {
            if (which.test(c.getName())) {
                add(target, url(type, c.getName()), c, value(c, record));
            }
        }
    }

    /**
     * Returns one component's value.
     *
     * @param component the component, not null
     * @param record    the record, not null
     * @return the value, possibly null
     */
    public static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static void add(List<Extension> target, String url, RecordComponent c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            for (Object element : list) {
                addOne(target, encode(url, element));
            }
        } else {
            addOne(target, encode(url, value));
        }
    }

    /** A record with nothing in it writes nothing: FHIR has no empty extension (ext-1). */
    private static void addOne(List<Extension> target, Extension ext) {
        if (ext.hasValue() || ext.hasExtension()) {
            target.add(ext);
        }
    }

    private static Extension encode(String url, Object value) {
        Extension ext = new Extension(url);
        if (value instanceof Record r) {
            for (RecordComponent c : SHAPES.get(r.getClass()).components()) {
                add(ext.getExtension(), c.getName(), c, value(c, r));
            }
        } else {
            ext.setValue(primitive(value));
        }
        return ext;
    }

    private static Type primitive(Object value) {
        if (value instanceof String s) {
            return new StringType(s);
        } else if (value instanceof LocalDate d) {
            return new DateType(d.toString());
        } else if (value instanceof Boolean b) {
            return new BooleanType(b);
        } else if (value instanceof Integer i) {
            return new IntegerType(i);
        } else if (value instanceof Coded c) {
            return Vocabulary.coding(c);
        } else if (value instanceof Locale l) {
            return new CodeType(l.toLanguageTag());
        }
        throw new IllegalStateException("no FHIR type for " + value.getClass().getName());
    }

    /**
     * Tells which FHIR type a Java value type is written as.
     *
     * @param type the Java type of a non-record value, not null
     * @return the FHIR type's name, e.g. {@code string}, not null
     */
    public static String fhirType(Class<?> type) {
        if (type == String.class) {
            return "string";
        } else if (type == LocalDate.class) {
            return "date";
        } else if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        } else if (type == Integer.class || type == int.class) {
            return "integer";
        } else if (Coded.class.isAssignableFrom(type)) {
            return "Coding";
        } else if (type == Locale.class) {
            return "code";
        }
        throw new IllegalStateException("no FHIR type for " + type.getName());
    }

    /**
     * Reads extensions of one element back into component values, keeping track of which it used,
     * so that an extension in Waymark's namespace that nothing reads is an error, not a silent loss.
     */
    public static final class Reader {

        private final List<Extension> extensions;
        private final String location;
        private final boolean[] used;

        /**
         * Creates a reader.
         *
         * @param extensions the element's extensions, not null
         * @param location   the element's FHIRPath, not null
         */
        public Reader(List<Extension> extensions, String location) {
            this.extensions = extensions;
            this.location = location;
            this.used = new boolean[extensions.size()];
        }

        /**
         * Reads the chosen components of a record type.
         *
         * @param type  the record type, not null
         * @param which the component names to read, not null
         * @return the values by component name; lists as lists, absent values left out
         * @throws BundleFailure if an extension is repeated where one is allowed, or its value is wrong
         */
        public Map<String, Object> read(Class<?> type, Predicate<String> which) {
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, RecordComponent> byUrl = new HashMap<>();
            for (RecordComponent c : SHAPES.get(type).components()) {
                if (which.test(c.getName())) {
                    byUrl.put(url(type, c.getName()), c);
                }
            }
            for (int i = 0; i < extensions.size(); i++) {
                RecordComponent c = byUrl.get(extensions.get(i).getUrl());
                if (c != null) {
                    used[i] = true;
                    put(values, c, extensions.get(i), location + ".extension[" + i + "]");
                }
            }
            return values;
        }

        /**
         * Tells whether an extension with this URL is present, and marks it used.
         *
         * @param url the URL, not null
         * @return true if present
         */
        public boolean take(String url) {
            boolean found = false;
            for (int i = 0; i < extensions.size(); i++) {
                if (url.equals(extensions.get(i).getUrl())) {
                    used[i] = true;
                    found = true;
                }
            }
            return found;
        }

        /**
         * Checks that every extension in Waymark's namespace was read.
         *
         * @throws BundleFailure for the first one that was not
         */
        public void finish() {
            for (int i = 0; i < extensions.size(); i++) {
                String url = extensions.get(i).getUrl();
                if (!used[i] && url != null && url.startsWith(Names.CANONICAL + "/")) {
                    throw new BundleFailure(location + ".extension[" + i + "]",
                            "unknown Waymark extension on this element");
                }
            }
        }
    }

    private static void put(Map<String, Object> values, RecordComponent c, Extension ext, String at) {
        Object value = decode(valueType(c), ext, at);
        if (isList(c)) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) values.computeIfAbsent(c.getName(), k -> new ArrayList<>());
            list.add(value);
        } else if (values.putIfAbsent(c.getName(), value) != null) {
            throw new BundleFailure(at, "repeated; at most one is allowed");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object decode(Class<?> type, Extension ext, String at) {
        if (type.isRecord()) {
            if (ext.hasValue()) {
                throw new BundleFailure(at + ".value", "wrong type: expected parts (extension), not a value");
            }
            Shape shape = SHAPES.get(type);
            Map<String, Object> values = new LinkedHashMap<>();
            for (int j = 0; j < ext.getExtension().size(); j++) {
                Extension part = ext.getExtension().get(j);
                RecordComponent c = shape.byName().get(part.getUrl());
                String partAt = at + ".extension[" + j + "]";
                if (c == null) {
                    throw new BundleFailure(partAt + ".url", "unknown part of this extension");
                }
                put(values, c, part, partAt);
            }
            return construct(type, values, at);
        }
        if (ext.hasExtension()) {
            throw new BundleFailure(at + ".extension[0]", "wrong type: expected a value, not parts");
        }
        if (!ext.hasValue()) {
            throw new BundleFailure(at, "required element is missing: value");
        }
        Type v = ext.getValue();
        String vat = at + ".value";
        if (type == String.class && v instanceof StringType s && s.getValue() != null) {
            return s.getValue();
        } else if (type == LocalDate.class && v instanceof DateType d && d.getValueAsString() != null) {
            try {
                return LocalDate.parse(d.getValueAsString());
            } catch (DateTimeParseException e) {
                throw new BundleFailure(vat, "a full date (YYYY-MM-DD) is required");
            }
        } else if ((type == Boolean.class || type == boolean.class) && v instanceof BooleanType b && b.getValue() != null) {
            return b.getValue();
        } else if ((type == Integer.class || type == int.class) && v instanceof IntegerType i && i.getValue() != null) {
            return i.getValue();
        } else if (Coded.class.isAssignableFrom(type) && v instanceof Coding coding) {
            return Vocabulary.decode((Class) type, coding, vat);
        } else if (type == Locale.class && v instanceof CodeType code && code.getValue() != null) {
            return Locale.forLanguageTag(code.getValue());
        }
        throw new BundleFailure(vat, "wrong type: expected value" + capitalised(fhirType(type)));
    }

    private static String capitalised(String fhirType) {
        return Character.toUpperCase(fhirType.charAt(0)) + fhirType.substring(1);
    }

    /**
     * Builds a record from component values through its canonical constructor, so the model's own
     * checks apply; a value the model refuses becomes an error at the element.
     *
     * @param type     the record type, not null
     * @param values   the values by component name; absent lists become empty, absent flags false
     * @param location the element's FHIRPath, for errors, not null
     * @param <R>      the record type
     * @return the record, not null
     * @throws BundleFailure if a required value is missing or the model refuses a value
     */
    public static <R> R construct(Class<R> type, Map<String, Object> values, String location) {
        Shape shape = SHAPES.get(type);
        RecordComponent[] components = shape.components();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Object v = values.get(c.getName());
            if (v == null) {
                if (isList(c)) {
                    v = List.of();
                } else if (c.getType() == boolean.class) {
                    v = Boolean.FALSE;
                } else if (c.getType().isPrimitive()) {
                    throw new BundleFailure(location, "required element is missing: " + c.getName());
                } else if (c.getType().isRecord() && c.getAccessor().isAnnotationPresent(NotNull.class)) {
                    // A required part with nothing in it was written as nothing; rebuild it empty.
                    v = construct(c.getType(), Map.of(), location);
                }
            }
            args[i] = v;
        }
        try {
            return type.cast(shape.constructor().newInstance(args));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
                throw new BundleFailure(location, "not a valid " + Names.kebab(type.getSimpleName())
                        + ": " + cause.getMessage());
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private static Class<?> elementType(java.lang.reflect.Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        throw new IllegalStateException("unsupported list type " + generic);
    }
}
