package org.waymark.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The variant syntax and the checks a term makes on itself. */
class LanguageTermTest {

    private static final LanguageRule RULE = LanguageRule.NON_STIGMATISING_LANGUAGE;

    @Test
    void aHyphenMayAlsoBeAbsent() {
        assertThat(TermPattern.expand("attention-seeking"))
                .containsExactly("attention seeking", "attentionseeking");
    }

    @Test
    void aSpaceIsARequiredGap() {
        assertThat(TermPattern.expand("commit suicide")).containsExactly("commit suicide");
    }

    @Test
    void alternativesAndOptionalGroupsExpand() {
        assertThat(TermPattern.expand("[a|an] x|y"))
                .containsExactlyInAnyOrder("x", "y", "a x", "a y", "an x", "an y");
        assertThat(TermPattern.expand("risk [to self] high"))
                .containsExactlyInAnyOrder("risk high", "risk to self high");
    }

    @Test
    void punctuationMayHaveWhiteSpaceAroundIt() {
        assertThat(TermPattern.expand("risk : low"))
                .containsExactlyInAnyOrder("risk : low", "risk :low", "risk: low", "risk:low");
    }

    @Test
    void patternsAreFoldedLikeText() {
        assertThat(TermPattern.expand("IT\u2019S")).containsExactly("it's");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "  ", "[a", "a]", "[a [b]]", "a||b", "|a", "a|", "-a", "a-", "a--b", "a - b", "[a]",
        ": low", "low :", "x\u00a0y", "a[b]c"
    })
    void malformedVariantsAreRejected(String variant) {
        assertThatThrownBy(() -> LanguageTerm.of(RULE, "key", "suggestion", variant))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVariantThatExpandsWithoutBoundIsRejected() {
        String alternatives = "a|b|c|d|e|f|g|h|i|j";
        String variant = String.join(" ", List.of(alternatives, alternatives, alternatives, alternatives, alternatives));

        assertThatThrownBy(() -> LanguageTerm.of(RULE, "key", "suggestion", variant))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Upper", "two words", "trailing-", "-leading", "a--b", "under_score"})
    void keysAreLowerCaseWordsJoinedByHyphens(String key) {
        assertThatThrownBy(() -> LanguageTerm.of(RULE, key, "suggestion", "word"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTermNeedsVariantsAndASuggestion() {
        assertThatThrownBy(() -> LanguageTerm.of(RULE, "key", "suggestion"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LanguageTerm.of(RULE, "key", " ", "word"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LanguageTerm.of(null, "key", "suggestion", "word"))
                .isInstanceOf(NullPointerException.class).hasMessage("rule");
    }

    @Test
    void guardWordsAreFoldedSingleWords() {
        LanguageTerm term = LanguageTerm.of(RULE, "key", "suggestion", "word")
                .withUnlessFollowedBy("Factors", "FACTORS")
                .withUnlessPrecededBy("Box");

        assertThat(term.unlessFollowedBy()).containsExactly("factors");
        assertThat(term.unlessPrecededBy()).containsExactly("box");
        assertThatThrownBy(() -> term.withUnlessFollowedBy("two words"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> term.withUnlessFollowedBy(""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> term.withUnlessPrecededBy("x".repeat(PhraseMatcher.MAX_GUARD_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void componentsAreCopied() {
        List<String> variants = new java.util.ArrayList<>(List.of("word"));
        LanguageTerm term = new LanguageTerm(RULE, "key", variants, "suggestion", java.util.Set.of(), java.util.Set.of());
        variants.add("other");

        assertThat(term.variants()).containsExactly("word");
        assertThatThrownBy(() -> term.variants().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> term.unlessFollowedBy().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
