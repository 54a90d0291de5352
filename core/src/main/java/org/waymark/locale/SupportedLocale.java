package org.waymark.locale;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The locales Waymark writes in, and the one policy by which any requested {@link Locale} is
 * resolved to one of them.
 * <p>
 * The library writes two varieties of English: British ({@code en-GB}, its base) and American
 * ({@code en-US}). Every resource the library words itself (rule messages, the clinical lexicon,
 * language suggestions, template text, the printed documents' wording) is resolved through this
 * one chain, so the same request gets the same variety everywhere:
 * <table>
 *   <caption>The fallback chain</caption>
 *   <tr><th>Requested</th><th>Resolved</th></tr>
 *   <tr><td>{@code en-US}</td><td>{@link #EN_US}</td></tr>
 *   <tr><td>{@code en-GB}</td><td>{@link #EN_GB}</td></tr>
 *   <tr><td>any other English: {@code en}, {@code en-CA}, {@code en-AU}, {@code en-IE}, {@code en-NZ}, …</td>
 *       <td>{@link #EN_GB}, the base</td></tr>
 *   <tr><td>any other language, and {@code und}</td>
 *       <td>refused by {@link #resolve(Locale)}; {@link #BASE} by {@link #resolveOrBase(Locale)}</td></tr>
 * </table>
 * Only the language and the country count; script, variant and extensions are ignored, and the
 * JVM's default locale plays no part, so output never changes with the machine.
 * <p>
 * Why: British spelling and wording is the nearer variety for the Commonwealth countries and the
 * library's base, so English that is not American gets it. A language the library does not write
 * is never answered as if it were: something new (a draft from a template, a content library, a
 * command line's {@code --locale}) is refused with an {@link UnsupportedLocaleException}, and
 * words about a plan that already exists (validation messages, the lexicon its text is read with,
 * a printed document) are written in {@link #BASE} and declared as such, for example as the
 * document's language, never as the person's.
 * <p>
 * Words are not services. Crisis lines and emergency numbers belong to a country, so the content
 * library that carries them is chosen by exact language and country and never by this chain: a
 * reader in Canada gets British wording but never the United Kingdom's numbers, and a reader in
 * the United States never gets them either.
 * <p>
 * This type is immutable and thread-safe.
 */
public enum SupportedLocale {

    /** British English, {@code en-GB}: the library's base, written in its root resources. */
    EN_GB(Locale.UK),

    /** American English, {@code en-US}. */
    EN_US(Locale.US);

    /** The base locale: the one the root resources are written in, and the fallback of the chain. */
    public static final SupportedLocale BASE = EN_GB;

    private final Locale locale;
    private final String tag;

    SupportedLocale(Locale locale) {
        this.locale = locale;
        this.tag = locale.toLanguageTag();
    }

    /**
     * Resolves a requested locale to the variety of English the library writes for it, refusing a
     * language it does not write.
     *
     * @param requested  the requested locale, such as a person's, not null
     * @return the supported locale, not null
     * @throws NullPointerException if {@code requested} is null
     * @throws UnsupportedLocaleException if the language is not English (including {@code und})
     */
    public static SupportedLocale resolve(Locale requested) {
        Objects.requireNonNull(requested, "requested");
        if (!isEnglish(requested)) {
            throw new UnsupportedLocaleException(requested, "words", supportedLocales());
        }
        return "US".equals(requested.getCountry()) ? EN_US : EN_GB;
    }

    /**
     * Resolves a requested locale as {@link #resolve(Locale)} does, but answers {@link #BASE} for a
     * language the library does not write. For words about a plan that already exists, which must
     * stay readable and checkable whatever its person's locale; the caller declares the returned
     * locale as the language of what it writes.
     *
     * @param requested  the requested locale, not null
     * @return the supported locale, not null
     * @throws NullPointerException if {@code requested} is null
     */
    public static SupportedLocale resolveOrBase(Locale requested) {
        Objects.requireNonNull(requested, "requested");
        return isEnglish(requested) ? resolve(requested) : BASE;
    }

    /**
     * Tells whether a locale's language is one the library writes, English.
     *
     * @param locale  the locale, not null
     * @return true if {@link #resolve(Locale)} accepts it
     * @throws NullPointerException if {@code locale} is null
     */
    public static boolean isEnglish(Locale locale) {
        return "en".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }

    /**
     * Returns the supported locales as {@link Locale}s, in declaration order.
     *
     * @return {@code en-GB} and {@code en-US}, unmodifiable, not null
     */
    public static List<Locale> supportedLocales() {
        return Arrays.stream(values()).map(SupportedLocale::locale).toList();
    }

    /**
     * Returns the locale, with language and country only.
     *
     * @return {@link Locale#UK} or {@link Locale#US}, not null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the BCP 47 language tag.
     *
     * @return {@code en-GB} or {@code en-US}, not null
     */
    public String tag() {
        return tag;
    }

    /**
     * Returns the suffix of this locale's resource files, as {@link java.util.ResourceBundle} names
     * them.
     *
     * @return {@code en_GB} or {@code en_US}, not null
     */
    String suffix() {
        return locale.getLanguage() + "_" + locale.getCountry();
    }
}
