package org.waymark.model;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Structural checks shared by the model's compact constructors.
 * <p>
 * Messages name the component and what is wrong, never the value: free text in a plan is
 * patient data and must not reach logs through exception messages.
 * <p>
 * Package-private: the bounds themselves are public in {@link Limits}.
 */
final class Checks {

    static final int MAX_TEXT = Limits.MAX_TEXT;
    static final int MAX_LINE = Limits.MAX_LINE;
    static final int MAX_ITEMS = Limits.MAX_ITEMS;
    static final Pattern ID = Limits.ID;

    private Checks() {
    }

    /**
     * Checks optional free text: null, or non-blank text without control or bidi-override characters.
     *
     * @param value the text, may be null
     * @param name  the component name used in messages
     * @return the text, unchanged
     */
    static String text(String value, String name) {
        return value == null ? null : checkChars(value, name, MAX_TEXT, true);
    }

    /** Checks required free text; see {@link #text}. */
    static String requireText(String value, String name) {
        return checkChars(required(value, name), name, MAX_TEXT, true);
    }

    /** Checks an optional single line of text (no line breaks, at most {@value #MAX_LINE} characters). */
    static String line(String value, String name) {
        return value == null ? null : checkChars(value, name, MAX_LINE, false);
    }

    /** Checks a required single line of text. */
    static String requireLine(String value, String name) {
        return checkChars(required(value, name), name, MAX_LINE, false);
    }

    /** Checks an optional identifier. */
    static String id(String value, String name) {
        if (value != null && !ID.matcher(value).matches()) {
            throw invalid(name, "an id is 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
        }
        return value;
    }

    /** Checks a required identifier. */
    static String requireId(String value, String name) {
        return id(required(value, name), name);
    }

    /**
     * Copies a list: null becomes empty, null elements are rejected, the size is bounded.
     *
     * @return an unmodifiable copy, never null
     */
    static <T> List<T> list(Collection<T> value, String name) {
        if (value == null) {
            return List.of();
        }
        if (value.size() > MAX_ITEMS) {
            throw invalid(name, "at most " + MAX_ITEMS + " entries");
        }
        for (T item : value) {
            if (item == null) {
                throw invalid(name, "entries must not be null");
            }
        }
        return List.copyOf(value);
    }

    /** Copies a list of free-text entries, checking each. */
    static List<String> texts(Collection<String> value, String name) {
        List<String> copy = list(value, name);
        for (String item : copy) {
            checkChars(item, name, MAX_TEXT, true);
        }
        return copy;
    }

    /** Copies a list of identifiers, checking each. */
    static List<String> ids(Collection<String> value, String name) {
        List<String> copy = list(value, name);
        for (String item : copy) {
            id(item, name);
        }
        if (copy.stream().distinct().count() != copy.size()) {
            throw invalid(name, "an id is listed twice");
        }
        return copy;
    }

    /** Requires a non-null value. */
    static <T> T required(T value, String name) {
        if (value == null) {
            throw invalid(name, "required");
        }
        return value;
    }

    /** Checks that a number lies in a closed range. */
    static Integer range(Integer value, int min, int max, String name) {
        if (value != null && (value < min || value > max)) {
            throw invalid(name, "must be from " + min + " to " + max);
        }
        return value;
    }

    /**
     * Creates the exception for a component that breaks a check: its path (the component's name, or a
     * path below the record such as {@code steps[2].ownerId}) and what is wrong.
     *
     * @param name    the component's name or a path below the record, not null
     * @param problem what is wrong, never quoting free text, not null
     * @return the exception, not null
     */
    static InvalidComponentException invalid(String name, String problem) {
        return new InvalidComponentException(PlanPath.parse(name), problem);
    }

    private static String checkChars(String value, String name, int max, boolean multiLine) {
        if (value.length() > max) {
            throw invalid(name, "longer than " + max + " characters");
        }
        if (value.isBlank()) {
            throw invalid(name, "must not be blank; leave it out instead");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\t' || c == '\r') {
                if (!multiLine && c != '\t') {
                    throw invalid(name, "must be a single line (line break at offset " + i + ")");
                }
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            if (forbidden(c)) {
                throw invalid(name, String.format("character U+%04X at offset %d is not allowed (%s)",
                        (int) c, i, reason(c)));
            }
        }
        return value;
    }

    private static boolean forbidden(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF;
    }

    private static String reason(char c) {
        if (Character.isSurrogate(c)) {
            return "unpaired surrogate";
        }
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
            return "bidirectional override or isolate";
        }
        if (c == 0xFFFE || c == 0xFFFF) {
            return "not a character";
        }
        return "control character";
    }
}
