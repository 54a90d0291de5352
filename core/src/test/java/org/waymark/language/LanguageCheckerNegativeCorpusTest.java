package org.waymark.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Legitimate clinical text is not reported: formulation language, comparatives, tools named in
 * a safety plan, wounds, and words that merely contain a term.
 */
class LanguageCheckerNegativeCorpusTest {

    private static final LanguageChecker CHECKER = LanguageChecker.standard();

    /** A plan written the way the guidance asks, full of near misses. */
    private static final String PLAN = """
            Risk formulation, agreed with Sam on 3 March.
            Risk factors: low mood, a recent relationship ending, alcohol at weekends.
            Protective factors: her sister, her dog, college, reasons for living.
            Risks: the immediate and longer-term risks are listed in the risk management plan,
            with what increases or reduces each of them. Specific risk factors and protective
            factors are reviewed at every appointment. No risk factors for infection were seen.
            Sam says lower-risk ways of coping help; she wants a higher chance of sleeping well.
            People who self-harm are at higher risk of suicide than others; we name that risk
            and what helps rather than a level.
            Relapse prevention: identify high-risk situations, high-risk times and high risk
            moments; risk-taking when drinking is a pattern to notice.
            Safety plan step 6: the box cutter, the wire cutters and the bolt cutters are
            kept at her brother's; the craft cutter blades are gone.
            She sought attention for the wound at the emergency department and was refused
            treatment there, which we have raised with the hospital.
            A failed attempt to reach the crisis line left her frustrated; a successful attempt to
            call her sister helped. Staff completed suicide prevention training last month.
            Infection risk is low now the wound has closed. The level of support is high.
            The risk of harm from others is part of the formulation; the risk is reduced when
            she is with friends. Mood: low.
            Risk factors discussed.
            Behavioural activation and it's behavioural therapy she prefers; only behavioural
            interventions had been tried before. Picking and manipulating the wound, and wound
            manipulation, are recorded as methods. Seeking medical attention is in the plan.
            She has low self-esteem, high expressed emotion at home, a low income, medium-term
            goals for college, and a moderate amount of homework. The Deliberate Self-Harm
            Inventory was completed as a description, not a score. There is no risk-free option.
            She walked at a brisk pace along the highway, past an asterisk on the frisk sign.
            Zoë Łukasz-Núñez cut herself; cutting eased the numbness.
            """;

    @Test
    void aCarefulPlanHasNoFindings() {
        assertThat(CHECKER.check(PLAN)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "risk factors", "risks", "risk management plan", "immediate and longer-term risks",
        "protective factors", "risk formulation", "risk assessment", "at risk", "risk-taking",
        "highway", "brisk", "Brisk", "frisk", "asterisk", "whisk", "lower-risk", "higher risk",
        "lowered risk", "increased risk", "highest", "lowrider", "high-quality", "low mood",
        "high school", "medium-term", "moderately", "bolt cutters", "wire-cutter", "box cutter",
        "nail cutters", "cutter blade", "cutting", "commitment", "suicide prevention",
        "suicidal thoughts", "attention", "seeking support", "seeking help", "manipulation",
        "compliant", "compliance with the plan", "refusal", "declined treatment",
        "was refused treatment", "engaged well", "behavioural activation", "behavioural",
        "heart", "levelled", "score", "rating scale", "category", "band", "red", "amber",
        "low/high contrast", "high-risk situations", "low risk factors", "no risk factors",
        "no risk management plan yet", "mood: low", "risk: low mood", "risk: low self-esteem",
        "infection risk is low", "low\n\nrisk", "high\n\n\nrisk", "high\u2029risk",
        "completed suicide prevention training", "a failed attempt to call",
        "sought attention for the cut", "seeking attention at A&E",
        "Deliberate Self-Harm Inventory", "dshi", "addiction", "addicted",
        "high risk of infection", "a low risk of scarring", "high bleeding risk"
    })
    void nearMissIsNotReported(String text) {
        assertThat(CHECKER.check(text)).isEmpty();
    }
}
