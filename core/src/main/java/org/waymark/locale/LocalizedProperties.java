package org.waymark.locale;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A family of {@code .properties} resources read for one {@link SupportedLocale}: the library's one
 * resource loader, used by the rule messages, the clinical lexicon, the language suggestions and
 * the printed documents' wording.
 * <p>
 * A family is named by the absolute resource path of its root file without {@code .properties},
 * such as {@code /org/waymark/validation/RuleMessages}, and is read as {@link java.util.ResourceBundle}
 * names its files, from the root to the most specific:
 * <ol>
 *   <li>{@code RuleMessages.properties}, the root, written in {@link SupportedLocale#BASE}; required;</li>
 *   <li>{@code RuleMessages_en.properties}, optional;</li>
 *   <li>{@code RuleMessages_en_GB.properties} or {@code RuleMessages_en_US.properties}, optional.</li>
 * </ol>
 * A later file's text replaces an earlier one's for the same key. Files are read as strict UTF-8 (a
 * malformed byte is an error, not a replacement character), once per family and locale, and kept:
 * the result is immutable and shared. The JVM's default locale plays no part.
 * <p>
 * The caller opens the files, so that each module reads its own resources: pass
 * {@code name -> Owner.class.getResourceAsStream(name)} from a class of the module that holds them.
 * <p>
 * To add a locale, add a constant to {@link SupportedLocale} and a file with its suffix beside each
 * family's root; a test of every family then fails until no key is missing.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class LocalizedProperties {

    private static final Map<Key, LocalizedProperties> CACHE = new ConcurrentHashMap<>();

    private final String family;
    private final SupportedLocale locale;
    private final List<Map<String, String>> layers;
    private final Map<String, String> texts;

    private LocalizedProperties(String family, SupportedLocale locale, List<Map<String, String>> layers) {
        this.family = family;
        this.locale = locale;
        this.layers = List.copyOf(layers);
        Map<String, String> merged = new java.util.HashMap<>();
        layers.forEach(merged::putAll);
        Map<String, String> sorted = new LinkedHashMap<>();
        new TreeSet<>(merged.keySet()).forEach(k -> sorted.put(k, merged.get(k)));
        this.texts = Collections.unmodifiableMap(sorted);
    }

    /**
     * Obtains a family of resources in a supported locale, reading it the first time it is asked for.
     *
     * @param family  the absolute resource path of the root file without {@code .properties}, such as
     *                {@code /org/waymark/validation/RuleMessages}, not null
     * @param locale  the supported locale, not null; resolve a requested one with {@link SupportedLocale}
     * @param opener  opens a resource by its absolute path, answering null when there is none, not null
     * @return the resources, shared, not null
     * @throws IllegalArgumentException if {@code family} is not an absolute resource path
     * @throws IllegalStateException if the root file is missing, or a file cannot be read or is not UTF-8,
     *         naming the file
     */
    public static LocalizedProperties load(String family, SupportedLocale locale, Function<String, InputStream> opener) {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(opener, "opener");
        if (!family.startsWith("/") || family.endsWith("/") || family.endsWith(".properties")) {
            throw new IllegalArgumentException("family must be an absolute resource path without .properties: " + family);
        }
        return CACHE.computeIfAbsent(new Key(family, locale), k -> read(family, locale, opener));
    }

    /**
     * Returns the names of the files read for a family in a locale, from the root to the most specific,
     * whether or not they exist.
     *
     * @param family  the family, as for {@link #load}, not null
     * @param locale  the supported locale, not null
     * @return the resource paths, not null
     */
    public static List<String> fileNames(String family, SupportedLocale locale) {
        Objects.requireNonNull(family, "family");
        return List.of(family + ".properties",
                family + "_" + locale.locale().getLanguage() + ".properties",
                family + "_" + locale.suffix() + ".properties");
    }

    private static LocalizedProperties read(String family, SupportedLocale locale, Function<String, InputStream> opener) {
        List<String> names = fileNames(family, locale);
        List<Map<String, String>> layers = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Map<String, String> layer = readFile(names.get(i), opener);
            if (layer == null && i == 0) {
                throw new IllegalStateException("resource " + names.get(0) + " is missing (the root of "
                        + family + ", needed for " + locale.tag() + ")");
            }
            if (layer != null) {
                layers.add(layer);
            }
        }
        return new LocalizedProperties(family, locale, layers);
    }

    private static Map<String, String> readFile(String name, Function<String, InputStream> opener) {
        try (InputStream in = opener.apply(name)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
                p.load(reader);
            }
            Map<String, String> layer = new LinkedHashMap<>();
            new TreeSet<>(p.stringPropertyNames()).forEach(k -> layer.put(k, p.getProperty(k)));
            return Collections.unmodifiableMap(layer);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("resource " + name + " is not UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /**
     * Returns the family's name, the root's resource path without {@code .properties}.
     *
     * @return the family, not null
     */
    public String family() {
        return family;
    }

    /**
     * Returns the locale the family was read for.
     *
     * @return the locale, not null
     */
    public SupportedLocale locale() {
        return locale;
    }

    /**
     * Returns the text for a key, from the most specific file that has it.
     *
     * @param key  the key, not null
     * @return the text, or empty if no file of the chain has the key
     */
    public Optional<String> find(String key) {
        return Optional.ofNullable(texts.get(Objects.requireNonNull(key, "key")));
    }

    /**
     * Returns the text for a key that must be there.
     *
     * @param key  the key, not null
     * @return the text, not null
     * @throws IllegalStateException if no file of the chain has the key, naming the key and the family
     */
    public String text(String key) {
        String t = texts.get(Objects.requireNonNull(key, "key"));
        if (t == null) {
            throw new IllegalStateException("no text for key '" + key + "' in " + family + " (" + locale.tag() + ")");
        }
        return t;
    }

    /**
     * Returns the keys of every file of the chain.
     *
     * @return the keys, sorted, unmodifiable, not null
     */
    public Set<String> keys() {
        return texts.keySet();
    }

    /**
     * Returns every key with its text, the more specific file winning.
     *
     * @return the texts, sorted by key, unmodifiable, not null
     */
    public Map<String, String> asMap() {
        return texts;
    }

    /**
     * Returns the files that exist, each as its keys and texts, from the root to the most specific,
     * for a family whose files add to one another rather than replace (the clinical lexicon).
     *
     * @return the layers, each sorted by key, unmodifiable, not null
     */
    public List<Map<String, String>> layers() {
        return layers;
    }

    /** Describes the family by name, locale and size. */
    @Override
    public String toString() {
        return "LocalizedProperties[" + family + ", " + locale.tag() + ", " + texts.size() + " keys]";
    }

    private record Key(String family, SupportedLocale locale) {
    }
}
