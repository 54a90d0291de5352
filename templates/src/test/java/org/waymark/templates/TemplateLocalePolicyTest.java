package org.waymark.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.locale.SupportedLocale;
import org.waymark.locale.UnsupportedLocaleException;
import org.waymark.model.CarePlan;
import org.waymark.model.Contact;
import org.waymark.model.Person;
import org.waymark.templates.content.ContentLibrary;
import org.waymark.templates.content.CrisisResource;
import org.waymark.templates.content.CrisisResourceKind;

/**
 * Templates and the content library follow the one locale policy: a template's words by the fallback chain,
 * crisis content only for the person's own language and country, and one typed refusal.
 */
class TemplateLocalePolicyTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 23);
    private static final TemplateLibrary LIBRARY = TemplateLibrary.standard();

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-US", "en", "en-CA", "en-AU", "en-IE", "en-NZ", "en-GB-x-nhs", "en-US-u-ca-gregory"})
    void everyTemplateGivesTheWordsOfTheResolvedLocale(String tag) {
        Locale requested = Locale.forLanguageTag(tag);
        Locale resolved = SupportedLocale.resolve(requested).locale();
        for (Template t : LIBRARY.templates()) {
            assertThat(t.text(requested)).as(t.id() + " in " + tag).isSameAs(t.text(resolved));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr-FR", "de-DE", "es-US", "cy-GB", "und"})
    void anotherLanguageIsRefusedWithTheTypedExceptionNamingTheTemplatesLocales(String tag) {
        Locale requested = Locale.forLanguageTag(tag);
        for (Template t : LIBRARY.templates()) {
            assertThatThrownBy(() -> t.text(requested))
                    .isInstanceOf(UnsupportedLocaleException.class)
                    .hasMessageContaining(requested.toLanguageTag()).hasMessageContaining(t.id())
                    .satisfies(e -> assertThat(((UnsupportedLocaleException) e).available()).isEqualTo(List.copyOf(t.locales())));
            if (!tag.equals("und")) {  // a person's locale names a language
                assertThatThrownBy(() -> t.instantiate("plan-1", Person.of("p-1", requested), START))
                        .isInstanceOf(UnsupportedLocaleException.class);
            }
        }
    }

    @Test
    void nullIsAProgrammingError() {
        Template t = LIBRARY.require(TemplateLibrary.SAFETY_PLAN);

        assertThatNullPointerException().isThrownBy(() -> t.text(null));
        assertThatNullPointerException().isThrownBy(() -> ContentLibrary.load(null));
        assertThatNullPointerException().isThrownBy(() -> ContentLibrary.find(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-US", "en-GB-x-nhs", "en-Latn-US"})
    void contentIsFoundByLanguageAndCountry(String tag) {
        Locale requested = Locale.forLanguageTag(tag);
        Locale country = new Locale(requested.getLanguage(), requested.getCountry());

        assertThat(ContentLibrary.load(requested)).isSameAs(ContentLibrary.load(country));
        assertThat(ContentLibrary.find(requested)).containsSame(ContentLibrary.load(country));
        assertThat(ContentLibrary.load(requested).locale()).isEqualTo(country);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-CA", "en-AU", "en-IE", "es-US", "fr-FR", "und"})
    void crisisContentNeverComesFromAnotherCountry(String tag) {
        Locale requested = Locale.forLanguageTag(tag);

        assertThat(ContentLibrary.find(requested)).isEmpty();
        assertThatThrownBy(() -> ContentLibrary.load(requested))
                .isInstanceOf(UnsupportedLocaleException.class)
                .hasMessageContaining(requested.toLanguageTag()).hasMessageContaining("en-GB").hasMessageContaining("en-US");
        // The words resolve for any English locale, but a draft needs the person's own country's crisis contacts.
        if (!tag.equals("und")) {  // a person's locale names a language
            assertThatThrownBy(() -> LIBRARY.require(TemplateLibrary.NICE_CARE_PLAN)
                    .instantiate("plan-1", Person.of("p-1", requested), START))
                    .isInstanceOf(UnsupportedLocaleException.class)
                    .hasMessageContaining(requested.toLanguageTag());
        }
    }

    @Test
    void aHostServingAnotherCountryPassesItsOwnCrisisContentAndGetsBritishWords() {
        Locale canada = Locale.forLanguageTag("en-CA");
        ContentLibrary gb = ContentLibrary.load(Locale.UK);
        CrisisResource emergency = new CrisisResource("ca.emergency", "Emergency services", CrisisResourceKind.EMERGENCY,
                "Police, fire and ambulance.", "911", null, "24 hours, every day", true, "CA", "Host", START);
        CrisisResource line = new CrisisResource("ca.988", "988 Suicide Crisis Helpline", CrisisResourceKind.CRISIS_LINE,
                "Call or text, any time.", "988", null, "24 hours, every day", true, "CA", "Host", START);
        ContentLibrary ca = new ContentLibrary(canada, gb.goals(), gb.interventions(), gb.associatedConditionTreatments(),
                gb.safetyPlanLabels(), gb.safetyPlanExamples(), List.of(emergency, line), gb.patientInformation());

        CarePlan plan = LIBRARY.require(TemplateLibrary.NICE_CARE_PLAN).instantiate("plan-1", Person.of("p-1", canada), START, ca);

        assertThat(plan.contacts()).extracting(Contact::phone).containsExactly("911", "988");
        assertThat(LIBRARY.require(TemplateLibrary.NICE_CARE_PLAN).text(canada))
                .isSameAs(LIBRARY.require(TemplateLibrary.NICE_CARE_PLAN).text(Locale.UK));
    }
}
