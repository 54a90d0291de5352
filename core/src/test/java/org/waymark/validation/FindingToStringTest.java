package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.validation.Plans.adult;
import static org.waymark.validation.Plans.validate;

import org.junit.jupiter.api.Test;
import org.waymark.model.CarePlan;

/**
 * A finding's {@code toString()} can be logged: it shows the rule, severity, path, message key and
 * parameters, but not the message nor the words of the plan's text a language or prediction finding
 * quotes, which only the message a clinician reads beside the plan carries.
 */
class FindingToStringTest {

    @Test
    void theWordsALanguageFindingQuotesAreInItsMessageButNotInItsToString() {
        CarePlan plan = adult().withGoals(Plans.with(adult().goals(), 0,
                g -> g.withStatement("SECRET-WORDS she was attention-seeking at the time")));

        Finding f = validate(plan, Stage.DRAFT).byRule("NON-STIGMATISING-LANGUAGE").get(0);

        assertThat(f.message()).contains("attention-seeking");
        assertThat((String) f.parameter("term")).contains("attention-seeking");
        assertThat(f.toString())
                .contains("NON-STIGMATISING-LANGUAGE", "goals[0].statement", "NON-STIGMATISING-LANGUAGE.term", "termKey=")
                .doesNotContain("attention-seeking at", "SECRET")
                .doesNotContain("term=attention-seeking");
    }

    @Test
    void aPredictionFindingsToStringLeavesOutTheQuotedWords() {
        CarePlan plan = adult().withGoals(Plans.with(adult().goals(), 0,
                g -> g.withStatement("SECRET-WORDS felt to be low risk of repeating")));

        Finding f = validate(plan, Stage.DRAFT).byRule("NO-RISK-PREDICTION").get(0);

        assertThat(f.message()).contains("low risk");
        assertThat(f.toString()).contains("NO-RISK-PREDICTION", "start=", "end=").doesNotContain("low risk", "SECRET");
    }
}
