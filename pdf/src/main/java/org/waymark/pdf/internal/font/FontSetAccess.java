package org.waymark.pdf.internal.font;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.waymark.pdf.FontSet;

/**
 * Gives the internal layout code the parsed families of a public {@link FontSet} without putting
 * a fontbox type into the public API (the shared-secrets pattern). {@link FontSet} installs the
 * accessor when its class is initialised.
 */
public final class FontSetAccess {

    private static volatile Function<FontSet, List<FontFamily>> accessor;

    private FontSetAccess() {
    }

    /**
     * Installs the accessor; called once by {@link FontSet}.
     *
     * @param families  the accessor, not null
     * @throws IllegalStateException if an accessor is already installed
     */
    public static synchronized void install(Function<FontSet, List<FontFamily>> families) {
        if (accessor != null) {
            throw new IllegalStateException("already installed");
        }
        accessor = Objects.requireNonNull(families, "families");
    }

    /**
     * Returns the families of a font set, in fallback order.
     *
     * @param fonts  the font set, not null
     * @return the families, not null, not empty
     */
    public static List<FontFamily> families(FontSet fonts) {
        Objects.requireNonNull(fonts, "fonts");
        // Using the instance guarantees FontSet's class is initialised, so the accessor is installed.
        return accessor.apply(fonts);
    }
}
