package org.waymark.pdf.internal.layout;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.waymark.pdf.internal.font.FontFamily;
import org.waymark.pdf.internal.font.StandardFonts;

/**
 * How one document is laid out and printed, in the layout code's own terms: what the document
 * classes of {@code org.waymark.pdf} take from the public options, resolved once per document
 * (the font families parsed, the logo decoded). The document layouts read the service name, logo,
 * print date, card layout and national crisis lines from it; the renderer reads the page size,
 * date, title, password and fonts.
 * <p>
 * This record is immutable; {@link #toString()} shows neither the title nor the password.
 *
 * @param pageSize  the page size, not null
 * @param created  the instant stamped as the creation and modification date, whole seconds, not null
 * @param title  the title for the file's metadata, or null for the document's generic title
 * @param userPassword  the password that encrypts the file, or null for an unencrypted PDF/A file
 * @param fonts  the font families that may set the text, in fallback order, not null, not empty
 * @param foldedCard  whether the safety card is one folded A4 sheet rather than two A6 pages
 * @param nationalCrisisLines  whether the locale's national crisis lines are printed when the plan
 *        records no crisis line
 * @param serviceName  the name of the service at the head of every document, or null
 * @param logo  the service's decoded logo at the head of every document, or null
 */
public record RenderSettings(PageSize pageSize, Instant created, String title, String userPassword,
        List<FontFamily> fonts, boolean foldedCard, boolean nationalCrisisLines, String serviceName, LogoImage logo) {

    /**
     * Creates an instance, checking the components; the public options have checked their values.
     *
     * @param pageSize  the page size, not null
     * @param created  the creation date, not null
     * @param title  the metadata title, or null
     * @param userPassword  the password, or null
     * @param fonts  the font families, not null, not empty; copied
     * @param foldedCard  whether the card is a folded A4 sheet
     * @param nationalCrisisLines  whether national crisis lines are printed
     * @param serviceName  the service's name, or null
     * @param logo  the service's logo, or null
     */
    public RenderSettings {
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(created, "created");
        fonts = List.copyOf(fonts);
        if (fonts.isEmpty()) {
            throw new IllegalArgumentException("fonts must not be empty");
        }
    }

    /**
     * Obtains the settings of plain options, as the public options' plain factory gives them: the
     * standard fonts, the document's own title, no password, the A6 card, national crisis lines,
     * and no service name or logo.
     *
     * @param pageSize  the page size, not null
     * @param created  the creation date, not null
     * @return the settings, not null
     */
    public static RenderSettings of(PageSize pageSize, Instant created) {
        return new RenderSettings(pageSize, created, null, null, StandardFonts.families(), false, true, null, null);
    }

    /**
     * Returns a copy on another page size, such as the card's.
     *
     * @param size  the page size, not null
     * @return the new settings, not null
     */
    public RenderSettings withPageSize(PageSize size) {
        return new RenderSettings(size, created, title, userPassword, fonts, foldedCard, nationalCrisisLines,
                serviceName, logo);
    }

    /**
     * Tells whether the file is encrypted (and so not PDF/A).
     *
     * @return true if a user password is set
     */
    public boolean isEncrypted() {
        return userPassword != null;
    }

    @Override
    public String toString() {
        return "RenderSettings[pageSize=" + pageSize + ", created=" + created + ", title="
                + (title == null ? "generic" : "set") + ", encrypted=" + isEncrypted() + ", fonts="
                + fonts.stream().map(FontFamily::name).toList() + ", foldedCard=" + foldedCard
                + ", nationalCrisisLines=" + nationalCrisisLines + ", serviceName="
                + (serviceName == null ? "none" : "set") + ", logo=" + (logo == null ? "none" : "set") + "]";
    }
}
