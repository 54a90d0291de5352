/**
 * The library's one locale policy and its one resource loader.
 * <p>
 * {@link org.waymark.locale.SupportedLocale} states the locales the library writes (en-GB, its base,
 * and en-US) and resolves any requested locale through one documented fallback chain;
 * {@link org.waymark.locale.LocalizedProperties} reads a family of {@code .properties} resources for
 * a supported locale, once, as UTF-8; {@link org.waymark.locale.UnsupportedLocaleException} is the
 * one refusal of a locale, everywhere in the library.
 * <p>
 * Every type here is immutable and thread-safe.
 * <p>
 * May depend on: the JDK only. No other package of the library.
 */
package org.waymark.locale;
