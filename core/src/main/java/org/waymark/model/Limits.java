package org.waymark.model;

import java.util.regex.Pattern;

/**
 * The bounds every model constructor enforces on untrusted values; the JSON Schema of the format
 * states the same bounds.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Limits {

    /** The longest free text a single field may hold, in UTF-16 units (about 15,000 words). */
    public static final int MAX_TEXT = 100_000;
    /** The longest single-line value (names, labels, phone numbers), in UTF-16 units. */
    public static final int MAX_LINE = 500;
    /** The most entries any one list in a plan may hold. */
    public static final int MAX_ITEMS = 10_000;
    /** The pattern every identifier follows: 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private Limits() {
    }
}
