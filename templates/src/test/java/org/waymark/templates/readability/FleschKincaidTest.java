package org.waymark.templates.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FleschKincaidTest {

    @ParameterizedTest(name = "{0} has {1} syllables")
    @CsvSource({
        "the, 1", "cat, 1", "you, 1", "yes, 1", "blue, 1", "make, 1", "while, 1",
        "table, 2", "people, 2", "simple, 2", "someone, 2", "value, 2", "hybrid, 2", "mammal, 2",
        "makes, 1", "tries, 1", "goes, 1", "places, 2", "changes, 2", "uses, 2", "tables, 2",
        "helped, 1", "needed, 2", "wanted, 2", "agreed, 2", "noticed, 2",
        "being, 2", "going, 2", "saying, 2", "crying, 2", "beyond, 2",
        "media, 3", "trial, 2", "special, 2", "social, 2", "usual, 3", "quality, 3", "language, 2",
        "violence, 3", "period, 3", "emotion, 3", "anxious, 2", "serious, 3",
        "platypus, 3", "seemingly, 3", "creature, 2", "Australian, 4", "reptilian, 4",
        "possible, 3", "overdose, 3", "recovery, 4",
        "GP, 2", "NHS, 3", "self-harm, 2", "116, 1", "85258, 1", "don't, 1"
    })
    void countsSyllablesOfCommonWords(String word, int syllables) {
        assertThat(FleschKincaid.countSyllables(word)).isEqualTo(syllables);
    }

    @Test
    void punctuationAloneIsNotAWord() {
        assertThat(FleschKincaid.countSyllables("&")).isZero();
        assertThat(FleschKincaid.countWords("Call 116 123 - free & open.")).isEqualTo(5);
    }

    @Test
    void matchesThePublishedPlatypusExample() {
        // The worked example used to illustrate Flesch-Kincaid: 13 words, 26 syllables, grade 13.1.
        ReadabilityScore score = FleschKincaid.score(
                "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.");

        assertThat(score.words()).isEqualTo(13);
        assertThat(score.sentences()).isEqualTo(1);
        assertThat(score.syllables()).isEqualTo(26);
        assertThat(score.grade()).isCloseTo(13.08, within(0.01));
    }

    @Test
    void verySimpleTextScoresBelowZero() {
        // 6 words, 1 sentence, 6 syllables: 0.39 * 6 + 11.8 * 1 - 15.59.
        assertThat(FleschKincaid.grade("The cat sat on the mat.")).isCloseTo(-1.45, within(0.001));
    }

    @Test
    void countsSentencesAtEndMarksFollowedBySpaceOrEnd() {
        ReadabilityScore score = FleschKincaid.score("Call now. Is it open? \"Yes!\" It costs 1.5 pounds");

        assertThat(score.sentences()).isEqualTo(4);
        assertThat(score.words()).isEqualTo(10);
    }

    @Test
    void textWithoutAnEndMarkIsOneSentence() {
        assertThat(FleschKincaid.score("Signs that a hard time may be coming").sentences()).isEqualTo(1);
    }

    @Test
    void shorterSentencesAndWordsGiveALowerGrade() {
        double hard = FleschKincaid.grade("Comprehensive psychosocial assessment facilitates individualised "
                + "intervention planning, incorporating collaboratively identified therapeutic objectives.");
        double plain = FleschKincaid.grade("We will talk with you. Then we will make a plan together.");

        assertThat(hard).isGreaterThan(20.0);
        assertThat(plain).isLessThan(3.0);
    }

    @Test
    void matchesHandCountedMultiSentenceText() {
        // Words: 4 + 7 = 11; sentences: 2; syllables: (1+1+1+1) + (1+1+1+1+1+2+1) = 12.
        ReadabilityScore score = FleschKincaid.score("Keep your plan close. You can change it at any time.");

        assertThat(score).isEqualTo(new ReadabilityScore(11, 2, 12));
        assertThat(score.grade()).isCloseTo(0.39 * 5.5 + 11.8 * 12 / 11 - 15.59, within(1e-9));
    }

    @Test
    void textWithoutWordsIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> FleschKincaid.score(" - ! "));
    }

    @Test
    void accentsAreIgnored() {
        assertThat(FleschKincaid.countSyllables("naïve")).isEqualTo(FleschKincaid.countSyllables("naive"));
    }
}
