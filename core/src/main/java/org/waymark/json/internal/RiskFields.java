package org.waymark.json.internal;

import org.waymark.validation.RuleId;

/**
 * Field names that would carry a risk score, probability or risk level, which a document may not
 * hold anywhere (NICE NG225 1.6.1 to 1.6.4): the reader refuses them by name, before it asks whether
 * the field is known.
 */
final class RiskFields {

    /** The rule a document with such a field breaks. */
    static final String RULE = RuleId.NO_RISK_PREDICTION.id();

    private static final String[] FORBIDDEN = {
        "riskscore", "risklevel", "riskband", "riskrating", "riskcategory", "riskgrade", "risktier",
        "riskstratification", "riskstratum", "riskprediction", "predictedrisk", "suicideprobability",
        "probability", "likelihood", "ragrating", "riskrag", "overallrisk"
    };

    private RiskFields() {
    }

    /**
     * Tells whether a field name denotes a risk score, probability or risk level: its letters, in
     * lower case and without separators, contain one of the forbidden words.
     */
    static boolean isForbidden(String name) {
        StringBuilder letters = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                letters.append((char) (c + ('a' - 'A')));
            } else if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        String n = letters.toString();
        for (String f : FORBIDDEN) {
            if (n.contains(f)) {
                return true;
            }
        }
        return false;
    }
}
