package org.waymark.pdf;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.waymark.pdf.internal.layout.PageSize;

/**
 * The paper a document is printed on.
 * <p>
 * Sizes are in PDF points (1/72 inch). {@link #A6} is the size of a pocket card panel.
 */
public enum Paper {
    /** ISO A4, 210 × 297 mm. */
    A4(PageSize.A4),
    /** US Letter, 8.5 × 11 in. */
    LETTER(PageSize.LETTER),
    /** ISO A5, 148 × 210 mm. */
    A5(PageSize.A5),
    /** ISO A6, 105 × 148 mm: a folded pocket card panel. */
    A6(PageSize.A6);

    /** Countries where US Letter is the usual paper. */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "PR", "CL", "CO", "VE", "GT",
            "CR", "PA", "DO", "SV", "NI", "HN");

    private final PageSize size;

    Paper(PageSize size) {
        this.size = size;
    }

    /**
     * Returns the width of the page in points.
     *
     * @return the width, positive
     */
    public float width() {
        return size.width();
    }

    /**
     * Returns the height of the page in points.
     *
     * @return the height, positive
     */
    public float height() {
        return size.height();
    }

    /**
     * Returns the usual office paper for a locale: {@link #LETTER} in the United States, Canada
     * and the other countries that use US Letter, {@link #A4} everywhere else, including when the
     * locale names no country.
     *
     * @param locale  the locale, not null
     * @return A4 or LETTER, not null
     */
    public static Paper defaultFor(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
    }

    /** The layout code's page size for this paper. */
    PageSize size() {
        return size;
    }
}
