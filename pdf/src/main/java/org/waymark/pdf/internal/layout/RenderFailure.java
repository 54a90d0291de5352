package org.waymark.pdf.internal.layout;

import java.util.Locale;
import java.util.Objects;

/**
 * Why a document could not be printed: the parts of a public {@code RenderException}, which the
 * document classes of {@code org.waymark.pdf} build from this. The layout code throws this type
 * rather than the public one so that the internal packages do not depend back on
 * {@code org.waymark.pdf}. The message is the public exception's: it names the character and a
 * structural location, never the surrounding text. It records no stack trace (the public exception
 * does).
 */
public final class RenderFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a document could not be printed; the same values as the public exception's reasons. */
    public enum Reason {
        /** No font in the fallback chain has a glyph for the character. */
        MISSING_GLYPH,
        /** The character belongs to a right-to-left script. */
        RIGHT_TO_LEFT_SCRIPT,
        /** The character belongs to a script that needs glyph shaping. */
        COMPLEX_SCRIPT,
        /** The character is a control character, a private-use or unassigned code point, or a lone surrogate. */
        UNPRINTABLE_CHARACTER,
        /** Something else went wrong while writing the PDF. */
        PDF_OUTPUT
    }

    /** @serial why the document could not be printed */
    private final Reason reason;
    /** @serial the code point at fault, or -1 */
    private final int codePoint;
    /** @serial where in the document */
    private final String location;

    private RenderFailure(Reason reason, int codePoint, String location, String message, Throwable cause) {
        super(message, cause, false, false);
        this.reason = reason;
        this.codePoint = codePoint;
        this.location = location;
    }

    /**
     * Obtains a failure for a character that cannot be set.
     *
     * @param reason  why the character cannot be set, not null
     * @param codePoint  the Unicode code point
     * @param location  where in the document, not null
     * @return the failure, not null
     */
    public static RenderFailure ofCharacter(Reason reason, int codePoint, String location) {
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
        return new RenderFailure(reason, codePoint, location, message, null);
    }

    /**
     * Obtains a failure while writing the PDF itself.
     *
     * @param what  what was being done, without document text, not null
     * @param cause  the underlying failure, may be null
     * @return the failure, not null
     */
    public static RenderFailure ofOutput(String what, Throwable cause) {
        Objects.requireNonNull(what, "what");
        return new RenderFailure(Reason.PDF_OUTPUT, -1, "document", what, cause);
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
     * Returns the code point that could not be set.
     *
     * @return the code point, or -1 if the failure is not about one character
     */
    public int codePoint() {
        return codePoint;
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
