package org.waymark.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small stand-in for {@code org.waymark.language.LanguageChecker}, for tests only: a few terms of
 * each language rule, matched as whole words.
 */
final class FallbackTextChecker implements TextChecker {

    static final FallbackTextChecker INSTANCE = new FallbackTextChecker();

    private record Term(String ruleId, String key, Pattern pattern, String suggestion) {
    }

    private static final List<Term> TERMS = List.of(
            term(RuleId.NON_STIGMATISING_LANGUAGE.id(), "attention-seeking", "attention[- ]seeking", "seeking connection or help"),
            term(RuleId.NON_STIGMATISING_LANGUAGE.id(), "manipulative", "manipulative", "trying to get needs met"),
            term(RuleId.NON_STIGMATISING_LANGUAGE.id(), "commit-suicide", "commit(?:ted|s)? suicide", "died by suicide"),
            term(RuleId.NON_STIGMATISING_LANGUAGE.id(), "failed-attempt", "failed (?:suicide )?attempt", "survived a suicide attempt"),
            term(RuleId.NON_STIGMATISING_LANGUAGE.id(), "cutter", "cutters?", "a person who self-harms by cutting"),
            term(RuleId.RISK_STRATIFICATION_LANGUAGE.id(), "low-risk", "low[- ]risk", null),
            term(RuleId.RISK_STRATIFICATION_LANGUAGE.id(), "medium-risk", "medium[- ]risk", null),
            term(RuleId.RISK_STRATIFICATION_LANGUAGE.id(), "high-risk", "high[- ]risk", null));

    private static Term term(String ruleId, String key, String regex, String suggestion) {
        return new Term(ruleId, key, Pattern.compile("\\b" + regex + "\\b", Pattern.CASE_INSENSITIVE), suggestion);
    }

    private FallbackTextChecker() {
    }

    @Override
    public List<TextMatch> check(CharSequence text) {
        List<TextMatch> out = new ArrayList<>();
        for (Term t : TERMS) {
            Matcher m = t.pattern.matcher(text);
            while (m.find()) {
                out.add(new TextMatch(t.ruleId, t.key, m.start(), m.end(), t.suggestion));
            }
        }
        return out;
    }
}
