package org.waymark.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.json.PlanJson;
import org.waymark.language.LanguageChecker;
import org.waymark.model.CarePlan;
import org.waymark.model.Contact;
import org.waymark.model.ContactKind;
import org.waymark.model.NeedsDomain;
import org.waymark.model.Person;
import org.waymark.model.PlanStatus;
import org.waymark.model.ReviewTrigger;
import org.waymark.model.RiskDomain;
import org.waymark.templates.content.Audience;
import org.waymark.templates.content.ContentLibrary;
import org.waymark.templates.content.ContentLoadException;
import org.waymark.templates.content.CrisisResource;
import org.waymark.templates.content.CrisisResourceKind;
import org.waymark.templates.readability.FleschKincaid;

class TemplateLibraryTest {

    static final LocalDate START = LocalDate.of(2026, 11, 23);
    static final TemplateLibrary LIBRARY = TemplateLibrary.standard();

    static Stream<Arguments> templatesAndLocales() {
        return LIBRARY.templates().stream().flatMap(t -> Stream.of(Locale.UK, Locale.US).map(l -> Arguments.of(t.id(), l)));
    }

    @Test
    void shipsTheFiveTemplatesInOrder() {
        assertThat(LIBRARY.templates()).extracting(Template::id).containsExactly(
                TemplateLibrary.NICE_CARE_PLAN, TemplateLibrary.SAFETY_PLAN, TemplateLibrary.TREATMENT_PLAN,
                TemplateLibrary.REVIEW_AFTER_EPISODE, TemplateLibrary.INFORMATION_FOR_PERSON);
        assertThat(LIBRARY.templates()).allSatisfy(t -> assertThat(t.locales()).containsExactly(Locale.UK, Locale.US));
    }

