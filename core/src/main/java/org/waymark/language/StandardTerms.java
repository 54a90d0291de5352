package org.waymark.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.waymark.locale.LocalizedProperties;
import org.waymark.locale.SupportedLocale;

/**
 * The library's own term list, read from the resource {@code terms.txt} beside this class.
 * <p>
 * The resource is UTF-8 text. A line {@code [RULE-ID]} starts the terms of a rule, and
 * {@code [ALLOWED]} the phrases that contain a term's words but say something else
 * ({@code allowed = variant}); a line
 * {@code key = variant} adds a variant to a term (a term has one line per variant); and
 * {@code key.unless-preceded-by = word word...} or {@code key.unless-followed-by = ...} sets
 * its guard words. A variant may name a concept of the {@link ClinicalLexicon} in braces, such as
 * {@code deliberate {self-harm}}: it stands for one variant per phrase of that concept (phrases of letters,
 * digits, spaces and hyphens), so a synonym added to the lexicon is seen here too. Blank lines and lines
 * starting with {@code #} are ignored. The suggestion
 * for each key comes from the {@code LanguageMessages} resources.
 * <p>
 * This class is immutable and thread-safe.
 */
final class StandardTerms {

    /** The base name of the resource bundle holding a suggestion for each term key. */
    static final String MESSAGES = "org.waymark.language.LanguageMessages";

    /** The same bundle as a resource family, read by {@link LocalizedProperties}. */
    static final String MESSAGES_FAMILY = "/org/waymark/language/LanguageMessages";

    private static final String RESOURCE = "terms.txt";
    private static final String PRECEDED = ".unless-preceded-by";
    private static final String FOLLOWED = ".unless-followed-by";

    /** A term as written in the resource, before its suggestion is resolved. */
    record Spec(LanguageRule rule, String key, List<String> variants,
                Set<String> unlessPrecededBy, Set<String> unlessFollowedBy) {

        LanguageTerm resolve(String suggestion) {
            return new LanguageTerm(rule, key, variants, suggestion, unlessPrecededBy, unlessFollowedBy);
        }
    }

    /** The term list as read: the terms and the allowed phrases. */
    record Contents(List<Spec> specs, List<String> allowed) {
    }

    private static final String ALLOWED_SECTION = "ALLOWED";
    private static final String ALLOWED_KEY = "allowed";

    private static final class Holder {
        static final Contents CONTENTS = load();
    }

    private StandardTerms() {
    }

    /**
     * Gets the terms as written in the resource, in resource order.
     *
     * @return the specs, not null
     * @throws IllegalStateException if the resource is missing or malformed
     */
    static List<Spec> specs() {
        return Holder.CONTENTS.specs();
    }

    /**
     * Gets the variants of the allowed phrases, such as "high risk of infection", which are
     * skipped whole so the term inside them is not reported.
     *
     * @return the variants, in resource order, not null
     */
    static List<String> allowed() {
        return Holder.CONTENTS.allowed();
    }

    /**
     * Resolves the standard terms with suggestions from the library's messages.
     *
     * @param messages  the messages for the checker's locale, not null
     * @return the terms, in resource order, not null
     * @throws IllegalStateException if the messages lack a suggestion for a term
     */
    static List<LanguageTerm> resolve(LocalizedProperties messages) {
        List<LanguageTerm> terms = new ArrayList<>();
        for (Spec spec : specs()) {
            terms.add(spec.resolve(messages.text(spec.key())));
        }
        return List.copyOf(terms);
    }

    /**
     * Reads the library's messages for a locale, resolved by {@link SupportedLocale#resolveOrBase}.
     *
     * @param locale  the checker's locale, not null
     * @return the messages, not null
     */
    static LocalizedProperties messages(Locale locale) {
        return LocalizedProperties.load(MESSAGES_FAMILY, SupportedLocale.resolveOrBase(locale),
                StandardTerms.class::getResourceAsStream);
    }

