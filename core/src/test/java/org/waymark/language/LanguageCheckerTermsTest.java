package org.waymark.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every standard term is found in realistic sentences, in its listed variants, with the exact
 * offsets of the words. Expected matches are marked with « and » in the samples.
 */
class LanguageCheckerTermsTest {

    private static final LanguageChecker CHECKER = LanguageChecker.standard();

    static Stream<Arguments> samples() {
        return Stream.of(
                // NON-STIGMATISING-LANGUAGE
                sample("attention-seeking", "Staff described her as «attention seeking» on the ward."),
                sample("attention-seeking", "This is not «Attention-Seeking» behaviour."),
                sample("attention-seeking", "Labelled an «attentionseeker» in the letter."),
                sample("attention-seeking", "«attention\u2010seekers»"),
                sample("attention-seeking", "\u00abATTENTION   SEEKING\u00bb."),
                sample("seeking-attention", "He was «seeking attention» from staff."),
                sample("just-wants-attention", "She «just wants attention»."),
                sample("just-wants-attention", "They «did it for the attention»."),
                sample("just-wants-attention", "Cutting «only for attention», said the note."),
                sample("manipulative", "Described as «manipulative» in the referral."),
                sample("manipulative", "«Manipulators», the old notes say."),
                sample("commit-suicide", "Her brother «committed suicide» in 2019."),
                sample("commit-suicide", "afraid he will «commit\n   suicide» tonight"),
                sample("commit-self-harm", "She «committed an act of self-harm» at school."),
                sample("commit-self-harm", "«commits self injury» when alone"),
                sample("successful-suicide", "a «successful suicide» in the family"),
                sample("successful-suicide", "he «successfully committed suicide»"),
                sample("successful-suicide", "a «successful suicide attempt»"),
                sample("completed-suicide", "after a «completed suicide» in the family"),
                sample("failed-attempt", "a «failed suicide attempt» last year"),
                sample("failed-attempt", "two «unsuccessful attempts»."),
                sample("failed-attempt", "a «botched suicide»"),
                sample("not-serious-attempt", "staff felt it was «not a serious attempt»"),
                sample("not-serious-attempt", "a «half-hearted attempt»"),
                sample("not-serious-attempt", "«halfhearted suicide attempts»"),
                sample("suicide-threat", "made «suicide threats» on the phone"),
                sample("suicide-threat", "«threatened to kill himself»"),
                sample("suicide-threat", "«Threatening suicide» again"),
                sample("suicide-gesture", "a «suicidal gesture»"),
                sample("cry-for-help", "it was «a cry for help»"),
                sample("cry-for-help", "she is «just crying for help»"),
                sample("cutter", "She is a «cutter»."),
                sample("cutter", "«Cutters» often hide their arms."),
                sample("cutter", "a «self-cutter» since school"),
                sample("cutter", "the «cutter»\u2019s arms"),
                sample("self-harmer", "a known «self-harmer»"),
                sample("self-harmer", "«self injurers»"),
                sample("self-mutilator", "«self-mutilator»"),
                sample("self-mutilation", "history of «self-mutilation»"),
                sample("self-mutilation", "«self mutilating» as a teenager"),
                sample("deliberate-self-harm", "«deliberate self-harm»"),
                sample("deliberate-self-harm", "Presenting complaint: «DSH»."),
                sample("deliberate-self-harm", "«deliberately self-harmed» last night"),
                sample("frequent-flyer", "a «frequent flyer» at the emergency department"),
                sample("frequent-flyer", "«frequent fliers»"),
                sample("non-compliant", "«non-compliant» with medication"),
                sample("non-compliant", "«noncompliance» noted"),
                sample("non-compliant", "«poor compliance»"),
                sample("non-compliant", "«not compliant»"),
                sample("refused-treatment", "She «refused treatment»."),
                sample("refused-treatment", "«refuses to engage»"),
                sample("refused-treatment", "«refusing meds»"),
                sample("failed-to-engage", "«failed to engage» with the team"),
                sample("failed-to-engage", "«non-engagement»"),
                sample("time-waster", "a «time-waster»"),
                sample("time-waster", "«wasting everyone\u2019s time»"),
                sample("time-waster", "«wasting staff's time»"),
                sample("just-behavioural", "it is «purely behavioural»"),
                sample("just-behavioural", "«It\u2019s behavioural»."),
                sample("just-behavioural", "«just behavioral»"),
                sample("heartsink", "a «heartsink patient»"),
                sample("heartsink", "a real «heartsink»."),
                sample("malingering", "«malingering»"),
                sample("borderline-patient", "a «borderline patient»"),
                sample("personality-disordered", "«personality disordered»"),
                sample("substance-abuser", "«drug abuser»"),
                sample("addict", "«addicts»"),
                sample("mental-patient", "a «mental patient»"),
                // RISK-STRATIFICATION-LANGUAGE
                sample("low-risk", "assessed as «low risk» today"),
                sample("low-risk", "«low-risk»"),
                sample("low-risk", "«LOWRISK»"),
                sample("low-risk", "«low suicide risk»"),
                sample("low-risk", "«low self-harm risk»"),
                sample("low-risk", "considered to be at «low\u00a0risk»."),
                sample("medium-risk", "«medium risk»"),
                sample("moderate-risk", "«moderate-risk»"),
                sample("high-risk", "«high risk» of suicide"),
                sample("high-risk", "«High\r\nRisk»"),
                sample("high-risk", "very «high risk»"),
                sample("high-risk", "a «high-risk» patient"),
                sample("no-risk", "«no risk» to self"),
                sample("no-risk", "«nil apparent risk»"),
                sample("risk-stated-as-level", "«Risk: low»."),
                sample("risk-stated-as-level", "«risk to self is high»"),
                sample("risk-stated-as-level", "«risk of self-harm remains high»"),
                sample("risk-stated-as-level", "«risk was considered to be low»"),
                sample("risk-stated-as-level", "«risk=none»"),
                sample("risk-stated-as-level", "«risk assessed as moderate»"),
                sample("low-medium-high", "«low/medium/high»"),
                sample("low-medium-high", "«low, medium or high»"),
                sample("low-medium-high", "«High / Moderate / Low»"),
                sample("risk-level", "«risk level»"),
                sample("risk-level", "«level of risk»"),
                sample("risk-score", "«risk scores»"),
                sample("risk-rating", "«risk rating»"),
                sample("risk-category", "«risk categories»"),
                sample("risk-band", "«risk banding»"),
                sample("risk-stratified", "«risk-stratified»"),
                sample("rag-rating", "«RAG rated»"),
                sample("rag-rating", "«red/amber/green»"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("samples")
    void findsTheTermAtItsOffsets(String key, String text, int start, int end) {
        List<LanguageFinding> findings = CHECKER.check(text);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.termKey()).isEqualTo(key);
            assertThat(f.start()).isEqualTo(start);
            assertThat(f.end()).isEqualTo(end);
        });
    }

