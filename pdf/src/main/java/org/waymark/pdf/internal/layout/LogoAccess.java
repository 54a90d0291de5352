package org.waymark.pdf.internal.layout;

import java.util.Objects;
import java.util.function.Function;

import org.waymark.pdf.Logo;

/**
 * Gives the internal layout code the decoded image of a public {@link Logo} without putting an
 * internal type into the public API (the shared-secrets pattern, as for fonts). {@link Logo}
 * installs the accessor when its class is initialised.
 */
public final class LogoAccess {

    private static volatile Function<Logo, LogoImage> accessor;

    private LogoAccess() {
    }

    /**
     * Installs the accessor; called once by {@link Logo}.
     *
     * @param image  the accessor, not null
     * @throws IllegalStateException if an accessor is already installed
     */
    public static synchronized void install(Function<Logo, LogoImage> image) {
        if (accessor != null) {
            throw new IllegalStateException("already installed");
        }
        accessor = Objects.requireNonNull(image, "image");
    }

    /**
     * Returns the decoded image of a logo.
     *
     * @param logo  the logo, not null
     * @return the image, not null
     */
    public static LogoImage image(Logo logo) {
        Objects.requireNonNull(logo, "logo");
        // Using the instance guarantees Logo's class is initialised, so the accessor is installed.
        return accessor.apply(logo);
    }
}
