package org.waymark.templates.content;

import org.waymark.model.GoalArea;
import org.waymark.model.GoalTerm;
import org.waymark.model.Modality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.waymark.locale.UnsupportedLocaleException;

class ContentLibraryTest {

    @Test
    void shipsBritishAndAmericanEnglish() {
        assertThat(ContentLibrary.availableLocales())
                .containsExactlyInAnyOrder(Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("en-US"));
    }

    @Test
    void loadsEachLocaleOnceAndKeepsIt() {
        ContentLibrary first = ContentLibrary.load(Locale.UK);

        assertThat(first.locale()).isEqualTo(Locale.UK);
        assertThat(ContentLibrary.load(Locale.forLanguageTag("en-GB"))).isSameAs(first);
        assertThat(ContentLibrary.load(Locale.US).locale()).isEqualTo(Locale.US);
    }

    @Test
    void unknownLocaleIsAnErrorNamingTheAvailableOnes() {
        assertThatThrownBy(() -> ContentLibrary.load(Locale.FRANCE))
                .isInstanceOf(UnsupportedLocaleException.class)
                .hasMessageContaining("fr-FR")
                .hasMessageContaining("en-GB")
                .hasMessageContaining("en-US");
    }

    @Test
    void languageWithoutCountryDoesNotFallBackQuietly() {
        // A crisis number belongs to a country: "en" alone must not pick the UK or the US.
        assertThatThrownBy(() -> ContentLibrary.load(Locale.ENGLISH)).isInstanceOf(UnsupportedLocaleException.class);
        assertThat(ContentLibrary.find(Locale.ENGLISH)).isEmpty();
    }

    @Test
    void findsEntriesById() {
        ContentLibrary library = ContentLibrary.load(Locale.UK);

        assertThat(library.goal("coping.urge-surfing-practice")).get()
                .extracting(GoalPattern::area, GoalPattern::term)
                .containsExactly(GoalArea.COPING, GoalTerm.SHORT_TERM);
        assertThat(library.intervention("dbt.stop-skill")).get()
                .extracting(InterventionOption::modality).isEqualTo(Modality.DBT);
        assertThat(library.crisisResource("gb.samaritans")).get()
                .extracting(CrisisResource::phone).isEqualTo("116 123");
        assertThat(library.associatedConditionTreatment("associated.depression")).isPresent();
        assertThat(library.goal("coping.no-such-goal")).isEmpty();
    }

    @Test
    void everySafetyPlanPartHasALabel() {
        ContentLibrary library = ContentLibrary.load(Locale.US);

        for (SafetyPlanSection section : SafetyPlanSection.values()) {
            assertThat(library.safetyPlanLabel(section).section()).isEqualTo(section);
        }
    }

    @Test
    void textsListEveryEntryWithAPathAndAudience() {
        ContentLibrary library = ContentLibrary.load(Locale.UK);

        assertThat(library.texts())
                .extracting(ContentText::path)
                .doesNotHaveDuplicates()
                .contains("goals[coping.urge-surfing-practice].statement",
                        "interventions[dbt.chain-analysis].summaryForPerson",
                        "safetyPlanExamples[own-coping.cold-water].text",
                        "crisisResources[gb.shout].description",
                        "patientInformation.sections[information.your-rights].items[0]");
        assertThat(library.texts())
                .filteredOn(t -> t.path().endsWith(".citation") || t.path().endsWith(".evidenceNote"))
                .allMatch(t -> t.audience() == Audience.CLINICIAN);
        assertThat(library.texts())
                .filteredOn(t -> t.path().endsWith(".statement") || t.path().endsWith(".summaryForPerson"))
                .allMatch(ContentText::isForPerson);
        int expected = library.goals().size() * 5 + library.interventions().size() * 5
                + library.associatedConditionTreatments().size() * 4 + library.safetyPlanLabels().size() * 2
                + library.safetyPlanExamples().size() + library.crisisResources().size() * 4 + 2
                + library.patientInformation().sections().stream()
                        .mapToInt(s -> 2 + s.paragraphs().size() + s.items().size() + (s.attribution() == null ? 0 : 1))
                        .sum();
        assertThat(library.texts()).hasSize(expected);
    }

    @Test
    void listsAreUnmodifiable() {
        ContentLibrary library = ContentLibrary.load(Locale.UK);

        assertThatThrownBy(() -> library.goals().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> library.crisisResources().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shortTermGoalMustLinkToALongTermGoalOfTheLibrary() {
        ContentLibrary library = ContentLibrary.load(Locale.UK);
        GoalPattern orphan = new GoalPattern("coping.orphan", GoalArea.COPING, GoalTerm.SHORT_TERM, "I will try.",
                "Days.", "How often?", "Most days.", 4, List.of("coping.missing"), "CG133");
        List<GoalPattern> goals = new ArrayList<>(library.goals());
        goals.add(orphan);

        assertThatThrownBy(() -> new ContentLibrary(library.locale(), goals, library.interventions(),
                library.associatedConditionTreatments(), library.safetyPlanLabels(), library.safetyPlanExamples(),
                library.crisisResources(), library.patientInformation()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coping.orphan")
                .hasMessageContaining("coping.missing");
    }
}
