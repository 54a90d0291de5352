package org.waymark.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class LanguageCheckerBuilderTest {

    private static final LanguageTerm SECTIONED_FOR_OWN_GOOD = LanguageTerm.of(
            LanguageRule.NON_STIGMATISING_LANGUAGE, "for-their-own-good", "Describe the reason for the decision.",
            "for his|her|their own good");

    @Test
    void aDefaultBuilderMatchesTheStandardChecker() {
        LanguageChecker built = LanguageChecker.builder().build();

        assertThat(built.terms()).isEqualTo(LanguageChecker.standard().terms());
        assertThat(built.locale()).isEqualTo(Locale.forLanguageTag("en-GB"));
    }

    @Test
    void anAddedTermIsFoundWithItsOwnSuggestion() {
        LanguageChecker checker = LanguageChecker.builder().addTerm(SECTIONED_FOR_OWN_GOOD).build();

        assertThat(checker.check("admitted for her own good")).singleElement().satisfies(f -> {
            assertThat(f.termKey()).isEqualTo("for-their-own-good");
            assertThat(f.ruleId()).isEqualTo("NON-STIGMATISING-LANGUAGE");
            assertThat(f.start()).isEqualTo(9);
            assertThat(f.suggestion()).isEqualTo("Describe the reason for the decision.");
        });
        assertThat(checker.check("a cutter")).hasSize(1);
    }

    @Test
    void anAddedTermWithAStandardKeyReplacesIt() {
        LanguageChecker checker = LanguageChecker.builder()
                .addTerm(LanguageTerm.of(LanguageRule.NON_STIGMATISING_LANGUAGE, "cutter", "Say who they are.",
                        "slasher"))
                .build();

        assertThat(checker.check("a cutter")).isEmpty();
        assertThat(checker.check("a slasher")).extracting(LanguageFinding::termKey).containsExactly("cutter");
    }

    @Test
    void aRemovedTermIsNotFound() {
        LanguageChecker checker = LanguageChecker.builder().removeTerm("malingering").build();

        assertThat(checker.check("malingering")).isEmpty();
        assertThat(checker.terms()).hasSize(LanguageChecker.standard().terms().size() - 1);
    }

    @Test
    void removingAnUnknownTermIsAnError() {
        assertThatThrownBy(() -> LanguageChecker.builder().removeTerm("no-such-term"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-term");
    }

    @Test
    void twoTermsMayNotShareAPhrase() {
        LanguageTerm clash = LanguageTerm.of(LanguageRule.RISK_STRATIFICATION_LANGUAGE, "risk-colour",
                "Describe the risks.", "red amber green");

        assertThatThrownBy(() -> LanguageChecker.builder().addTerm(clash).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rag-rating")
                .hasMessageContaining("risk-colour");
    }

    @Test
    void aHostBundleTranslatesSuggestionsAndFallsBackForMissingKeys() {
        ResourceBundle french = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"cutter", "Dire « personne qui se fait du mal en se coupant »."}};
            }
        };

        LanguageChecker checker = LanguageChecker.builder().locale(Locale.FRENCH).messages(french).build();

        assertThat(checker.locale()).isEqualTo(Locale.FRENCH);
        assertThat(checker.check("a cutter")).singleElement()
                .satisfies(f -> assertThat(f.suggestion()).startsWith("Dire"));
        assertThat(checker.check("a frequent flyer")).singleElement()
                .satisfies(f -> assertThat(f.suggestion()).isEqualTo(suggestionOf("frequent-flyer")));
    }

    @Test
    void aLocaleWithoutABundleUsesTheBaseSuggestions() {
        LanguageChecker checker = LanguageChecker.builder().locale(Locale.forLanguageTag("cy-GB")).build();

        assertThat(checker.terms()).isEqualTo(LanguageChecker.standard().terms());
    }

    @Test
    void theBuilderRejectsNulls() {
        LanguageChecker.Builder builder = LanguageChecker.builder();

        assertThatThrownBy(() -> builder.locale(null)).hasMessage("locale");
        assertThatThrownBy(() -> builder.messages(null)).hasMessage("messages");
        assertThatThrownBy(() -> builder.addTerm(null)).hasMessage("term");
        assertThatThrownBy(() -> builder.removeTerm(null)).hasMessage("key");
    }

    private static String suggestionOf(String key) {
        return LanguageChecker.standard().terms().stream()
                .filter(t -> t.key().equals(key))
                .findFirst()
                .orElseThrow()
                .suggestion();
    }
}
