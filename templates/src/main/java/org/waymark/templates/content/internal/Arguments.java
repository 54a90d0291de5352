package org.waymark.templates.content.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Argument checks shared by the content records, so that every record reports problems the same way.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Arguments {

    /** Dotted lower-case ids such as {@code coping.urge-surfing-practice}: at least two segments. */
    private static final Pattern DOTTED_ID =
            Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+");

    private Arguments() {
    }

    /**
     * Checks that a text is present, not blank, and has no leading or trailing white space.
     *
     * @param text  the text to check
     * @param name  the component name used in the message
     * @return the text, not null
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is blank or not trimmed
     */
    public static String requireText(String text, String name) {
        Objects.requireNonNull(text, name);
        if (text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (!text.equals(text.strip())) {
            throw new IllegalArgumentException(name + " must not start or end with white space");
        }
        return text;
    }

    /**
     * Checks that an id is a dotted lower-case id such as {@code coping.urge-surfing-practice}.
     *
     * @param id    the id to check
     * @param name  the component name used in the message
     * @return the id, not null
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException if {@code id} is not a dotted lower-case id
     */
    public static String requireId(String id, String name) {
        Objects.requireNonNull(id, name);
        if (!DOTTED_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(name + " '" + id
                    + "' must be lower-case words joined by '-' in at least two '.'-separated parts");
        }
        return id;
    }

    /**
     * Copies a list, rejecting a null list or null elements.
     *
     * @param <T>   the element type
     * @param list  the list to copy
     * @param name  the component name used in the message
     * @return an unmodifiable copy, not null
     * @throws NullPointerException if the list or any element is null
     */
    public static <T> List<T> copy(List<T> list, String name) {
        Objects.requireNonNull(list, name);
        for (int i = 0; i < list.size(); i++) {
            Objects.requireNonNull(list.get(i), name + "[" + i + "]");
        }
        return List.copyOf(list);
    }

    /**
     * Checks that no two elements share a key.
     *
     * @param <T>   the element type
     * @param list  the elements
     * @param key   extracts the key, such as the id
     * @param name  the component name used in the message
     * @throws IllegalArgumentException naming the first duplicated key
     */
    public static <T> void requireUnique(List<T> list, Function<T, String> key, String name) {
        Set<String> seen = new HashSet<>();
        for (T element : list) {
            String k = key.apply(element);
            if (!seen.add(k)) {
                throw new IllegalArgumentException(name + " has the id '" + k + "' more than once");
            }
        }
    }
}
