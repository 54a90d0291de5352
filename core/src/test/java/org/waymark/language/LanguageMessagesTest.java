package org.waymark.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped resources: suggestions for every term, none stigmatising, and a well-formed list. */
class LanguageMessagesTest {

    @Test
    void everyTermHasASuggestionAndEverySuggestionATerm() {
        ResourceBundle base = ResourceBundle.getBundle(StandardTerms.MESSAGES, Locale.ROOT);

        assertThat(Collections.list(base.getKeys()))
                .containsExactlyInAnyOrderElementsOf(
                        StandardTerms.specs().stream().map(StandardTerms.Spec::key).collect(Collectors.toList()));
    }

    @Test
    void britishEnglishResolvesToTheBaseSuggestions() {
        ResourceBundle base = ResourceBundle.getBundle(StandardTerms.MESSAGES, Locale.ROOT);
        ResourceBundle british = ResourceBundle.getBundle(StandardTerms.MESSAGES, Locale.forLanguageTag("en-GB"));

        for (StandardTerms.Spec spec : StandardTerms.specs()) {
            assertThat(british.getString(spec.key())).isEqualTo(base.getString(spec.key()));
        }
    }

    @Test
    void noSuggestionUsesLanguageTheCheckerWouldReport() {
        LanguageChecker checker = LanguageChecker.standard();

        assertThat(checker.terms())
                .allSatisfy(t -> assertThat(checker.check(t.suggestion())).as(t.key()).isEmpty());
    }

    @Test
    void bothRulesHaveTerms() {
        assertThat(StandardTerms.specs().stream().map(StandardTerms.Spec::rule).distinct())
                .containsExactlyInAnyOrder(LanguageRule.values());
        assertThat(StandardTerms.specs().stream()
                .filter(s -> s.rule() == LanguageRule.NON_STIGMATISING_LANGUAGE)).hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void theTermListFormatReportsTheLineOfAnError() {
        assertThatThrownBy(() -> parse("[NO-SUCH-RULE]\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> parse("cutter = cutter\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> parse("[NON-STIGMATISING-LANGUAGE]\n# note\ncutter\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 3");
        assertThatThrownBy(() -> parse("[NON-STIGMATISING-LANGUAGE]\ncutter.unless-preceded-by = box\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> parse("[NON-STIGMATISING-LANGUAGE]\nx = a\n[RISK-STRATIFICATION-LANGUAGE]\nx = b\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 4");
        assertThatThrownBy(() -> parse("[NON-STIGMATISING-LANGUAGE]\nx = [a\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> parse("[ALLOWED]\nx = a b\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 2");
    }

    @Test
    void theTermListFormatCollectsVariantsAndGuards() throws Exception {
        var contents = parse("[RISK-STRATIFICATION-LANGUAGE]\nx = a\nx = b c\nx.unless-followed-by = d e\n"
                + "[ALLOWED]\nallowed = a b\n");

        assertThat(contents.allowed()).containsExactly("a b");
        assertThat(contents.specs()).singleElement().satisfies(s -> {
            assertThat(s.rule()).isEqualTo(LanguageRule.RISK_STRATIFICATION_LANGUAGE);
            assertThat(s.variants()).containsExactly("a", "b c");
            assertThat(s.unlessFollowedBy()).containsExactlyInAnyOrder("d", "e");
            assertThat(s.unlessPrecededBy()).isEmpty();
        });
    }

    private static StandardTerms.Contents parse(String text) throws Exception {
        return StandardTerms.parse(new BufferedReader(new StringReader(text)));
    }
}
