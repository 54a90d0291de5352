package org.waymark.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching mechanics: offsets in Unicode text, order, gaps, guards, privacy and bounds. */
class LanguageCheckerTest {

    private static final LanguageChecker CHECKER = LanguageChecker.standard();

    @Test
    void offsetsAreUtf16IndicesAfterUnicodeText() {
        String text = "Zoë Łukasz-Núñez 🙂 said she was a cutter";

        List<LanguageFinding> findings = CHECKER.check(text);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.termKey()).isEqualTo("cutter");
            assertThat(f.start()).isEqualTo(text.indexOf("cutter"));
            assertThat(f.end()).isEqualTo(text.length());
            assertThat(f.matchedIn(text)).isEqualTo("cutter");
        });
    }

    @Test
    void findingsComeInTextOrderWithBothRules() {
        String text = "Risk: high. Attention-seeking, said the note; low risk; she committed suicide";

        assertThat(CHECKER.check(text))
                .extracting(LanguageFinding::termKey)
                .containsExactly("risk-stated-as-level", "attention-seeking", "low-risk", "commit-suicide");
        assertThat(CHECKER.check(text))
                .extracting(LanguageFinding::ruleId)
                .containsExactly("RISK-STRATIFICATION-LANGUAGE", "NON-STIGMATISING-LANGUAGE",
                        "RISK-STRATIFICATION-LANGUAGE", "NON-STIGMATISING-LANGUAGE");
    }

    @Test
    void theLeftmostThenLongestPhraseWinsAndFindingsNeverOverlap() {
        String text = "rated at high risk level";

        assertThat(CHECKER.check(text)).singleElement().satisfies(f -> {
            assertThat(f.termKey()).isEqualTo("high-risk");
            assertThat(f.matchedIn(text)).isEqualTo("high risk");
        });
    }

    @Test
    void aLongerVariantOfTheSameTermIsPreferred() {
        String text = "a successful suicide attempt";

        assertThat(CHECKER.check(text)).singleElement()
                .satisfies(f -> assertThat(f.matchedIn(text)).isEqualTo("successful suicide attempt"));
    }

    @Test
    void gapsMayMixSpacesHyphensTabsAndOneLineBreak() {
        assertThat(CHECKER.check("high \t- \r\n  risk")).extracting(LanguageFinding::termKey)
                .containsExactly("high-risk");
        assertThat(CHECKER.check("high\u00a0risk")).hasSize(1);
        assertThat(CHECKER.check("high_risk")).hasSize(1);
        assertThat(CHECKER.check("high\u2011risk")).hasSize(1);
    }

    @Test
    void aBlankLineEndsAPhrase() {
        assertThat(CHECKER.check("high\n\nrisk")).isEmpty();
        assertThat(CHECKER.check("high\r\n\r\nrisk")).isEmpty();
        assertThat(CHECKER.check("high\r\nrisk")).hasSize(1);
    }

    @Test
    void invisibleCharactersInsideWordsAreSkipped() {
        String text = "manip\u00adulative and cut\u200bter";

        assertThat(CHECKER.check(text)).extracting(LanguageFinding::termKey)
                .containsExactly("manipulative", "cutter");
    }

    @Test
    void wordBoundariesHoldInEveryScript() {
        assertThat(CHECKER.check("élow risk")).isEmpty();
        assertThat(CHECKER.check("high riské")).isEmpty();
        assertThat(CHECKER.check("cutter\u0301")).isEmpty();
        assertThat(CHECKER.check("3cutter")).isEmpty();
        assertThat(CHECKER.check("日本cutter")).isEmpty();
        assertThat(CHECKER.check("(cutter)")).hasSize(1);
        assertThat(CHECKER.check("«cutter»")).hasSize(1);
    }

    @Test
    void matchingIgnoresCaseInAnyScriptAndFoldsApostrophes() {
        assertThat(CHECKER.check("HİGH RİSK")).extracting(LanguageFinding::termKey).containsExactly("high-risk");
        assertThat(CHECKER.check("wasting everyone\u2019s time")).hasSize(1);
        assertThat(CHECKER.check("wasting everyone\u02bcs time")).hasSize(1);
    }

    @Test
    void guardsLookOnlyAtTheNeighbourAcrossAGap() {
        assertThat(CHECKER.check("box cutter")).isEmpty();
        assertThat(CHECKER.check("box-cutter")).isEmpty();
        assertThat(CHECKER.check("box, cutter")).hasSize(1);
        assertThat(CHECKER.check("box\n\ncutter")).hasSize(1);
        assertThat(CHECKER.check("high risk factors")).isEmpty();
        assertThat(CHECKER.check("high risk; factors")).hasSize(1);
        assertThat(CHECKER.check("high risk factorsx")).hasSize(1);
    }

    @Test
    void anAllowedPhraseIsSkippedWhole() {
        assertThat(CHECKER.check("a high risk of infection until the wound closes")).isEmpty();
        assertThat(CHECKER.check("low bleeding risk")).isEmpty();
        String text = "a high risk of infection, and high risk of suicide";
        assertThat(CHECKER.check(text)).singleElement().satisfies(f -> {
            assertThat(f.termKey()).isEqualTo("high-risk");
            assertThat(f.start()).isEqualTo(text.indexOf("high risk of suicide"));
        });
    }

    @Test
    void aTermMayNotRepeatAnAllowedPhrase() {
        LanguageTerm clash = LanguageTerm.of(LanguageRule.RISK_STRATIFICATION_LANGUAGE, "infection-risk",
                "Describe the wound care.", "high risk of infection");

        assertThatThrownBy(() -> LanguageChecker.builder().addTerm(clash).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("infection-risk")
                .hasMessageContaining("allowed phrase");
    }

    @Test
    void aGuardedLongerMatchFallsBackToAShorterOne() {
        LanguageChecker checker = LanguageChecker.builder()
                .addTerm(LanguageTerm.of(LanguageRule.NON_STIGMATISING_LANGUAGE, "long", "say it better",
                        "alpha beta").withUnlessFollowedBy("gamma"))
                .addTerm(LanguageTerm.of(LanguageRule.NON_STIGMATISING_LANGUAGE, "short", "say it better", "alpha"))
                .build();

        assertThat(checker.check("alpha beta gamma")).extracting(LanguageFinding::termKey).containsExactly("short");
        assertThat(checker.check("alpha beta delta")).extracting(LanguageFinding::termKey).containsExactly("long");
    }

    @Test
    void emptyAndTermFreeTextsHaveNoFindings() {
        assertThat(CHECKER.check("")).isEmpty();
        assertThat(CHECKER.check("   \n ")).isEmpty();
        assertThat(CHECKER.check("We agreed the safety plan together.")).isEmpty();
    }

    @Test
    void anyCharSequenceIsAccepted() {
        assertThat(CHECKER.check(new StringBuilder("a frequent flyer"))).hasSize(1);
    }

    @Test
    void findingsAreUnmodifiable() {
        List<LanguageFinding> findings = CHECKER.check("a cutter");

        assertThatThrownBy(findings::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void textOfTheMaximumLengthIsCheckedInFull() {
        String unit = "high risk ";
        String text = unit.repeat(LanguageChecker.MAX_TEXT_LENGTH / unit.length());

        List<LanguageFinding> findings = CHECKER.check(text);

        assertThat(text).hasSize(LanguageChecker.MAX_TEXT_LENGTH);
        assertThat(findings).hasSize(LanguageChecker.MAX_TEXT_LENGTH / unit.length());
        assertThat(findings.get(findings.size() - 1).end()).isEqualTo(text.length() - 1);
    }

    @Test
    void longerTextIsRefusedWithoutEchoingIt() {
        String text = "Zoë confided " + "x".repeat(LanguageChecker.MAX_TEXT_LENGTH);

        assertThatThrownBy(() -> CHECKER.check(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(text.length()))
                .hasMessageContaining(String.valueOf(LanguageChecker.MAX_TEXT_LENGTH))
                .hasMessageNotContaining("Zoë")
                .hasMessageNotContaining("xxx");
    }

    @Test
    void nullTextIsAProgrammingError() {
        assertThatThrownBy(() -> CHECKER.check(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }

    @Test
    void findingsNeverShowTheText() {
        String text = "Zoë Łukasz-Núñez said she is a CuTtEr and was Attention-Seeking; RISK = High";

        List<LanguageFinding> findings = CHECKER.check(text);

        assertThat(findings).hasSize(3).allSatisfy(f -> {
            assertThat(f.toString())
                    .matches("LanguageFinding\\[ruleId=[A-Z-]+, termKey=[a-z0-9-]+, start=\\d+, end=\\d+]")
                    .doesNotContain(f.matchedIn(text))
                    .doesNotContain("Zoë", "Łukasz", "said");
        });
    }

    @Test
    void standardIsSharedAndDescribesItself() {
        assertThat(LanguageChecker.standard()).isSameAs(CHECKER);
        assertThat(CHECKER.locale().toLanguageTag()).isEqualTo("en-GB");
        assertThat(CHECKER.toString()).isEqualTo("LanguageChecker[locale=en-GB, terms=" + CHECKER.terms().size() + "]");
    }
}
