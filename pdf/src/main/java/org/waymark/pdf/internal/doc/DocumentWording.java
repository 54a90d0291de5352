package org.waymark.pdf.internal.doc;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.waymark.locale.LocalizedProperties;
import org.waymark.locale.SupportedLocale;
import org.waymark.model.Coded;

/**
 * The documents' own words (headings, labels, explanations) in one variety of English, read by
 * {@link LocalizedProperties} from {@code wording.properties} with {@code wording_en_GB.properties}
 * or {@code wording_en_US.properties} over it.
 * <p>
 * The variety follows the person's locale through the library's locale policy,
 * {@link SupportedLocale#resolveOrBase(Locale)}: {@code en-US} gets US wording ("primary care
 * provider", "October 5, 2026"); any other English, and a language the library does not write,
 * gets British wording, and the document declares that as its language ({@link #language()}). The
 * lookup never depends on the JVM's default locale, so output is the same on every machine. A
 * missing key is a programming error and throws.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DocumentWording {

    private static final String FAMILY = "/org/waymark/pdf/internal/doc/wording";

    private static final Map<SupportedLocale, DocumentWording> CACHE = new ConcurrentHashMap<>();

    private final SupportedLocale locale;
    private final LocalizedProperties texts;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter shortDates;

    private DocumentWording(SupportedLocale locale, LocalizedProperties texts) {
        this.locale = locale;
        this.texts = texts;
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
        return CACHE.computeIfAbsent(SupportedLocale.resolveOrBase(locale), s -> new DocumentWording(s,
                LocalizedProperties.load(FAMILY, s, name -> DocumentWording.class.getResourceAsStream(name))));
    }

    /**
     * Returns the supported locale the wording was resolved to.
     *
     * @return the locale, not null
     */
    public SupportedLocale locale() {
        return locale;
    }

    /**
     * Returns the locale of the wording, for line breaking and the document language: the
     * language a document declares is the one its words are written in.
     *
     * @return {@link Locale#UK} or {@link Locale#US}
     */
    public Locale language() {
        return locale.locale();
    }

    /**
     * Returns every key and text, for tests of the wording itself.
     *
     * @return the texts, sorted by key, not null
     */
    public Map<String, String> all() {
        return texts.asMap();
    }

    /**
     * Returns a text.
     *
     * @param key  the key, not null
     * @return the text, not null
     * @throws IllegalStateException if there is no such key
     */
    public String text(String key) {
        return texts.text(key);
    }

    /**
     * Tells whether there is a text for a key.
     *
     * @param key  the key, not null
     * @return true if there is
     */
    public boolean has(String key) {
        return texts.asMap().containsKey(key);
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
