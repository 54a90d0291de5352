package org.waymark.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.waymark.locale.LocalizedProperties;
import org.waymark.locale.SupportedLocale;

/**
 * The clinical lexicon of one locale: for each {@link Concept}, the phrases clinicians write for it,
 * including abbreviations, regional synonyms and common misspellings. It is the single source of the
 * words the validator's text rules and the {@link LanguageChecker} look for, so a term added once is
 * seen by every rule.
 * <p>
 * The lexicon is data: {@code lexicon/lexicon.properties} beside this class holds the English phrases, and
 * {@code lexicon/lexicon_en_GB.properties} and {@code lexicon/lexicon_en_US.properties} add the regional
 * ones, read by {@link LocalizedProperties} for the locale {@link SupportedLocale#resolveOrBase} gives. Each line
 * is {@code concept-key = phrase; phrase; ...} (see {@link Concept#key()}). A phrase is read as words,
 * the way {@link ClinicalText} reads a text: case is folded, a hyphen joins words like a space, and
 * apostrophes are dropped.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ClinicalLexicon {

    private static final String FAMILY = "/org/waymark/language/lexicon/lexicon";

    private static final Map<SupportedLocale, ClinicalLexicon> CACHE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final Map<Concept, List<String>> phrases;
    final Node root;

    private ClinicalLexicon(Locale locale, Map<Concept, List<String>> phrases) {
        this.locale = locale;
        Map<Concept, List<String>> copy = new EnumMap<>(Concept.class);
        phrases.forEach((c, list) -> copy.put(c, List.copyOf(list)));
        this.phrases = Collections.unmodifiableMap(copy);
        this.root = compile(copy);
    }

    /**
     * Gets the lexicon for a locale, resolved by {@link SupportedLocale#resolveOrBase}: British English for
     * {@code en-GB} and any English locale that is not American, American English for {@code en-US}. Other
     * languages get the base (British) lexicon, the only other one the library ships, since the text of a
     * plan that exists must still be read.
     *
     * @param locale the locale, not null
     * @return the lexicon, not null; shared
     * @throws IllegalStateException if the library's resources are missing or malformed
     */
    public static ClinicalLexicon of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return CACHE.computeIfAbsent(SupportedLocale.resolveOrBase(locale), ClinicalLexicon::load);
    }

    /**
     * Returns the locale whose phrases this lexicon holds, {@code en-GB} or {@code en-US}.
     *
     * @return the locale, not null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the phrases of a concept, in resource order: the English ones, then the regional ones.
     *
     * @param concept the concept, not null
     * @return the phrases, unmodifiable, possibly empty
     */
    public List<String> phrases(Concept concept) {
        return phrases.getOrDefault(Objects.requireNonNull(concept, "concept"), List.of());
    }

    /**
     * Reads a text with this lexicon: its words, the concepts it mentions and which mentions are negated
     * or hedged.
     *
     * @param text the text, not null; not kept beyond the returned reading
     * @return the reading, not null
     */
    public ClinicalText read(CharSequence text) {
        return ClinicalText.read(text, this);
    }

    /** Describes the lexicon by locale and size. */
    @Override
    public String toString() {
        int n = phrases.values().stream().mapToInt(List::size).sum();
        return "ClinicalLexicon[" + locale.toLanguageTag() + ", " + n + " phrases]";
    }

    private static ClinicalLexicon load(SupportedLocale locale) {
        LocalizedProperties files = LocalizedProperties.load(FAMILY, locale, ClinicalLexicon.class::getResourceAsStream);
        Map<Concept, List<String>> map = new EnumMap<>(Concept.class);
        // The files add phrases to one another (English, then regional), so each is read in turn.
        for (Map<String, String> layer : files.layers()) {
            for (Map.Entry<String, String> e : layer.entrySet()) {
                Concept c = Concept.ofKey(e.getKey()).orElseThrow(() -> new IllegalStateException(
                        "lexicon " + FAMILY + " (" + locale.tag() + "): unknown concept " + e.getKey()));
                Set<String> list = new LinkedHashSet<>(map.getOrDefault(c, List.of()));
                for (String phrase : e.getValue().split(";")) {
                    String s = phrase.strip();
                    if (!s.isEmpty()) {
                        list.add(s);
                    }
                }
                map.put(c, new ArrayList<>(list));
            }
        }
        return new ClinicalLexicon(locale.locale(), map);
    }

    private static Node compile(Map<Concept, List<String>> phrases) {
        Node root = new Node();
        phrases.forEach((concept, list) -> {
            for (String phrase : list) {
                List<String> words = ClinicalText.words(phrase);
                if (words.isEmpty()) {
                    throw new IllegalStateException("lexicon phrase \"" + phrase + "\" of " + concept.key() + " has no words");
                }
                Node node = root;
                for (String w : words) {
                    node = node.next.computeIfAbsent(w, k -> new Node());
                }
                node.concepts |= 1L << concept.ordinal();
            }
        });
        return root;
    }

    /** A node of the phrase trie over folded words. Built once, then only read. */
    static final class Node {
        final Map<String, Node> next = new HashMap<>();
        long concepts;
    }
}
