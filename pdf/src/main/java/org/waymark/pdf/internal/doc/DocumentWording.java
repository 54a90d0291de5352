package org.waymark.pdf.internal.doc;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.waymark.model.Coded;

/**
 * The documents' own words (headings, labels, explanations) in one variety of English, read from
 * {@code wording.properties} with {@code wording_en_GB.properties} or
 * {@code wording_en_US.properties} over it.
 * <p>
 * The variety follows the person's locale: {@code en-US} gets US wording ("primary care
 * provider", "October 5, 2026"); every other locale gets British wording. The lookup never
 * depends on the JVM's default locale, so output is the same on every machine. A missing key
 * is a programming error and throws.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DocumentWording {

    private static final Map<String, DocumentWording> CACHE = new ConcurrentHashMap<>();

    private final String variant;
    private final Locale language;
    private final Map<String, String> texts;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter shortDates;

    private DocumentWording(String variant, Map<String, String> texts) {
        this.variant = variant;
        this.texts = Map.copyOf(texts);
        this.language = variant.equals("en_US") ? Locale.US : Locale.UK;
        this.dates = DateTimeFormatter.ofPattern(text("date.pattern"), Locale.ENGLISH);
        this.shortDates = DateTimeFormatter.ofPattern(text("date.short"), Locale.ENGLISH);
    }

    /**
     * Returns the wording for a person's locale.
     *
     * @param locale  the person's locale, not null
     * @return the wording, not null
     */
    public static DocumentWording forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String variant = "en".equals(locale.getLanguage()) && "US".equals(locale.getCountry()) ? "en_US" : "en_GB";
        return CACHE.computeIfAbsent(variant, v -> {
            Map<String, String> texts = new HashMap<>();
            load("wording.properties", texts);
            load("wording_" + v + ".properties", texts);
            return new DocumentWording(v, texts);
        });
    }

    private static void load(String name, Map<String, String> into) {
        try (InputStream in = DocumentWording.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("wording resource missing: " + name);
            }
            Properties p = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            for (String key : p.stringPropertyNames()) {
                into.put(key, p.getProperty(key));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the variety of English, {@code en_GB} or {@code en_US}.
     *
     * @return the variant, not null
     */
    public String variant() {
        return variant;
    }

    /**
     * Returns the locale of the wording, for line breaking and the document language when the
     * person's own locale is not English.
     *
     * @return {@link Locale#UK} or {@link Locale#US}
     */
    public Locale language() {
        return language;
    }

    /**
     * Returns every key and text, for tests of the wording itself.
     *
     * @return the texts, not null
     */
    public Map<String, String> all() {
        return texts;
    }

    /**
     * Returns a text.
     *
     * @param key  the key, not null
     * @return the text, not null
     * @throws IllegalStateException if there is no such key
     */
    public String text(String key) {
        String t = texts.get(key);
        if (t == null) {
            throw new IllegalStateException("no wording for key '" + key + "' in " + variant);
        }
        return t;
    }

    /**
     * Tells whether there is a text for a key.
     *
     * @param key  the key, not null
     * @return true if there is
     */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /**
     * Returns a text with {@code {0}}, {@code {1}}… replaced by the arguments, taken literally.
     *
     * @param key  the key, not null
     * @param args  the arguments, not null
     * @return the text, not null
     */
    public String format(String key, Object... args) {
        String t = text(key);
        StringBuilder sb = new StringBuilder(t.length() + 32);
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '{' && i + 2 < t.length() && Character.isDigit(t.charAt(i + 1)) && t.charAt(i + 2) == '}') {
                int n = t.charAt(i + 1) - '0';
                sb.append(n < args.length ? String.valueOf(args[n]) : "{" + n + "}");
                i += 3;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /**
     * Returns the label of a coded value: the text for {@code prefix.code}.
     *
     * @param prefix  the key prefix, not null
     * @param value  the value, not null
     * @return the label, not null
     */
    public String label(String prefix, Coded value) {
        return text(prefix + "." + value.code());
    }

    /**
     * Formats a date in this variety's long style ("5 October 2026", "October 5, 2026"), with a
     * no-break space between day and month.
     *
     * @param date  the date, not null
     * @return the text, not null
     */
    public String date(LocalDate date) {
        return unbroken(dates.format(date));
    }

    /**
     * Day and month are never broken across lines ("5 October" / "October 5"): the first space
     * is a no-break space. The year may go to the next line, so that a date still fits a narrow
     * table column without breaking inside a word.
     */
    private static String unbroken(String text) {
        return text.replaceFirst(" ", "\u00a0");
    }

    /**
     * Formats a date with the month abbreviated ("5 Oct 2026", "Oct 5, 2026"), for narrow table
     * columns.
     *
     * @param date  the date, not null
     * @return the text, not null
     */
    public String shortDate(LocalDate date) {
        return unbroken(shortDates.format(date));
    }

    /**
     * Returns yes, no or not recorded for a nullable answer.
     *
     * @param answer  the answer, may be null
     * @return the text, not null
     */
    public String yesNo(Boolean answer) {
        return answer == null ? text("notRecorded") : text(answer ? "yes" : "no");
    }
}
