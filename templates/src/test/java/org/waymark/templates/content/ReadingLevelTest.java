package org.waymark.templates.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.templates.readability.FleschKincaid;

/**
 * Every text written for the person reads at about US grade 8 or below (Flesch-Kincaid), per text block.
 * <p>
 * Two kinds of text are left out, on purpose: texts of fewer than {@value #MIN_WORDS} words (headings
 * and short targets such as "At least once a week."), because with one or two words the formula is
 * dominated by the syllables of a single word and says nothing about how easy the text is to read; and
 * the names of crisis services, because they are the services' own names (such as "988 Suicide &amp; Crisis
 * Lifeline"), not ours to reword.
 */
class ReadingLevelTest {

    static final double MAX_GRADE = 8.0;
    static final int MIN_WORDS = 3;

    static List<Locale> locales() {
        return List.copyOf(ContentLibrary.availableLocales());
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyTextForThePersonIsAtGradeEightOrBelow(Locale locale) {
        ContentLibrary library = ContentLibrary.load(locale);
        List<String> tooHard = new ArrayList<>();
        int measured = 0;
        double max = Double.NEGATIVE_INFINITY;
        String hardest = "";
        for (ContentText text : library.texts()) {
            if (!isMeasured(text)) {
                continue;
            }
            measured++;
            double grade = FleschKincaid.grade(text.text());
            if (grade > max) {
                max = grade;
                hardest = text.path();
            }
            if (grade > MAX_GRADE) {
                tooHard.add(String.format(Locale.ROOT, "%.1f %s: %s", grade, text.path(), text.text()));
            }
        }
        System.out.printf(Locale.ROOT, "[%s] person-facing texts measured: %d, max grade %.2f at %s%n",
                locale.toLanguageTag(), measured, max, hardest);

        assertThat(measured).as("texts measured").isGreaterThan(200);
        assertThat(tooHard).as("texts for the person above grade %s", MAX_GRADE).isEmpty();
    }

    static boolean isMeasured(ContentText text) {
        return text.isForPerson()
                && FleschKincaid.countWords(text.text()) >= MIN_WORDS
                && !text.path().matches("crisisResources\\[[^]]+\\]\\.name");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void shortTextsLeftOutAreOnlyNamesAndHeadings(Locale locale) {
        List<String> shortTexts = ContentLibrary.load(locale).texts().stream()
                .filter(ContentText::isForPerson)
                .filter(t -> !isMeasured(t))
                .map(ContentText::path)
                .toList();

        assertThat(shortTexts).allSatisfy(path -> assertThat(path)
                .matches(".*\\.(name|heading|target|title)$|crisisResources\\[.*\\]\\.hours"));
    }
}