    private static Contents load() {
        try (InputStream in = StandardTerms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing beside "
                        + StandardTerms.class.getName());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Parses term-list text; package-private so tests can check the format's errors. */
    static Contents parse(BufferedReader reader) throws IOException {
        Map<String, LanguageRule> rules = new LinkedHashMap<>();
        Map<String, List<String>> variants = new LinkedHashMap<>();
        Map<String, Set<String>> preceded = new LinkedHashMap<>();
        Map<String, Set<String>> followed = new LinkedHashMap<>();
        List<String> allowed = new ArrayList<>();
        LanguageRule rule = null;
        boolean inAllowed = false;
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.startsWith("[") && text.endsWith("]")) {
                String id = text.substring(1, text.length() - 1).strip();
                final int at = number;
                inAllowed = id.equals(ALLOWED_SECTION);
                rule = inAllowed ? null : LanguageRule.ofId(id).orElseThrow(
                        () -> malformed(at, "unknown rule id " + id));
                continue;
            }
            int equals = text.indexOf('=');
            if (equals <= 0 || (rule == null && !inAllowed)) {
                throw malformed(number, "expected [RULE-ID], [ALLOWED] or key = value");
            }
            String name = text.substring(0, equals).strip();
            String value = text.substring(equals + 1).strip();
            try {
                if (inAllowed) {
                    if (!name.equals(ALLOWED_KEY)) {
                        throw malformed(number, "expected allowed = variant");
                    }
                    TermPattern.expand(value);
                    allowed.add(value);
                } else if (name.endsWith(PRECEDED)) {
                    String key = name.substring(0, name.length() - PRECEDED.length());
                    requireKnown(variants, key, number);
                    preceded.put(key, Set.copyOf(Arrays.asList(value.split("\\s+"))));
                } else if (name.endsWith(FOLLOWED)) {
                    String key = name.substring(0, name.length() - FOLLOWED.length());
                    requireKnown(variants, key, number);
                    followed.put(key, Set.copyOf(Arrays.asList(value.split("\\s+"))));
                } else {
                    LanguageRule previous = rules.putIfAbsent(name, rule);
                    if (previous != null && previous != rule) {
                        throw malformed(number, "term " + name + " appears under two rules");
                    }
                    for (String variant : lexicon(value)) {
                        TermPattern.expand(variant);
                        variants.computeIfAbsent(name, k -> new ArrayList<>()).add(variant);
                    }
                }
            } catch (IllegalArgumentException e) {
                throw malformed(number, e.getMessage());
            }
        }
        List<Spec> specs = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : variants.entrySet()) {
            String key = entry.getKey();
            specs.add(new Spec(rules.get(key), key, List.copyOf(entry.getValue()),
                    preceded.getOrDefault(key, Set.of()), followed.getOrDefault(key, Set.of())));
        }
        return new Contents(List.copyOf(specs), List.copyOf(allowed));
    }

    /**
     * Expands a variant that names a concept of the clinical lexicon, such as {@code deliberate {self-harm}},
     * into one variant per phrase of that concept in the British English lexicon; a variant without a concept
     * is returned as it is.
     */
    static List<String> lexicon(String variant) {
        int open = variant.indexOf('{');
        if (open < 0) {
            return List.of(variant);
        }
        int close = variant.indexOf('}', open);
        if (close < 0) {
            throw new IllegalArgumentException("unclosed { in " + variant);
        }
        String key = variant.substring(open + 1, close);
        Concept concept = Concept.ofKey(key).orElseThrow(() -> new IllegalArgumentException("unknown lexicon concept " + key));
        List<String> out = new ArrayList<>();
        for (String phrase : ClinicalLexicon.of(Locale.UK).phrases(concept)) {
            if (phrase.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == ' ' || c == '-')) {
                out.addAll(lexicon(variant.substring(0, open) + phrase + variant.substring(close + 1)));
            }
        }
        return out;
    }

    private static void requireKnown(Map<String, List<String>> variants, String key, int number) {
        if (!variants.containsKey(key)) {
            throw malformed(number, "guard words for term " + key + " come before its variants");
        }
    }

    private static IllegalStateException malformed(int line, String why) {
        return new IllegalStateException(RESOURCE + " line " + line + ": " + why);
    }
}
