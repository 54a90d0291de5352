package org.waymark.locale;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when something is asked for in a locale the library has nothing for: words in a language
 * it does not write, or a country's content (crisis lines, emergency numbers) that is not
 * available. The message names the requested locale and those available; it holds no other data.
 * <p>
 * It is an {@link IllegalArgumentException}, because the locale is an argument the caller chose.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class UnsupportedLocaleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The locale asked for. */
    private final Locale requested;

    /** The locales that are available for what was asked. */
    private final List<Locale> available;

    /**
     * Creates an exception.
     *
     * @param requested  the locale asked for, not null
     * @param what  what has no such locale, in words, such as {@code "words"} or {@code "content"}, not null
     * @param available  the locales that are available for it, not null
     */
    public UnsupportedLocaleException(Locale requested, String what, Collection<Locale> available) {
        super("no " + Objects.requireNonNull(what, "what") + " for locale "
                + Objects.requireNonNull(requested, "requested").toLanguageTag()
                + "; available: " + available.stream().map(Locale::toLanguageTag).toList());
        this.requested = requested;
        this.available = List.copyOf(available);
    }

    /**
     * Returns the locale asked for.
     *
     * @return the locale, not null
     */
    public Locale requested() {
        return requested;
    }

    /**
     * Returns the locales that are available for what was asked.
     *
     * @return the locales, unmodifiable, not null
     */
    public List<Locale> available() {
        return available;
    }
}
