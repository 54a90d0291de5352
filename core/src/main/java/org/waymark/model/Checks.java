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
 * Character policy: text may hold any assigned, visible character of any script, with tab and, in
 * free text, line breaks. Refused are control characters, format characters (bidirectional
 * controls, zero-width spaces and joiners, soft hyphens, tag characters) except a zero-width
 * joiner or non-joiner after a letter of a script that uses them (Arabic, the Indic scripts,
 * Sinhala…), noncharacters and private-use characters: they are invisible
 * or not characters, so two names could look the same and differ, or text could be accepted that
 * no font prints. Line and paragraph separators (U+2028, U+2029) are line breaks.
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
     * Checks optional free text: null, or non-blank text that keeps the character policy (no
     * control, bidirectional, zero-width, tag, private-use or noncharacters; see the class notes).
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
     * Copies a list: null becomes empty, the size is bounded, a null element is a
     * {@link NullPointerException} that names the list and the element's index.
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
        int i = 0;
        for (T item : value) {
            if (item == null) {
                throw new NullPointerException(name + "[" + i + "]");
            }
            i++;
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

    /**
     * Requires a non-null value, as {@link java.util.Objects#requireNonNull(Object, String)} does:
     * null is a {@link NullPointerException} whose message is the component's name.
     */
    static <T> T required(T value, String name) {
        if (value == null) {
            throw new NullPointerException(name);
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
        for (int i = 0; i < value.length(); ) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                i++;
                continue;
            }
            if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
                if (!multiLine) {
                    throw invalid(name, "must be a single line (line break at offset " + i + ")");
                }
                i++;
                continue;
            }
            if (c == '\t') {
                i++;
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = value.codePointAt(i);
                String why = reason(cp, value, i);
                if (why != null) {
                    throw invalid(name, String.format("character U+%04X at offset %d is not allowed (%s)", cp, i, why));
                }
                i += 2;
                continue;
            }
            String why = Character.isSurrogate(c) ? "unpaired surrogate" : reason(c, value, i);
            if (why != null) {
                throw invalid(name, String.format("character U+%04X at offset %d is not allowed (%s)", (int) c, i, why));
            }
            i++;
        }
        return value;
    }

    /**
     * The character policy for text in a plan: why a code point is refused, or null when it is
     * allowed. Refused are characters that cannot be printed or shown honestly — they are
     * invisible, change the order or look of the text around them, or are not characters at all —
     * so that two names that look the same are the same, and text that is accepted can be printed:
     * <ul>
     * <li>control characters other than tab, line feed and carriage return;</li>
     * <li>format characters (Unicode category Cf): bidirectional marks, embeddings, overrides and
     *     isolates (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069), zero-width spaces and
     *     joiners (U+200B, U+2060, U+FEFF), invisible operators, soft hyphens and tag characters
     *     (U+E0000–U+E007F) — except ZERO WIDTH JOINER and NON-JOINER (U+200D, U+200C) after a
     *     letter (or its marks) of a script that uses them to choose letter forms, and not before a
     *     letter of another script (Arabic, Syriac, Thaana, N'Ko,
     *     Mongolian, the scripts of India and Sri Lanka, Myanmar, Khmer), as names in Persian,
     *     Hindi or Sinhala need;</li>
     * <li>noncharacters (U+FDD0–U+FDEF and the last two code points of every plane, U+xFFFE and
     *     U+xFFFF) and private-use characters.</li>
     * </ul>
     * Code points this Java's Unicode version has not assigned are let through: a newer host may
     * have written them; the renderer refuses them by name.
     * Line and paragraph separators (U+2028, U+2029) count as line breaks: allowed in free text,
     * refused in single-line fields. Variation selectors are allowed (Japanese names use them).
     */
    private static String reason(int cp, String value, int at) {
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            return "control character";
        }
        if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
            return "not a character";
        }
        switch (Character.getType(cp)) {
            case Character.FORMAT -> {
                if ((cp == 0x200C || cp == 0x200D) && joinsLetters(value, at)) {
                    return null;
                }
                if (cp == 0x200E || cp == 0x200F || cp == 0x061C || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
                    return "bidirectional control";
                }
                if (cp >= 0xE0000 && cp <= 0xE007F) {
                    return "tag character";
                }
                return cp == 0x200C || cp == 0x200D
                        ? "zero-width joiner or non-joiner outside a word of a script that uses it"
                        : "invisible format character";
            }
            case Character.PRIVATE_USE -> {
                return "private-use character";
            }
            default -> {
                return null;
            }
        }
    }

    /** The scripts whose letters ZWJ and ZWNJ join or keep apart. */
    private static final java.util.Set<Character.UnicodeScript> JOINING_SCRIPTS = java.util.EnumSet.of(
            Character.UnicodeScript.ARABIC, Character.UnicodeScript.SYRIAC, Character.UnicodeScript.THAANA,
            Character.UnicodeScript.NKO, Character.UnicodeScript.MONGOLIAN, Character.UnicodeScript.DEVANAGARI,
            Character.UnicodeScript.BENGALI, Character.UnicodeScript.GURMUKHI, Character.UnicodeScript.GUJARATI,
            Character.UnicodeScript.ORIYA, Character.UnicodeScript.TAMIL, Character.UnicodeScript.TELUGU,
            Character.UnicodeScript.KANNADA, Character.UnicodeScript.MALAYALAM, Character.UnicodeScript.SINHALA,
            Character.UnicodeScript.MYANMAR, Character.UnicodeScript.KHMER);

    /** Whether the joiner at {@code at} follows a letter (or mark) of a joining script and does not lead into another script. */
    private static boolean joinsLetters(String value, int at) {
        Character.UnicodeScript before = null;
        for (int i = at; i > 0; ) {
            int cp = value.codePointBefore(i);
            i -= Character.charCount(cp);
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s != Character.UnicodeScript.INHERITED) {
                before = Character.isLetter(cp) || isMark(cp) ? s : null;
                break;
            }
            if (!isMark(cp)) {
                return false;
            }
        }
        if (before == null || !JOINING_SCRIPTS.contains(before)) {
            return false;
        }
        // a joiner may end a word (Malayalam's older chillu forms); before another letter, that letter is of the same script
        Character.UnicodeScript after = before;
        for (int i = at + 1; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s != Character.UnicodeScript.INHERITED || !isMark(cp)) {
                after = Character.isLetter(cp) || isMark(cp) ? s : before;
                break;
            }
        }
        return before == after;
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }
}
