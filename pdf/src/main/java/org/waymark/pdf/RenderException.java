package org.waymark.pdf;

import java.util.Objects;
import java.util.OptionalInt;

import org.waymark.pdf.internal.layout.RenderFailure;

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
        RenderFailure.Reason internal = switch (reason) {
            case MISSING_GLYPH -> RenderFailure.Reason.MISSING_GLYPH;
            case RIGHT_TO_LEFT_SCRIPT -> RenderFailure.Reason.RIGHT_TO_LEFT_SCRIPT;
            case COMPLEX_SCRIPT -> RenderFailure.Reason.COMPLEX_SCRIPT;
            case UNPRINTABLE_CHARACTER -> RenderFailure.Reason.UNPRINTABLE_CHARACTER;
            case PDF_OUTPUT -> RenderFailure.Reason.PDF_OUTPUT;
        };
        return of(RenderFailure.ofCharacter(internal, codePoint, location));
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
        return of(RenderFailure.ofOutput(what, cause));
    }

    /**
     * The public exception for a failure of the layout code: the same reason, code point,
     * location and message, and the same cause (itself translated if it is such a failure).
     */
    static RenderException of(RenderFailure f) {
        Reason reason = switch (f.reason()) {
            case MISSING_GLYPH -> Reason.MISSING_GLYPH;
            case RIGHT_TO_LEFT_SCRIPT -> Reason.RIGHT_TO_LEFT_SCRIPT;
            case COMPLEX_SCRIPT -> Reason.COMPLEX_SCRIPT;
            case UNPRINTABLE_CHARACTER -> Reason.UNPRINTABLE_CHARACTER;
            case PDF_OUTPUT -> Reason.PDF_OUTPUT;
        };
        Throwable cause = f.getCause() instanceof RenderFailure inner ? of(inner) : f.getCause();
        return new RenderException(reason, f.codePoint(), f.location(), f.getMessage(), cause);
    }

    /**
     * Formats a code point as {@code U+0627 ARABIC LETTER ALEF}.
     *
     * @param codePoint  the code point
     * @return the description, not null
     */
    public static String describe(int codePoint) {
        return RenderFailure.describe(codePoint);
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