    @Test
    void everyStandardTermHasASample() {
        Set<String> sampled = samples().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        Set<String> keys = CHECKER.terms().stream().map(LanguageTerm::key).collect(Collectors.toSet());

        assertThat(sampled).containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    void everyExpandedPhraseOfEveryTermIsFoundAloneAndWhole() {
        List<String> failures = new ArrayList<>();
        for (LanguageTerm term : CHECKER.terms()) {
            for (String variant : term.variants()) {
                for (String phrase : TermPattern.expand(variant)) {
                    List<LanguageFinding> findings = CHECKER.check(phrase);
                    boolean whole = findings.size() == 1
                            && findings.get(0).termKey().equals(term.key())
                            && findings.get(0).start() == 0
                            && findings.get(0).end() == phrase.length();
                    if (!whole) {
                        failures.add(term.key() + ": " + phrase);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void rulesAreAssignedByTheTermList() {
        assertThat(CHECKER.check("a cutter")).singleElement()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo("NON-STIGMATISING-LANGUAGE"));
        assertThat(CHECKER.check("high-risk")).singleElement()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo("RISK-STRATIFICATION-LANGUAGE"));
    }

    @Test
    void theTermKeysAreStable() {
        Set<String> keys = new TreeSet<>();
        CHECKER.terms().forEach(t -> keys.add(t.rule().id() + " " + t.key()));

        assertThat(keys).containsExactlyInAnyOrder(
                "NON-STIGMATISING-LANGUAGE attention-seeking",
                "NON-STIGMATISING-LANGUAGE seeking-attention",
                "NON-STIGMATISING-LANGUAGE just-wants-attention",
                "NON-STIGMATISING-LANGUAGE manipulative",
                "NON-STIGMATISING-LANGUAGE commit-suicide",
                "NON-STIGMATISING-LANGUAGE commit-self-harm",
                "NON-STIGMATISING-LANGUAGE successful-suicide",
                "NON-STIGMATISING-LANGUAGE completed-suicide",
                "NON-STIGMATISING-LANGUAGE failed-attempt",
                "NON-STIGMATISING-LANGUAGE not-serious-attempt",
                "NON-STIGMATISING-LANGUAGE suicide-threat",
                "NON-STIGMATISING-LANGUAGE suicide-gesture",
                "NON-STIGMATISING-LANGUAGE cry-for-help",
                "NON-STIGMATISING-LANGUAGE cutter",
                "NON-STIGMATISING-LANGUAGE self-harmer",
                "NON-STIGMATISING-LANGUAGE self-mutilator",
                "NON-STIGMATISING-LANGUAGE self-mutilation",
                "NON-STIGMATISING-LANGUAGE deliberate-self-harm",
                "NON-STIGMATISING-LANGUAGE frequent-flyer",
                "NON-STIGMATISING-LANGUAGE non-compliant",
                "NON-STIGMATISING-LANGUAGE refused-treatment",
                "NON-STIGMATISING-LANGUAGE failed-to-engage",
                "NON-STIGMATISING-LANGUAGE time-waster",
                "NON-STIGMATISING-LANGUAGE just-behavioural",
                "NON-STIGMATISING-LANGUAGE heartsink",
                "NON-STIGMATISING-LANGUAGE malingering",
                "NON-STIGMATISING-LANGUAGE borderline-patient",
                "NON-STIGMATISING-LANGUAGE personality-disordered",
                "NON-STIGMATISING-LANGUAGE substance-abuser",
                "NON-STIGMATISING-LANGUAGE addict",
                "NON-STIGMATISING-LANGUAGE mental-patient",
                "RISK-STRATIFICATION-LANGUAGE low-risk",
                "RISK-STRATIFICATION-LANGUAGE medium-risk",
                "RISK-STRATIFICATION-LANGUAGE moderate-risk",
                "RISK-STRATIFICATION-LANGUAGE high-risk",
                "RISK-STRATIFICATION-LANGUAGE no-risk",
                "RISK-STRATIFICATION-LANGUAGE risk-stated-as-level",
                "RISK-STRATIFICATION-LANGUAGE low-medium-high",
                "RISK-STRATIFICATION-LANGUAGE risk-level",
                "RISK-STRATIFICATION-LANGUAGE risk-score",
                "RISK-STRATIFICATION-LANGUAGE risk-rating",
                "RISK-STRATIFICATION-LANGUAGE risk-category",
                "RISK-STRATIFICATION-LANGUAGE risk-band",
                "RISK-STRATIFICATION-LANGUAGE risk-stratified",
                "RISK-STRATIFICATION-LANGUAGE rag-rating");
    }

    /** Strips the « » markers and turns their positions into the expected offsets. */
    static Arguments sample(String key, String marked) {
        int open = marked.indexOf('\u00ab');
        int close = marked.indexOf('\u00bb');
        String text = marked.substring(0, open) + marked.substring(open + 1, close) + marked.substring(close + 1);
        return Arguments.of(key, text, open, close - 1);
    }
}