    @ParameterizedTest
    @MethodSource("templatesAndLocales")
    void everyTemplateStartsADraftThatRoundTripsAsJson(String id, Locale locale) {
        CarePlan plan = LIBRARY.require(id).instantiate("plan-1", Person.of("p-1", locale), START);

        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.startDate()).isEqualTo(START);
        assertThat(plan.review().nextReviewDate()).isEqualTo(START.plusMonths(3));
        assertThat(PlanJson.read(PlanJson.write(plan))).isEqualTo(plan);
    }

    @Test
    void niceCarePlanListsEveryDomainAndTheLocalesCrisisRoutes() {
        CarePlan plan = LIBRARY.require(TemplateLibrary.NICE_CARE_PLAN).instantiate("plan-1", Person.of("p-1", Locale.UK), START);

        assertThat(plan.needsAssessment().findings()).extracting(f -> f.domain()).containsExactly(NeedsDomain.values());
        assertThat(plan.riskFormulation().domains()).extracting(d -> d.domain()).containsExactly(RiskDomain.values());
        assertThat(plan.contacts()).filteredOn(c -> c.kind() == ContactKind.EMERGENCY).extracting(Contact::phone).containsExactly("999");
        assertThat(plan.contacts()).anyMatch(Contact::available24x7);
        List<String> ids = plan.contacts().stream().map(Contact::id).toList();
        assertThat(plan.safetyPlan().professionalContactIds()).isEqualTo(ids);
        assertThat(plan.riskManagementPlan().crisisPlan().contactIds()).isEqualTo(ids);
    }

    @Test
    void usDraftsUseUsCrisisRoutes() {
        CarePlan plan = LIBRARY.require(TemplateLibrary.SAFETY_PLAN).instantiate("plan-1", Person.of("p-1", Locale.US), START);

        assertThat(plan.contacts()).extracting(Contact::phone).contains("911", "988");
        assertThat(plan.contacts()).extracting(Contact::country).containsOnly("US");
    }

    @Test
    void reviewAfterEpisodeStartsAChainAnalysisAndAnAfterEpisodeReview() {
        CarePlan plan = LIBRARY.require(TemplateLibrary.REVIEW_AFTER_EPISODE).instantiate("plan-1", Person.of("p-1", Locale.UK), START);

        assertThat(plan.history().chainAnalyses()).hasSize(1);
        assertThat(plan.review().history()).singleElement().satisfies(r -> {
            assertThat(r.trigger()).isEqualTo(ReviewTrigger.AFTER_EPISODE);
            assertThat(r.date()).isEqualTo(START);
        });
    }

    @Test
    void hostReplacementsOfCrisisServicesReachTheDraft() {
        ContentLibrary gb = ContentLibrary.load(Locale.UK);
        CrisisResource local = new CrisisResource("gb.local-crisis-team", "Riverside crisis team", CrisisResourceKind.CRISIS_LINE,
                "The local mental health crisis team.", "0161 496 0999", null, "24 hours, every day", true, "GB",
                "Riverside NHS Trust", START);

        CarePlan plan = LIBRARY.require(TemplateLibrary.NICE_CARE_PLAN)
                .instantiate("plan-1", Person.of("p-1", Locale.UK), START, gb.withCrisisResources(List.of(local)));

        assertThat(plan.contacts()).extracting(Contact::id).contains("crisis.gb.local-crisis-team");
    }

    @Test
    void aLocaleWithoutWordsIsAClearError() {
        Template template = LIBRARY.require(TemplateLibrary.NICE_CARE_PLAN);

        assertThatThrownBy(() -> template.instantiate("plan-1", Person.of("p-1", Locale.FRANCE), START))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fr-FR").hasMessageContaining("en-GB");
        assertThatThrownBy(() -> LIBRARY.require("risk-level-form"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nice-care-plan");
    }

    @Test
    void aHostCanShipATemplateAsDataAlone() {
        TemplateLibrary host = TemplateLibrary.load(getClass().getClassLoader(), "org/waymark/templates/host-templates/");

        assertThat(host.templates()).extracting(Template::id).containsExactly("brief-safety-check");
        CarePlan plan = host.require("brief-safety-check").instantiate("plan-9", Person.of("p-9", Locale.UK), START);
        assertThat(plan.safetyPlan()).isNotNull();
        assertThat(plan.review().nextReviewDate()).isEqualTo(START.plusMonths(1));
    }

    @Test
    void aBrokenTemplateResourceSaysWhichFileAndWhere() {
        assertThatThrownBy(() -> TemplateLibrary.load(getClass().getClassLoader(), "org/waymark/templates/broken-templates/"))
                .isInstanceOf(ContentLoadException.class)
                .hasMessageContaining("broken-templates/lenient-review.json")
                .hasMessageContaining("reviewIntervalMonths");
    }

    @Test
    void noTemplateWordHasALanguageFinding() {
        List<String> found = new ArrayList<>();
        for (Template t : LIBRARY.templates()) {
            for (Locale locale : t.locales()) {
                for (String text : words(t, locale)) {
                    LanguageChecker.standard().check(text)
                            .forEach(f -> found.add(t.id() + " " + locale.toLanguageTag() + ": " + f.termKey()));
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void wordsForThePersonReadAtGradeEightOrBelow() {
        List<String> tooHard = new ArrayList<>();
        int measured = 0;
        for (Template t : LIBRARY.templates()) {
            if (t.audience() != Audience.PERSON) {
                continue;
            }
            for (Locale locale : t.locales()) {
                for (String text : words(t, locale)) {
                    if (FleschKincaid.countWords(text) < 3) {
                        continue;
                    }
                    measured++;
                    double grade = FleschKincaid.grade(text);
                    if (grade > 8.0) {
                        tooHard.add(t.id() + " " + locale.toLanguageTag() + " grade " + grade + ": " + text);
                    }
                }
            }
        }
        assertThat(measured).isGreaterThan(20);
        assertThat(tooHard).isEmpty();
    }

    @Test
    void usWordsUseUsSpellingAndTermsAndUkWordsUseUk() {
        for (Template t : LIBRARY.templates()) {
            assertThat(String.join(" ", words(t, Locale.US))).doesNotContain("behaviour", " GP", "organis", "A&E");
            assertThat(String.join(" ", words(t, Locale.UK))).doesNotContain("behavior ", "primary care provider", "organiz");
        }
    }

    static List<String> words(Template t, Locale locale) {
        TemplateText text = t.text(locale);
        List<String> words = new ArrayList<>(List.of(text.title(), text.description()));
        for (TemplateSection s : t.sections()) {
            words.add(text.section(s).title());
            words.addAll(text.section(s).prompts());
        }
        return words;
    }
}
