package org.waymark.templates.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.templates.content.internal.ContentReader;

/**
 * No shipped string uses stigmatising language or sorts people into risk levels (NICE NG225 1.6.3; CG133,
 * non-judgemental approach).
 * <p>
 * TODO(templates issue): replace {@link #TERMS} with org.waymark.language.LanguageChecker once it lands.
 */
class ShippedLanguageTest {

    /** Stigmatising and risk-stratification terms, matched on word boundaries, ignoring case. */
    static final List<Pattern> TERMS = List.of(
            term("attention[- ]seek\\w*"),
            term("manipulative"),
            term("commit(s|ted|ting)? suicide"),
            term("failed (suicide )?attempts?"),
            term("successful (suicide|attempt)s?"),
            term("cutters?"),
            term("self[- ]?mutilat\\w*"),
            term("(low|medium|moderate|high)[- ]risk"),
            term("risk[- ](levels?|scores?|ratings?|categor(y|ies)|strat\\w*)"),
            term("non[- ]?complian(t|ce)"),
            term("frequent[- ]fl(y|i)ers?"),
            term("suicid(e|al) (gestures?|threats?)"),
            term("just wants attention"));

    private static Pattern term(String regex) {
        return Pattern.compile("\\b" + regex + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static List<String> hits(String text) {
        List<String> hits = new ArrayList<>();
        for (Pattern p : TERMS) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                hits.add(m.group());
            }
        }
        return hits;
    }

    @Test
    void noShippedStringUsesAListedTerm() {
        List<String> found = new ArrayList<>();
        int checked = 0;
        for (Locale locale : ContentLibrary.availableLocales()) {
            for (ContentText text : ContentLibrary.load(locale).texts()) {
                checked++;
                hits(text.text()).forEach(h -> found.add(locale.toLanguageTag() + " " + text.path() + ": " + h));
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(found).isEmpty();
    }

    @Test
    void noResourceFileUsesAListedTermAnywhereIncludingIds() throws IOException {
        List<String> found = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of(ContentReader.BASE + "locales.json"));
        for (Locale locale : ContentLibrary.availableLocales()) {
            for (String file : ContentReader.FILES) {
                names.add(ContentReader.BASE + locale.toLanguageTag() + "/" + file);
            }
        }
        for (String name : names) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
                assertThat(in).as(name).isNotNull();
                String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                hits(json).forEach(h -> found.add(name + ": " + h));
            }
        }
        assertThat(names).hasSize(1 + 5 * ContentLibrary.availableLocales().size());
        assertThat(found).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "She is attention-seeking.", "attention seeking behaviour", "a manipulative act", "he committed suicide",
        "to commit suicide", "a failed attempt", "a failed suicide attempt", "a successful suicide", "a cutter",
        "self-mutilation", "selfmutilating", "Self mutilates", "LOW RISK", "medium-risk", "moderate risk",
        "high risk of suicide", "risk level", "risk score", "risk rating", "risk stratification",
        "non-compliant", "noncompliance", "a frequent flyer", "suicide gesture", "suicidal threats",
        "she just wants attention"})
    void theTermListCatchesEachTerm(String text) {
        assertThat(hits(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "highlight the risks", "a moderate amount", "high levels of stress", "risk formulation",
        "the risks identified", "paper cut", "attention to detail", "We will respect that.",
        "what leads up to self-harm", "score on a test"})
    void theTermListLeavesOrdinaryWordsAlone(String text) {
        assertThat(hits(text)).isEmpty();
    }
}
