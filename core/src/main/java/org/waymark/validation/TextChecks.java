package org.waymark.validation;

import java.util.regex.Matcher;
import org.waymark.model.CarePlan;

/** The checks that read every free-text field of a plan. */
final class TextChecks {

    private TextChecks() {
    }

    /** NO-RISK-PREDICTION: beyond the model's structure, free text that assigns a risk level, score or probability. */
    static void noRiskPrediction(CarePlan plan, Evaluation ev, Emitter out) {
        for (TextWalker.TextField t : ev.texts()) {
            if (!Wording.mayPredictRisk(t.text())) {
                continue;
            }
            Matcher m = Wording.RISK_PREDICTION.matcher(t.text());
            if (m.find()) {
                out.report(t.path(), "assignsRiskLevel", Param.START.of(m.start()), Param.END.of(m.end()));
            }
        }
    }

    /** NON-STIGMATISING-LANGUAGE, from the text checker. */
    static void stigmatising(CarePlan plan, Evaluation ev, Emitter out) {
        language(ev, out, RuleId.NON_STIGMATISING_LANGUAGE);
    }

    /** RISK-STRATIFICATION-LANGUAGE, from the text checker. */
    static void stratifying(CarePlan plan, Evaluation ev, Emitter out) {
        language(ev, out, RuleId.RISK_STRATIFICATION_LANGUAGE);
    }

    private static void language(Evaluation ev, Emitter out, RuleId rule) {
        for (Evaluation.LanguageMatch lm : ev.languageMatches()) {
            TextMatch m = lm.match();
            if (m.ruleId().equals(rule.id())) {
                out.report(lm.path(), "term", Param.TERM_KEY.of(m.termKey()), Param.START.of(m.start()), Param.END.of(m.end()),
                        Param.SUGGESTION.of(m.suggestion()));
            }
        }
    }
}
