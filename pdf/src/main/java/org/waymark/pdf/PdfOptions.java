package org.waymark.pdf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How a document is printed: paper, metadata title, the date stamped into the file, fonts and
 * an optional password.
 * <p>
 * Output is private by default: the file's metadata holds a generic document title chosen by
 * the renderer (never a name or identifier) unless {@code title} is given, and no author.
 * The same content with the same options gives a byte-identical file.
 * <p>
 * With a {@code userPassword} the file is encrypted with AES-256 and can only be opened with the
 * password. PDF/A forbids encryption, so <b>an encrypted file is not PDF/A</b> and does not claim
 * to be; it stays tagged and accessible (PDF/UA permits encryption that allows assistive
 * technology to extract text) and is not byte-for-byte reproducible, because encryption uses
 * random salts.
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param paper  the paper, not null
 * @param created  the instant stamped as the creation and modification date, not null;
 *        truncated to whole seconds
 * @param title  the title for the file's metadata, or null for the renderer's generic title
 * @param userPassword  the password needed to open the file, or null for an unencrypted
 *        PDF/A file; not empty
 * @param fonts  the fonts that may set the text, not null
 */
public record PdfOptions(Paper paper, Instant created, String title, String userPassword, FontSet fonts) {

    /**
     * Creates an instance, checking and normalising the components.
     *
     * @param paper  the paper, not null
     * @param created  the instant stamped as the creation and modification date, not null;
     *        truncated to whole seconds
     * @param title  the title for the file's metadata, or null for the renderer's generic title
     * @param userPassword  the password needed to open the file, or null for an unencrypted
     *        PDF/A file; not empty
     * @param fonts  the fonts that may set the text, not null
     * @throws IllegalArgumentException if {@code title} is blank or {@code userPassword} is empty
     */
    public PdfOptions {
        Objects.requireNonNull(paper, "paper");
        created = Objects.requireNonNull(created, "created").truncatedTo(ChronoUnit.SECONDS);
        Objects.requireNonNull(fonts, "fonts");
        if (title != null && title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        if (userPassword != null && userPassword.isEmpty()) {
            throw new IllegalArgumentException("userPassword must not be empty");
        }
    }

    /**
     * Obtains unencrypted PDF/A options with the standard fonts and the renderer's generic title.
     *
     * @param paper  the paper, not null
     * @param created  the date stamped into the file, not null
     * @return the options, not null
     */
    public static PdfOptions of(Paper paper, Instant created) {
        return new PdfOptions(paper, created, null, null, FontSet.standard());
    }

    /**
     * Obtains unencrypted PDF/A options with the standard fonts, the generic title and the usual
     * paper for a locale ({@link Paper#defaultFor(Locale)}): pass the person's locale to print a
     * plan on the paper they are likely to have.
     *
     * @param locale  the locale, not null
     * @param created  the date stamped into the file, not null
     * @return the options, not null
     */
    public static PdfOptions forLocale(java.util.Locale locale, Instant created) {
        return of(Paper.defaultFor(locale), created);
    }

    /**
     * Returns a copy with a metadata title. Only supply one that may be seen by whoever sees the
     * file's properties.
     *
     * @param title  the title, or null for the generic title
     * @return the new options, not null
     */
    public PdfOptions withTitle(String title) {
        return new PdfOptions(paper, created, title, userPassword, fonts);
    }

    /**
     * Returns a copy that encrypts the file with AES-256 under a password. The result is not PDF/A.
     *
     * @param userPassword  the password, or null for no encryption
     * @return the new options, not null
     */
    public PdfOptions withUserPassword(String userPassword) {
        return new PdfOptions(paper, created, title, userPassword, fonts);
    }

    /**
     * Returns a copy with another font set.
     *
     * @param fonts  the fonts, not null
     * @return the new options, not null
     */
    public PdfOptions withFonts(FontSet fonts) {
        return new PdfOptions(paper, created, title, userPassword, fonts);
    }

    /**
     * Returns a copy with another paper.
     *
     * @param paper  the paper, not null
     * @return the new options, not null
     */
    public PdfOptions withPaper(Paper paper) {
        return new PdfOptions(paper, created, title, userPassword, fonts);
    }

    /**
     * Tells whether the file will be encrypted (and so not PDF/A).
     *
     * @return true if a user password is set
     */
    public boolean isEncrypted() {
        return userPassword != null;
    }

    @Override
    public String toString() {
        return "PdfOptions[paper=" + paper + ", created=" + created + ", title=" + (title == null ? "generic" : "set")
                + ", encrypted=" + isEncrypted() + ", fonts=" + fonts + "]";
    }
}
