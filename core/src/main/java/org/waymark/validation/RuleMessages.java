package org.waymark.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.waymark.model.Coded;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rule messages: the bundle {@code org/waymark/validation/RuleMessages*.properties}, read as
 * UTF-8, looked up from the most specific locale to the root bundle (whose wording is en-GB). The
 * JVM's default locale plays no part, so reports do not change with the machine.
 */
final class RuleMessages {

    static final String BASE = "/org/waymark/validation/RuleMessages";

    private static final Map<Locale, Properties> CACHE = new ConcurrentHashMap<>();

    private RuleMessages() {
    }

    /** Returns the template for a key, or null when no bundle on the locale's chain has it. */
    static String template(Locale locale, String key) {
        return bundle(locale).getProperty(key);
    }

    /**
     * Resolves a message: the template with each {@code {name}} replaced by its parameter. A template
     * is text; values are never concatenated into it.
     */
    static String format(Locale locale, String key, Map<String, Object> params) {
        String template = template(locale, key);
        if (template == null) {
            throw new IllegalStateException("no message for key " + key);
        }
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        int n = template.length();
        while (i < n) {
            char c = template.charAt(i);
            if (c == '{') {
                int close = template.indexOf('}', i);
                if (close > i) {
                    String name = template.substring(i + 1, close);
                    Object value = params.get(name);
                    if (value != null) {
                        sb.append(value instanceof Coded coded ? label(locale, coded) : value);
                        i = close + 1;
                        continue;
                    }
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    /**
     * Names a coded value in words: {@code label.NeedsDomain.dependent-children} from the bundle, or else
     * the code with its hyphens read as spaces ("care plan").
     */
    static String label(Locale locale, Coded value) {
        String label = template(locale, "label." + value.getClass().getSimpleName() + "." + value.code());
        return label != null ? label : value.code().replace('-', ' ');
    }

    private static Properties bundle(Locale locale) {
        return CACHE.computeIfAbsent(locale, RuleMessages::load);
    }

    private static Properties load(Locale locale) {
        Properties root = read(BASE + ".properties", null);
        if (root == null) {
            throw new IllegalStateException("missing resource " + BASE + ".properties");
        }
        Properties result = root;
        if (!locale.getLanguage().isEmpty()) {
            Properties language = read(BASE + "_" + locale.getLanguage() + ".properties", result);
            result = language != null ? language : result;
            if (!locale.getCountry().isEmpty()) {
                Properties country = read(BASE + "_" + locale.getLanguage() + "_" + locale.getCountry() + ".properties", result);
                result = country != null ? country : result;
            }
        }
        return result;
    }

    private static Properties read(String resource, Properties defaults) {
        try (InputStream in = RuleMessages.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties(defaults);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
