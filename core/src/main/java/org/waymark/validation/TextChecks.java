package org.waymark.validation;

import java.util.regex.Matcher;
import org.waymark.model.CarePlan;

/** The checks that read every free-text field of a plan. */
final class TextChecks {

    static final String STIGMATISING = "NON-STIGMATISING-LANGUAGE";
    static final String STRATIFYING = "RISK-STRATIFICATION-LANGUAGE";

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
                out.report(t.path(), "assignsRiskLevel", "start", m.start(), "end", m.end());
            }
        }
    }

    /** NON-STIGMATISING-LANGUAGE, from the text checker. */
    static void stigmatising(CarePlan plan, Evaluation ev, Emitter out) {
        language(ev, out, STIGMATISING);
    }

    /** RISK-STRATIFICATION-LANGUAGE, from the text checker. */
    static void stratifying(CarePlan plan, Evaluation ev, Emitter out) {
        language(ev, out, STRATIFYING);
    }

    private static void language(Evaluation ev, Emitter out, String ruleId) {
        for (Evaluation.LanguageMatch lm : ev.languageMatches()) {
            TextMatch m = lm.match();
            if (m.ruleId().equals(ruleId)) {
                out.report(lm.path(), "term", "termKey", m.termKey(), "start", m.start(), "end", m.end(),
                        "suggestion", m.suggestion());
            }
        }
    }
}
