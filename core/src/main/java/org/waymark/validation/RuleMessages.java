package org.waymark.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.waymark.locale.LocalizedProperties;
import org.waymark.locale.SupportedLocale;
import org.waymark.model.Coded;

/**
 * The rule messages: the family {@code org/waymark/validation/RuleMessages*.properties}, read by
 * {@link LocalizedProperties} for the locale {@link SupportedLocale#resolveOrBase} gives (the root
 * bundle's wording is en-GB). Findings describe a plan that exists, so a language the library does
 * not write gets the base wording. Dates are written as the resolved locale writes them. The JVM's
 * default locale plays no part, so reports do not change with the machine.
 */
final class RuleMessages {

    static final String BASE = "/org/waymark/validation/RuleMessages";

    private RuleMessages() {
    }

    /** Returns the template for a key, or null when no bundle on the locale's chain has it. */
    static String template(Locale locale, String key) {
        return bundle(locale).asMap().get(key);
    }

    /**
     * Resolves a message: the template with each parameter put in its place. A template is text; values are
     * never concatenated into it. Placeholders:
     * <ul>
     *   <li>{@code {name}}: the value; a coded value by its label ({@code label.<Type>.<code>}), a date written
     *       as the locale writes dates in full ("14 December 2026", "December 14, 2026");</li>
     *   <li>{@code {name, plural, one {# day} other {# days}}}: the branch for the count, with {@code #} read as
     *       the count (English plural rules: one for 1, other for any other count).</li>
     * </ul>
     */
    static String format(Locale locale, String key, Map<String, Object> params) {
        String template = template(locale, key);
        if (template == null) {
            throw new IllegalStateException("no message for key " + key);
        }
        return render(locale, template, params);
    }

    private static String render(Locale locale, String template, Map<String, Object> params) {
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        int n = template.length();
        while (i < n) {
            char c = template.charAt(i);
            if (c == '{') {
                int close = matching(template, i);
                if (close > i) {
                    String body = template.substring(i + 1, close);
                    int comma = body.indexOf(',');
                    String name = (comma < 0 ? body : body.substring(0, comma)).strip();
                    Object value = params.get(name);
                    if (value != null) {
                        sb.append(comma < 0 ? show(locale, value) : plural(locale, body.substring(comma + 1), value, params));
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

    /** The index of the brace that closes the one at {@code open}, counting nested braces; -1 if none. */
    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** {@code plural, one {…} other {…}} for a count. */
    private static String plural(Locale locale, String spec, Object value, Map<String, Object> params) {
        String rest = spec.strip();
        if (!rest.startsWith("plural") || !(value instanceof Number count)) {
            throw new IllegalStateException("unsupported placeholder format: " + spec);
        }
        String wanted = count.longValue() == 1 && count.doubleValue() == 1.0 ? "one" : "other";
        String other = null;
        int i = rest.indexOf(',') + 1;
        while (i > 0 && i < rest.length()) {
            int open = rest.indexOf('{', i);
            if (open < 0) {
                break;
            }
            String selector = rest.substring(i, open).strip();
            int close = matching(rest, open);
            String branch = rest.substring(open + 1, close);
            if (selector.equals(wanted)) {
                return render(locale, branch.replace("#", String.valueOf(count)), params);
            }
            if (selector.equals("other")) {
                other = branch;
            }
            i = close + 1;
        }
        if (other == null) {
            throw new IllegalStateException("plural without an other branch: " + spec);
        }
        return render(locale, other.replace("#", String.valueOf(count)), params);
    }

    private static String show(Locale locale, Object value) {
        if (value instanceof Coded coded) {
            return label(locale, coded);
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(SupportedLocale.resolveOrBase(locale).locale()).format(date);
        }
        return String.valueOf(value);
    }

    /**
     * Names a coded value in words: {@code label.NeedsDomain.dependent-children} from the bundle, or else
     * the code with its hyphens read as spaces ("care plan").
     */
    static String label(Locale locale, Coded value) {
        String label = template(locale, "label." + value.getClass().getSimpleName() + "." + value.code());
        return label != null ? label : value.code().replace('-', ' ');
    }

    private static LocalizedProperties bundle(Locale locale) {
        return LocalizedProperties.load(BASE, SupportedLocale.resolveOrBase(locale), RuleMessages.class::getResourceAsStream);
    }
}
