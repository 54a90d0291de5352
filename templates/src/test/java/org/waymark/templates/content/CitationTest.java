package org.waymark.templates.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Citations name only sources the project relies on, and guideline numbers only where they are confirmed.
 * NG225 points are cited by number only for 1.1.1 and 1.6.1 to 1.6.6; other NG225 points by section
 * title. CG133 numbers are limited to those named in its key priorities.
 */
class CitationTest {

    private static final Pattern PART = Pattern.compile("(NG225|CG133|SPI|seeds)(\\b.*)?");
    private static final Pattern NUMBERED = Pattern.compile("(NG225|CG133) (\\d+\\.\\d+\\.\\d+)(?:[–-](\\d+\\.\\d+\\.\\d+))?");
    private static final Set<String> CONFIRMED = Set.of(
            "NG225 1.1.1", "NG225 1.6.1", "NG225 1.6.2", "NG225 1.6.3", "NG225 1.6.4", "NG225 1.6.5", "NG225 1.6.6",
            "CG133 1.3.2", "CG133 1.3.3", "CG133 1.3.4", "CG133 1.3.5", "CG133 1.3.6", "CG133 1.3.7", "CG133 1.3.8",
            "CG133 1.4.4", "CG133 1.4.5");

    @Test
    void everyCitationPartNamesAKnownSource() {
        List<String> bad = new ArrayList<>();
        for (Locale locale : ContentLibrary.availableLocales()) {
            for (String citation : citations(ContentLibrary.load(locale))) {
                for (String part : citation.split(";\\s*")) {
                    if (!PART.matcher(part).matches()) {
                        bad.add(locale.toLanguageTag() + ": " + part);
                    }
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void numberedCitationsUseOnlyConfirmedNumbers() {
        List<String> unconfirmed = new ArrayList<>();
        int numbered = 0;
        for (Locale locale : ContentLibrary.availableLocales()) {
            for (String citation : citations(ContentLibrary.load(locale))) {
                Matcher m = NUMBERED.matcher(citation);
                while (m.find()) {
                    numbered++;
                    for (String number : range(m.group(2), m.group(3))) {
                        if (!CONFIRMED.contains(m.group(1) + " " + number)) {
                            unconfirmed.add(citation);
                        }
                    }
                }
            }
        }
        assertThat(numbered).isPositive();
        assertThat(unconfirmed).isEmpty();
    }

    @Test
    void theNumberCheckCatchesAnUnconfirmedNumber() {
        Matcher m = NUMBERED.matcher("NG225 1.11.2 (aftercare)");
        assertThat(m.find()).isTrue();
        assertThat(CONFIRMED).doesNotContain(m.group(1) + " " + m.group(2));
        assertThat(range("1.6.1", "1.6.5")).containsExactly("1.6.1", "1.6.2", "1.6.3", "1.6.4", "1.6.5");
    }

    private static List<String> range(String from, String to) {
        if (to == null) {
            return List.of(from);
        }
        String prefix = from.substring(0, from.lastIndexOf('.') + 1);
        int a = Integer.parseInt(from.substring(prefix.length()));
        int b = Integer.parseInt(to.substring(to.lastIndexOf('.') + 1));
        List<String> numbers = new ArrayList<>();
        for (int i = a; i <= b; i++) {
            numbers.add(prefix + i);
        }
        return numbers;
    }

    private static List<String> citations(ContentLibrary library) {
        return library.texts().stream().filter(t -> t.path().endsWith(".citation")).map(ContentText::text).toList();
    }
}
