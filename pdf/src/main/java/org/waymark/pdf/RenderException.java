package org.waymark.pdf;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Thrown when a document cannot be printed correctly, for example because its text holds a
 * character that no available font can draw, or a right-to-left script that the PDF layer
 * cannot shape and reorder.
 * <p>
 * A document is never half printed: when this exception is thrown nothing has been written to
 * the caller's output stream. The message names the character (as {@code U+0627 ARABIC LETTER
 * ALEF}) and a structural location in the document ({@code blocks[12].rows[3].cells[1]},
 * with the id of the enclosing section where the renderer gave one); it never quotes the
 * surrounding text, which may be about a patient.
 */
public final class RenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a document could not be printed. */
    public enum Reason {
        /** No font in the {@link FontSet} has a glyph for the character. */
        MISSING_GLYPH,
        /** The character belongs to a right-to-left script (Arabic, Hebrew…), which is not supported. */
        RIGHT_TO_LEFT_SCRIPT,
        /** The character belongs to a script that needs glyph shaping (Devanagari, Thai…), which is not supported. */
        COMPLEX_SCRIPT,
        /** The character is a control character, a private-use or unassigned code point, or a lone surrogate. */
        UNPRINTABLE_CHARACTER,
        /** Something else went wrong while writing the PDF. */
        PDF_OUTPUT
    }

    /** Why the text could not be set. */
    private final Reason reason;
    /** The code point at fault, or -1 if none. */
    private final int codePoint;
    /** Where in the document the text belongs. */
    private final String location;

    private RenderException(Reason reason, int codePoint, String location, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.codePoint = codePoint;
        this.location = location;
    }

    /**
     * Obtains an exception for a character that cannot be set.
     *
     * @param reason  why the character cannot be set, not null
     * @param codePoint  the Unicode code point
     * @param location  where in the document, not null
     * @return the exception, not null
     */
    public static RenderException ofCharacter(Reason reason, int codePoint, String location) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(location, "location");
        String why = switch (reason) {
            case MISSING_GLYPH -> "no font in the font set has a glyph for it";
            case RIGHT_TO_LEFT_SCRIPT -> "right-to-left scripts are not supported";
            case COMPLEX_SCRIPT -> "scripts that need glyph shaping are not supported";
            case UNPRINTABLE_CHARACTER -> "it is not a printable character";
            case PDF_OUTPUT -> "the PDF could not be written";
        };
        String message = describe(codePoint) + " in " + location + " cannot be set: " + why;
        return new RenderException(reason, codePoint, location, message, null);
    }

    /**
     * Obtains an exception for a failure while writing the PDF itself.
     *
     * @param what  what was being done, without document text, not null
     * @param cause  the underlying failure, may be null
     * @return the exception, not null
     */
    public static RenderException ofOutput(String what, Throwable cause) {
        Objects.requireNonNull(what, "what");
        return new RenderException(Reason.PDF_OUTPUT, -1, "document", what, cause);
    }

    /**
     * Formats a code point as {@code U+0627 ARABIC LETTER ALEF}.
     *
     * @param codePoint  the code point
     * @return the description, not null
     */
    public static String describe(int codePoint) {
        String hex = String.format(Locale.ROOT, "U+%04X", codePoint);
        String name = Character.isValidCodePoint(codePoint) ? Character.getName(codePoint) : null;
        return name == null ? hex : hex + " " + name;
    }

    /**
     * Returns why the document could not be printed.
     *
     * @return the reason, not null
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the code point that could not be set, if the failure is about one character.
     *
     * @return the code point, or empty
     */
    public OptionalInt codePoint() {
        return codePoint < 0 ? OptionalInt.empty() : OptionalInt.of(codePoint);
    }

    /**
     * Returns where in the document the failure happened, as a structural path.
     *
     * @return the location, not null
     */
    public String location() {
        return location;
    }
}
