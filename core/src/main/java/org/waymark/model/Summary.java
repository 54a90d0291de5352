package org.waymark.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/**
 * The {@code toString()} of the model's records: ids, codes, dates, numbers, flags and counts,
 * never free text.
 * <p>
 * A component is an id when its name is {@code id} or ends in {@code Id} or {@code Ids}; the
 * model checks every such value against the id pattern. Every other text component — names,
 * prose, notes, phone numbers — is left out, and a list of texts or records is shown as its size.
 * A nested record is shown by its own {@code toString()}. Null components are left out.
 * <p>
 * This class is not part of the public API. It is immutable and thread-safe.
 */
final class Summary {

    private Summary() {
    }

    /**
     * Summarises a record without its free text.
     *
     * @param record the record, not null
     * @return e.g. {@code Goal[id=g-2, term=short-term, area=coping, dueDate=2027-01-15, steps=3]}
     */
    static String of(Record record) {
        StringBuilder b = new StringBuilder(record.getClass().getSimpleName()).append('[');
        boolean first = true;
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("a record accessor failed", e);
            }
            String shown = show(c, value);
            if (shown != null) {
                b.append(first ? "" : ", ").append(c.getName()).append('=').append(shown);
                first = false;
            }
        }
        return b.append(']').toString();
    }

    private static String show(RecordComponent c, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return isId(c.getName()) ? s : null;
        }
        if (value instanceof List<?> list) {
            return isId(c.getName()) && isListOf(c, String.class) ? list.toString() : String.valueOf(list.size());
        }
        if (value instanceof Coded coded) {
            return coded.code();
        }
        if (value instanceof Locale locale) {
            return locale.toLanguageTag();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof TemporalAccessor || value instanceof Record) {
            return value.toString();
        }
        // a component of a type this summary does not know could hold text: leave it out
        return null;
    }

    private static boolean isId(String name) {
        return name.equals("id") || name.endsWith("Id") || name.endsWith("Ids");
    }

    private static boolean isListOf(RecordComponent c, Class<?> element) {
        Type t = c.getGenericType();
        return t instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] == element;
    }
}
