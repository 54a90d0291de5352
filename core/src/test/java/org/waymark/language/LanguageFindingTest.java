package org.waymark.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LanguageFindingTest {

    private static final LanguageFinding FINDING =
            new LanguageFinding(LanguageRule.NON_STIGMATISING_LANGUAGE, "cutter", 2, 8, "Say something kinder.");

    @Test
    void describesItselfByRuleKeyAndOffsetsOnly() {
        assertThat(FINDING).hasToString(
                "LanguageFinding[ruleId=NON-STIGMATISING-LANGUAGE, termKey=cutter, start=2, end=8]");
    }

    @Test
    void ruleIdAndLengthComeFromTheComponents() {
        assertThat(FINDING.ruleId()).isEqualTo("NON-STIGMATISING-LANGUAGE");
        assertThat(FINDING.length()).isEqualTo(6);
    }

    @Test
    void matchedInReturnsTheWordsOfTheGivenText() {
        assertThat(FINDING.matchedIn("a cutter.")).isEqualTo("cutter");
    }

    @Test
    void matchedInAShorterTextFailsWithoutEchoingIt() {
        assertThatThrownBy(() -> FINDING.matchedIn("Zoë"))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("8")
                .hasMessageNotContaining("Zoë");
    }

    @Test
    void offsetsMustBeAnOrderedNonEmptyRange() {
        assertThatThrownBy(() -> new LanguageFinding(LanguageRule.RISK_STRATIFICATION_LANGUAGE, "high-risk", -1, 3, "s"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LanguageFinding(LanguageRule.RISK_STRATIFICATION_LANGUAGE, "high-risk", 3, 3, "s"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void componentsAreRequired() {
        assertThatThrownBy(() -> new LanguageFinding(null, "k", 0, 1, "s")).hasMessage("rule");
        assertThatThrownBy(() -> new LanguageFinding(LanguageRule.RISK_STRATIFICATION_LANGUAGE, null, 0, 1, "s"))
                .hasMessage("termKey");
        assertThatThrownBy(() -> new LanguageFinding(LanguageRule.RISK_STRATIFICATION_LANGUAGE, "k", 0, 1, null))
                .hasMessage("suggestion");
    }

    @Test
    void rulesHaveTheirCatalogueIdsAndCitations() {
        assertThat(LanguageRule.NON_STIGMATISING_LANGUAGE.id()).isEqualTo("NON-STIGMATISING-LANGUAGE");
        assertThat(LanguageRule.RISK_STRATIFICATION_LANGUAGE.id()).isEqualTo("RISK-STRATIFICATION-LANGUAGE");
        assertThat(org.waymark.validation.RuleId.of(LanguageRule.RISK_STRATIFICATION_LANGUAGE).citation()).isEqualTo("NG225 1.6.3");
        assertThat(LanguageRule.ofId("RISK-STRATIFICATION-LANGUAGE")).contains(LanguageRule.RISK_STRATIFICATION_LANGUAGE);
        assertThat(LanguageRule.ofId("NO-RISK-PREDICTION")).isEmpty();
    }
}
