package org.waymark.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.waymark.model.Coded;
import org.waymark.model.PlanPath;

/**
 * One decoder per model type, each reading the value in front of a {@link PlanReader}: strings,
 * whole numbers, booleans, dates, language tags, coded values, lists, and records, which read their
 * fields by name and call their canonical constructor, so that every check stays in the model.
 * <p>
 * A record's decoder is made once per type from its components; the model is read through its public
 * API (accessible record components and canonical constructors of an exported package), so the model
 * package need not be opened to any library.
 */
final class Decoders {

    private static final Map<Type, Decoder> CACHE = new ConcurrentHashMap<>();

    private Decoders() {
    }

    /** Reads the value at the reader's current token. */
    @FunctionalInterface
    interface Decoder {
        Object decode(PlanReader in) throws IOException;
    }

    static Decoder of(Type type) {
        Decoder d = CACHE.get(type);
        if (d == null) {
            d = create(type);
            CACHE.putIfAbsent(type, d);
        }
        return d;
    }

    private static Decoder create(Type type) {
        if (type == String.class) {
            return PlanReader::string;
        }
        if (type == int.class) {
            return in -> in.integer(true);
        }
        if (type == Integer.class) {
            return in -> in.integer(false);
        }
        if (type == boolean.class) {
            return in -> in.bool(true);
        }
        if (type == Boolean.class) {
            return in -> in.bool(false);
        }
        if (type == LocalDate.class) {
            return PlanReader::date;
        }
        if (type == Locale.class) {
            return PlanReader::locale;
        }
        if (type instanceof ParameterizedType pt && pt.getRawType() == List.class) {
            return new ListDecoder(pt.getActualTypeArguments()[0]);
        }
        if (type instanceof Class<?> c && c.isEnum() && Coded.class.isAssignableFrom(c)) {
            return new CodedDecoder(c);
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            return new RecordDecoder(c);
        }
        throw new IllegalStateException("no decoder for the model type " + type.getTypeName());
    }

    /** A list: an array whose elements each have the element type's decoder; null when absent. */
    private static final class ListDecoder implements Decoder {
        private final Type element;
        private volatile Decoder decoder;

        ListDecoder(Type element) {
            this.element = element;
        }

        @Override
        public Object decode(PlanReader in) throws IOException {
            JsonToken t = in.parser().currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.START_ARRAY) {
                throw in.fail("expected an array");
            }
            Decoder d = decoder;
            if (d == null) {
                d = of(element);
                decoder = d;
            }
            JsonLocation start = in.parser().currentTokenLocation();
            List<Object> list = new ArrayList<>();
            JsonToken next = in.next();
            if (next == JsonToken.END_ARRAY) {
                return list;
            }
            in.push(0);
            int i = 0;
            while (next != JsonToken.END_ARRAY) {
                if (next == JsonToken.VALUE_NULL) {
                    // The list is refused, as the model refuses a null entry; said here, where the list is known.
                    in.pop();
                    throw in.fail("entries must not be null", start);
                }
                in.replace(i++);
                list.add(d.decode(in));
                next = in.next();
            }
            in.pop();
            return list;
        }
    }

    /** A coded value: a string that is one of the type's codes. */
    private static final class CodedDecoder implements Decoder {
        private final Object[] constants;
        private final String[] codes;
        private final String expected;

        CodedDecoder(Class<?> type) {
            constants = type.getEnumConstants();
            codes = new String[constants.length];
            StringBuilder sb = new StringBuilder("one of ");
            for (int i = 0; i < constants.length; i++) {
                codes[i] = ((Coded) constants[i]).code();
                sb.append(i == 0 ? "" : ", ").append(codes[i]);
            }
            expected = sb.toString();
        }

        @Override
        public Object decode(PlanReader in) throws IOException {
            JsonToken t = in.parser().currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.VALUE_STRING) {
                throw in.fail("expected " + expected);
            }
            String text = in.text();
            for (int i = 0; i < codes.length; i++) {
                if (codes[i].equals(text)) {
                    return constants[i];
                }
            }
            throw in.fail("not a known code; expected " + expected);
        }
    }

    /**
     * A record: an object whose fields are the record's components, each at most once and none
     * unknown; a missing primitive is an error, any other missing component is null for the
     * constructor to judge.
     */
    private static final class RecordDecoder implements Decoder {
        private final Constructor<?> constructor;
        private final String[] names;
        private final Type[] types;
        private final boolean[] primitive;
        private final boolean[] required;
        private final boolean[] newer;
        private final Map<String, Integer> index = new HashMap<>();
        private final Decoder[] decoders;
        private final String known;

        RecordDecoder(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            int n = components.length;
            names = new String[n];
            types = new Type[n];
            primitive = new boolean[n];
            required = new boolean[n];
            newer = new boolean[n];
            Class<?>[] raw = new Class<?>[n];
            for (int i = 0; i < n; i++) {
                names[i] = components[i].getName();
                types[i] = components[i].getGenericType();
                raw[i] = components[i].getType();
                primitive[i] = raw[i].isPrimitive();
                required[i] = !primitive[i] && (components[i].getAccessor().isAnnotationPresent(NotNull.class)
                        || components[i].getAnnotatedType().isAnnotationPresent(NotNull.class));
                newer[i] = SchemaVersions.addedIn11(type, names[i]);
                index.put(names[i], i);
            }
            decoders = new Decoder[n];
            try {
                constructor = type.getDeclaredConstructor(raw);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record without a canonical constructor: " + type.getName(), e);
            }
            String[] sorted = names.clone();
            Arrays.sort(sorted);
            known = String.join(", ", sorted);
        }

        @Override
        public Object decode(PlanReader in) throws IOException {
            JsonToken t = in.parser().currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.START_OBJECT) {
                throw in.fail("expected an object");
            }
            JsonLocation start = in.parser().currentTokenLocation();
            Object[] args = new Object[names.length];
            boolean[] seen = new boolean[names.length];
            boolean pushed = false;
            while ((t = in.next()) == JsonToken.FIELD_NAME) {
                String name = in.fieldName(!pushed);
                pushed = true;
                Integer i = index.get(name);
                if (i == null) {
                    throw in.fail("unknown field '" + Names.safe(name) + "'; expected one of: " + known);
                }
                if (seen[i]) {
                    throw in.fail("duplicate field '" + name + "'");
                }
                seen[i] = true;
                if (newer[i]) {
                    in.newerField(name);
                }
                in.next();
                Decoder d = decoders[i];
                if (d == null) {
                    d = of(types[i]);
                    decoders[i] = d;
                }
                args[i] = d.decode(in);
            }
            if (pushed) {
                in.pop();
            }
            for (int i = 0; i < names.length; i++) {
                if (!seen[i] && primitive[i]) {
                    in.push(names[i]);
                    throw in.fail("required; expected " + (types[i] == int.class ? "a whole number" : "true or false"), start);
                }
            }
            for (int i = 0; i < names.length; i++) {
                if (required[i] && args[i] == null) {
                    // The model refuses null with a NullPointerException that names the component; the
                    // annotation says which components those are (SchemaGenerator checks that they agree).
                    throw in.refused(PlanPath.of(names[i]), "required", start);
                }
            }
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof IllegalArgumentException invalid) {
                    throw in.refused(invalid, start);
                }
                if (e.getCause() instanceof NullPointerException) {
                    throw in.notValidHere(start);
                }
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException("a model constructor failed", e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the model cannot be read: " + constructor.getDeclaringClass().getName(), e);
            }
        }
    }
}
