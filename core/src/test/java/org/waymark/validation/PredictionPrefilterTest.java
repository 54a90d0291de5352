package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.testing.PlanArbitraries;

/**
 * The quick look before NO-RISK-PREDICTION reads a text answers as lower-casing the whole text and searching
 * it would, on any text: it only decides which texts are read, so it must never let a prediction pass.
 */
class PredictionPrefilterTest {

    private static final List<String> WORDS = List.of("risk", "likel", "liklihood", "probab", "chance", "odds", "%",
            "predict", "percent", "per cent");

    private static boolean byLowerCasing(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return WORDS.stream().anyMatch(lower::contains);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RISK", "Risk level", "unLIKELY", "Per Cent", "per\u00A0cent", "50%", "R\u0130SK", "L\u0130KELY",
        "ris\u212A", "\u212Aisk", "ODDS", "PROBABLY", "Predicted", "CHANCE", "\uD801\uDC00risk", "risk\uD801\uDC00", "ris",
        "", "brisk walk", "\u0130", "\u03A3\u03A3 risk \u03A3", "prob ab"})
    void answersAsLowerCasingTheWholeText(String text) {
        assertThat(Wording.mayPredictRisk(text)).as(text).isEqualTo(byLowerCasing(text));
    }

    @Property(tries = 2000)
    void answersAsLowerCasingTheWholeTextOnRandomText(@ForAll("texts") String text) {
        assertThat(Wording.mayPredictRisk(text)).isEqualTo(byLowerCasing(text));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.of("risk", "RISK", "Ri", "sk", "LIKEL", "li", "kl", "ihood", "PROB", "ab", "chance",
                "odds", "%", "PRE", "dict", "per", " ", "cent", "\u0130", "\u212A", "\u0131", "\u017F", "\uD801\uDC00", "\u0307");
        return Arbitraries.oneOf(PlanArbitraries.texts(), words.list().ofMaxSize(8).map(l -> String.join("", l)));
    }
}
