package org.waymark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.json.PlanJson;
import org.waymark.model.CarePlan;

/** {@code waymark new --locale} follows the library's locale policy. */
class NewCommandLocaleTest {

    @ParameterizedTest
    @ValueSource(strings = {"en-CA", "en-AU", "en"})
    void otherEnglishHasWordsButNoCrisisContactsSoNoDraftIsWritten(String tag) {
        WaymarkCliTest.Run r = WaymarkCliTest.run("new", "--template", "safety-plan", "--locale", tag, "--date", "2026-11-23");

        assertThat(r.code()).isEqualTo(Waymark.UNREADABLE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no content (crisis lines and emergency numbers) for locale " + tag)
                .contains("en-GB").contains("en-US");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr-FR", "und", "not a tag"})
    void anotherLanguageIsRefusedNamingTheTemplatesLocales(String tag) {
        WaymarkCliTest.Run r = WaymarkCliTest.run("new", "--template", "safety-plan", "--locale", tag);

        assertThat(r.code()).isEqualTo(Waymark.UNREADABLE);
        assertThat(r.err()).contains("template 'safety-plan' has no locale '" + tag + "'").contains("[en-GB, en-US]");
    }

    @Test
    void theSupportedLocalesStillMakeADraftInThePersonsLocale() {
        WaymarkCliTest.Run r = WaymarkCliTest.run("new", "--template", "safety-plan", "--locale", "en-US", "--date", "2026-11-23");

        assertThat(r.code()).isZero();
        CarePlan plan = PlanJson.read(r.out());
        assertThat(plan.person().locale().toLanguageTag()).isEqualTo("en-US");
        assertThat(plan.contacts()).anySatisfy(c -> assertThat(c.phone()).isEqualTo("988"));
    }
}
