package org.waymark.pdf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How a document is printed: paper, metadata title, the date stamped into the file, fonts, an
 * optional password, and what heads the documents (a service name and logo).
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
 * @param cardLayout  how the safety card is printed, not null; {@link CardLayout#A6} by default
 * @param nationalCrisisLines  whether the plan for the person and the card print the national
 *        crisis lines of the person's locale (from the content library, labelled as such) when the
 *        plan records no crisis line of its own; true by default
 * @param serviceName  the name of the service, printed at the head of every document, or null
 * @param logo  the service's logo, printed at the head of every document, or null
 */
public record PdfOptions(Paper paper, Instant created, String title, String userPassword, FontSet fonts,
        CardLayout cardLayout, boolean nationalCrisisLines, String serviceName, Logo logo) {

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
     * @param cardLayout  how the safety card is printed, not null
     * @param nationalCrisisLines  whether national crisis lines are printed when the plan records none
     * @param serviceName  the name of the service, printed at the head of every document, or null
     * @param logo  the service's logo, printed at the head of every document, or null
     * @throws IllegalArgumentException if {@code title} or {@code serviceName} is blank, or
     *         {@code userPassword} is empty
     */
    public PdfOptions {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(cardLayout, "cardLayout");
        if (serviceName != null && (serviceName.isBlank() || serviceName.length() > 200)) {
            throw new IllegalArgumentException("serviceName must be 1 to 200 characters and not blank");
        }
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
        return new PdfOptions(paper, created, null, null, FontSet.standard(), CardLayout.A6, true, null, null);
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
        return new PdfOptions(paper, created, title, userPassword, fonts, cardLayout, nationalCrisisLines,
                serviceName, logo);
    }

    /**
     * Returns a copy that encrypts the file with AES-256 under a password. The result is not PDF/A.
     *
     * @param userPassword  the password, or null for no encryption
     * @return the new options, not null
     */
    public PdfOptions withUserPassword(String userPassword) {
        return new PdfOptions(paper, created, title, userPassword, fonts, cardLayout, nationalCrisisLines,
                serviceName, logo);
    }

    /**
     * Returns a copy with another font set.
     *
     * @param fonts  the fonts, not null
     * @return the new options, not null
     */
    public PdfOptions withFonts(FontSet fonts) {
        return new PdfOptions(paper, created, title, userPassword, fonts, cardLayout, nationalCrisisLines,
                serviceName, logo);
    }

    /**
     * Returns a copy with another paper.
     *
     * @param paper  the paper, not null
     * @return the new options, not null
     */
    public PdfOptions withPaper(Paper paper) {
        return new PdfOptions(paper, created, title, userPassword, fonts, cardLayout, nationalCrisisLines,
                serviceName, logo);
    }

    /**
     * Returns a copy that prints the safety card in another layout.
     *
     * @param layout  the card layout, not null
     * @return the new options, not null
     */
    public PdfOptions withCardLayout(CardLayout layout) {
        return new PdfOptions(paper, created, title, userPassword, fonts, layout, nationalCrisisLines, serviceName,
                logo);
    }

    /**
     * Returns a copy that prints, or does not print, the locale's national crisis lines when a plan
     * records no crisis line. A host that prints its own service's lines elsewhere may turn them off;
     * the documents then say plainly that no crisis line is recorded.
     *
     * @param print  whether to print them
     * @return the new options, not null
     */
    public PdfOptions withNationalCrisisLines(boolean print) {
        return new PdfOptions(paper, created, title, userPassword, fonts, cardLayout, print, serviceName, logo);
    }

    /**
     * Returns a copy with the name of the service, printed at the head of every document (never in
     * the file's metadata).
     *
     * @param name  the name, or null for none
     * @return the new options, not null
     */
    public PdfOptions withServiceName(String name) {
        return new PdfOptions(paper, created, title, userPassword, fonts, cardLayout, nationalCrisisLines, name, logo);
    }

    /**
     * Returns a copy with the service's logo, printed at the head of every document above the
     * service name: a PNG (transparency kept) or a JPEG of at most 1 MiB and 4096 pixels on a side,
     * checked and decoded here, once (see {@link Logo#of(byte[])}). With a service name the logo is
     * decoration beside it; without one it is a figure with the alternative text "Logo".
     *
     * @param file  the bytes of the PNG or JPEG file, or null for no logo; copied
     * @return the new options, not null
     * @throws IllegalArgumentException if the file is not a PNG or JPEG within the limits that can
     *         be decoded whole; the message says why
     */
    public PdfOptions withLogo(byte[] file) {
        return withLogo(file == null ? null : Logo.of(file));
    }

    /**
     * Returns a copy with the service's logo, already checked.
     *
     * @param logo  the logo, or null for none
     * @return the new options, not null
     */
    public PdfOptions withLogo(Logo logo) {
        return new PdfOptions(paper, created, title, userPassword, fonts, cardLayout, nationalCrisisLines, serviceName,
                logo);
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
                + ", encrypted=" + isEncrypted() + ", fonts=" + fonts + ", cardLayout=" + cardLayout
                + ", nationalCrisisLines=" + nationalCrisisLines + ", serviceName=" + (serviceName == null ? "none" : "set")
                + ", logo=" + (logo == null ? "none" : "set") + "]";
    }
}
