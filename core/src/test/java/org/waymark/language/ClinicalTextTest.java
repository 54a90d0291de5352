package org.waymark.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClinicalTextTest {

    private static final ClinicalLexicon GB = ClinicalLexicon.of(Locale.UK);
    private static final ClinicalLexicon US = ClinicalLexicon.of(Locale.US);

    private static ClinicalText.Phrase phrase(ClinicalText text, String words) {
        Optional<ClinicalText.Phrase> p = text.phrases().stream().filter(x -> x.text().equals(words)).findFirst();
        assertThat(p).as("phrase " + words + " in " + text.phrases()).isPresent();
        return p.get();
    }

    @Test
    void abbreviationsSpellingsAndHyphensReadAsTheSameConcept() {
        for (String s : List.of("DSH", "SH", "NSSI", "self harm", "Self-Harm", "selfharm", "slef harm", "self-injury", "OD")) {
            ClinicalText t = GB.read("For " + s + " urges");
            assertThat(t.affirms(Concept.SELF_HARM)).as(s).isTrue();
        }
    }

    @Test
    void theLongestPhraseWinsSoOtherSensesHideTheShorterWord() {
        assertThat(GB.read("Cut down on alcohol").affirms(Concept.SELF_HARM)).isFalse();
        assertThat(GB.read("Naloxone for opioid overdose").affirms(Concept.SELF_HARM)).isFalse();
        assertThat(GB.read("urges to cut").affirms(Concept.SELF_HARM)).isTrue();
    }

    @Test
    void aPreNegationNegatesWhatFollowsUpToATerminator() {
        ClinicalText t = GB.read("Not for self-harm; for low mood");
        assertThat(phrase(t, "self harm").isNegated()).isTrue();
        ClinicalText u = GB.read("Not offered therapy: screen negative");
        assertThat(phrase(u, "screen").isNegated()).isFalse();
        assertThat(phrase(u, "therapy").isNegated()).isTrue();
    }

    @Test
    void theScopeEndsAfterSixPhrases() {
        ClinicalText t = GB.read("no one two three four five six seven");
        assertThat(phrase(t, "six").isNegated()).isTrue();
        assertThat(phrase(t, "seven").isNegated()).isFalse();
    }

    @Test
    void aPostNegationNegatesWhatComesBefore() {
        ClinicalText t = GB.read("Risk score not used");
        assertThat(phrase(t, "risk score").isNegated()).isTrue();
    }

    @Test
    void pseudoNegationsTriggerNothing() {
        ClinicalText t = GB.read("He did not meet the cut-off");
        assertThat(phrase(t, "cut off").isAffirmed()).isTrue();
    }

    @Test
    void notToBeforeABehaviourIsAPurposeNotANegation() {
        assertThat(phrase(GB.read("Helps him not to hurt himself"), "hurt himself").isNegated()).isFalse();
        assertThat(phrase(GB.read("PRN, not to OD"), "od").isNegated()).isFalse();
        assertThat(phrase(GB.read("Anxiety - not to reduce SH"), "sh").isNegated()).isTrue();
    }

    @Test
    void hedgesMarkHypotheticalsAndAQuestionMarkWorksBothWays() {
        assertThat(phrase(GB.read("If I self-harm I will tell mum"), "self harm").isHedged()).isTrue();
        assertThat(phrase(GB.read("?overdose, levels sent"), "overdose").isHedged()).isTrue();
        assertThat(phrase(GB.read("overdose? Levels sent."), "overdose").isHedged()).isTrue();
        assertThat(phrase(GB.read("overdose? Levels sent."), "levels").isHedged()).isFalse();
    }

    @Test
    void sentencesEndAtStopsSemicolonsAndLineBreaks() {
        ClinicalText t = GB.read("No SI; DSH last week\nrisk");
        assertThat(phrase(t, "dsh").isNegated()).isFalse();
        assertThat(phrase(t, "dsh").sentence()).isLessThan(phrase(t, "risk").sentence());
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "Pt is at LOW risk.";
        ClinicalText.Phrase p = phrase(GB.read(text), "low");
        assertThat(text.substring(p.start(), p.end())).isEqualTo("LOW");
    }

    @Test
    void regionalLexiconsAddTheirOwnTerms() {
        assertThat(US.phrases(Concept.SUICIDE)).contains("si/hi");
        assertThat(GB.phrases(Concept.SUICIDE)).doesNotContain("si/hi");
        assertThat(GB.locale()).isEqualTo(Locale.forLanguageTag("en-GB"));
        assertThat(ClinicalLexicon.of(Locale.ENGLISH)).isSameAs(GB);
    }

    @Test
    void everyConceptHasPhrases() {
        for (Concept c : Concept.values()) {
            assertThat(GB.phrases(c)).as(c.key()).isNotEmpty();
            assertThat(Concept.ofKey(c.key())).contains(c);
        }
    }

    @Test
    void theLanguageCheckerSeesTheLexiconsSelfHarmTerms() {
        // "deliberate {self-harm}" in the term list takes every self-harm phrase of the lexicon.
        assertThat(LanguageChecker.standard().check("deliberate self-poisoning"))
                .extracting(LanguageFinding::termKey).containsExactly("deliberate-self-harm");
        assertThat(LanguageChecker.standard().check("committed self-injury"))
                .extracting(LanguageFinding::termKey).containsExactly("commit-self-harm");
    }

    @Test
    void anUnknownConceptInTheTermListIsAnError() {
        assertThatThrownBy(() -> StandardTerms.lexicon("deliberate {no-such-concept}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-concept");
    }
}
