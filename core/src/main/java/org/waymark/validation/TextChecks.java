package org.waymark.validation;

import org.waymark.language.ClinicalText;
import org.waymark.language.Concept;
import org.waymark.model.CarePlan;
import org.waymark.model.PlanPath;

/** The checks that read every piece of prose in a plan. */
final class TextChecks {

    private TextChecks() {
    }

    /**
     * NO-RISK-PREDICTION: beyond the model's structure, free text that gives a level or likelihood to the
     * person's future suicide, self-harm or repetition, or to their risk as a whole. One finding per field,
     * at its first prediction.
     */
    static void noRiskPrediction(CarePlan plan, Evaluation ev, Emitter out) {
        Evaluation.FreeText last = null;
        for (Evaluation.Prediction p : ev.predictions()) {
            if (p.text() != last) {
                out.report(p.path(), "assignsRiskLevel", Param.START.of(p.start()), Param.END.of(p.end()),
                        Param.TERM.of(quote(p.text(), p.start(), p.end())));
            }
            last = p.text();
        }
    }

    /** NON-STIGMATISING-LANGUAGE, from the text checker. */
    static void stigmatising(CarePlan plan, Evaluation ev, Emitter out) {
        for (Evaluation.LanguageMatch lm : ev.languageMatches()) {
            if (lm.match().ruleId().equals(RuleId.NON_STIGMATISING_LANGUAGE.id())) {
                report(ev, lm, out);
            }
        }
    }

    /**
     * RISK-STRATIFICATION-LANGUAGE, from the text checker: stratifying words that predict nothing. Words that
     * are part of a prediction are reported once, under NO-RISK-PREDICTION; words that are negated or hedged
     * ("we do not use high-risk labels", "she asked whether she was high risk") are not reported.
     */
    static void stratifying(CarePlan plan, Evaluation ev, Emitter out) {
        for (Evaluation.LanguageMatch lm : ev.languageMatches()) {
            if (lm.match().ruleId().equals(RuleId.RISK_STRATIFICATION_LANGUAGE.id()) && !inPrediction(ev, lm)
                    && !negatedOrHedged(ev, lm)) {
                report(ev, lm, out);
            }
        }
    }

    private static void report(Evaluation ev, Evaluation.LanguageMatch lm, Emitter out) {
        TextMatch m = lm.match();
        out.report(lm.path(), "term", Param.TERM_KEY.of(m.termKey()), Param.START.of(m.start()), Param.END.of(m.end()),
                Param.SUGGESTION.of(m.suggestion()), Param.TERM.of(quote(lm.text(), m.start(), m.end())));
    }

    /** The words a finding is about, as written, with line breaks and runs of spaces made single spaces. */
    private static String quote(Evaluation.FreeText free, int start, int end) {
        String text = free.text();
        if (end > text.length()) {
            return null;
        }
        return text.substring(start, end).replaceAll("\\s+", " ");
    }

    private static boolean inPrediction(Evaluation ev, Evaluation.LanguageMatch lm) {
        for (Wording.Span p : ev.predictions(lm.text())) {
            if (p.start() < lm.match().end() && lm.match().start() < p.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether a match is negated or hedged in its text: its first word that is not itself a negation
     * ("no" in "no risk score") lies within the scope of a negation or hedge.
     */
    private static boolean negatedOrHedged(Evaluation ev, Evaluation.LanguageMatch lm) {
        for (ClinicalText.Phrase p : ev.read(lm.text()).phrases()) {
            if (p.start() < lm.match().end() && lm.match().start() < p.end()
                    && !p.is(Concept.NEGATION_PRE) && !p.is(Concept.NIL)) {
                return !p.isAffirmed();
            }
        }
        return false;
    }
}
