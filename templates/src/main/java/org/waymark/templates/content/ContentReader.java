package org.waymark.templates.content;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.waymark.templates.content.internal.ResourceFailure;
import org.waymark.templates.content.internal.StrictJson;

/**
 * Reads content libraries from class-path resources with a strict JSON mapper.
 * <p>
 * Layout: {@code <base>/locales.json} lists the locales a jar provides; {@code <base>/<tag>/} holds the
 * five files of one locale ({@link #FILES}). The base folder's name contains a hyphen, so it is not a Java
 * package and its resources are not encapsulated by the module system: a host jar can add a locale by
 * shipping its own {@code locales.json} and folder under the same base.
 * <p>
 * Reading is strict: unknown or missing properties, duplicate keys, trailing tokens, numbers for enums
 * and scalar coercion are all errors ({@link StrictJson}), reported as {@link ContentLoadException} with
 * resource, line, column and JSON path. Package-private: the public way in is {@link ContentLibrary}.
 * <p>
 * This class is immutable and thread-safe.
 */
final class ContentReader {

    /** The base folder of the shipped content. */
    static final String BASE = "org/waymark/templates/content-library/";

    /** The files each locale folder holds. */
    static final List<String> FILES = List.of(
            "goals.json", "interventions.json", "safety-plan.json", "crisis-resources.json",
            "patient-information.json");

    private final ClassLoader loader;
    private final String base;

    /**
     * Creates a reader.
     *
     * @param loader  the class loader to find resources with, not null
     * @param base    the base folder, ending in {@code /}, not null
     */
    ContentReader(ClassLoader loader, String base) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.base = Objects.requireNonNull(base, "base");
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("base must end with '/': " + base);
        }
    }

    /**
     * Returns a reader of the shipped content through this library's class loader.
     *
     * @return the reader, not null
     */
    static ContentReader standard() {
        ClassLoader loader = ContentReader.class.getClassLoader();
        return new ContentReader(loader != null ? loader : ClassLoader.getSystemClassLoader(), BASE);
    }

    /**
     * Returns the locales listed by every {@code locales.json} under the base folder.
     *
     * @return the locales in the order found, not null
     * @throws ContentLoadException if a {@code locales.json} cannot be read or lists a malformed tag
     */
    Set<Locale> availableLocales() {
        String name = base + "locales.json";
        Set<Locale> locales = new LinkedHashSet<>();
        Enumeration<URL> urls;
        try {
            urls = loader.getResources(name);
        } catch (IOException e) {
            throw new ContentLoadException(name, "", -1, -1, "cannot list resources: " + e.getMessage(), e);
        }
        for (URL url : Collections.list(urls)) {
            ContentFiles.Locales file;
            try (InputStream in = url.openStream()) {
                file = read(url.toString(), in, ContentFiles.Locales.class);
            } catch (IOException e) {
                throw new ContentLoadException(url.toString(), "", -1, -1, "cannot read: " + e.getMessage(), e);
            }
            List<String> tags = file.locales();
            for (int i = 0; i < tags.size(); i++) {
                locales.add(parseTag(tags.get(i), url.toString(), "locales[" + i + "]"));
            }
        }
        return Collections.unmodifiableSet(locales);
    }

    /**
     * Reads the five files of a locale; {@link ContentLibrary} builds the library from them.
     *
     * @param locale  the locale, such as {@code Locale.UK}, not null
     * @return the files, each checked to name the locale, not null
     * @throws ContentLoadException if the locale is not available or a file is missing or invalid
     */
    ContentFiles.Folder read(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String tag = locale.toLanguageTag();
        String folder = base + tag + "/";
        Set<Locale> available = availableLocales();
        if (!available.contains(locale)) {
            throw new ContentLoadException(folder, "", -1, -1, "no content for locale " + tag
                    + "; available: " + available.stream().map(Locale::toLanguageTag).toList(), null);
        }
        ContentFiles.Goals goals = readFile(folder, "goals.json", tag, ContentFiles.Goals.class,
                ContentFiles.Goals::locale);
        ContentFiles.Interventions interventions = readFile(folder, "interventions.json", tag,
                ContentFiles.Interventions.class, ContentFiles.Interventions::locale);
        ContentFiles.SafetyPlan safetyPlan = readFile(folder, "safety-plan.json", tag,
                ContentFiles.SafetyPlan.class, ContentFiles.SafetyPlan::locale);
        ContentFiles.CrisisResources crisis = readFile(folder, "crisis-resources.json", tag,
                ContentFiles.CrisisResources.class, ContentFiles.CrisisResources::locale);
        ContentFiles.Information information = readFile(folder, "patient-information.json", tag,
                ContentFiles.Information.class, ContentFiles.Information::locale);
        return new ContentFiles.Folder(locale, folder, goals, interventions, safetyPlan, crisis, information);
    }

    private <T> T readFile(String folder, String file, String tag, Class<T> type,
            Function<T, String> localeOf) {
        String name = folder + file;
        URL url = loader.getResource(name);
        if (url == null) {
            throw new ContentLoadException(name, "", -1, -1, "resource not found", null);
        }
        T content;
        try (InputStream in = url.openStream()) {
            content = read(name, in, type);
        } catch (IOException e) {
            throw new ContentLoadException(name, "", -1, -1, "cannot read: " + e.getMessage(), e);
        }
        if (!tag.equals(localeOf.apply(content))) {
            throw new ContentLoadException(name, "locale", -1, -1, "file is for locale '"
                    + localeOf.apply(content) + "' but sits in the folder of " + tag, null);
        }
        return content;
    }

    /**
     * Reads one JSON document strictly ({@link StrictJson}).
     *
     * @param <T>       the type to read
     * @param resource  the resource name used in error messages, not null
     * @param in        the JSON, not null; not closed by this method
     * @param type      the type to read, not null
     * @return the value, not null
     * @throws ContentLoadException if the JSON is malformed or does not fit the type
     */
    static <T> T read(String resource, InputStream in, Class<T> type) {
        try {
            return StrictJson.read(resource, in, type);
        } catch (ResourceFailure f) {
            throw ContentLoadException.of(f);
        }
    }

    private static Locale parseTag(String tag, String resource, String path) {
        Locale locale = tag == null ? null : Locale.forLanguageTag(tag);
        if (locale == null || locale.getLanguage().isEmpty() || !locale.toLanguageTag().equals(tag)) {
            throw new ContentLoadException(resource, path, -1, -1,
                    "not a well-formed BCP 47 language tag such as en-GB: " + tag, null);
        }
        return locale;
    }
}
