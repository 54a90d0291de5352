package org.waymark.templates.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SafetyPlanContentTest {

    /** Phrases of the official Stanley-Brown template, which the library must not reproduce. */
    private static final List<String> OFFICIAL_WORDING = List.of(
            "warning signs (thoughts, images",
            "internal coping strategies",
            "take my mind off my problems without contacting another person",
            "people and social settings that provide distraction",
            "people whom i can ask for help",
            "professionals or agencies i can contact during a crisis",
            "making the environment safe",
            "most important to me and worth living for");

    static List<Locale> locales() {
        return List.copyOf(ContentLibrary.availableLocales());
    }

    @ParameterizedTest
    @MethodSource("locales")
    void offersSeveralExamplesForEachPartThatHasThem(Locale locale) {
        ContentLibrary library = ContentLibrary.load(locale);

        for (SafetyPlanSection section : List.of(SafetyPlanSection.WARNING_SIGNS, SafetyPlanSection.OWN_COPING,
                SafetyPlanSection.DISTRACTION, SafetyPlanSection.SAFER_ENVIRONMENT,
                SafetyPlanSection.REASONS_FOR_LIVING)) {
            assertThat(library.safetyPlanExamples(section)).as(section.code()).hasSizeGreaterThanOrEqualTo(5);
        }
        // People and services are the person's own: the library offers no examples of them.
        assertThat(library.safetyPlanExamples(SafetyPlanSection.PEOPLE_TO_ASK)).isEmpty();
        assertThat(library.safetyPlanExamples(SafetyPlanSection.SERVICES)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void examplesSpeakToThePersonInTheSecondPerson(Locale locale) {
        ContentLibrary library = ContentLibrary.load(locale);

        assertThat(library.safetyPlanExamples()).allSatisfy(e -> {
            assertThat(e.text()).doesNotContainPattern("\\b(I|my|me|mine|the client|the patient)\\b");
            assertThat(e.id()).startsWith(e.section().code() + ".");
        });
        assertThat(library.safetyPlanExamples(SafetyPlanSection.WARNING_SIGNS))
                .allSatisfy(e -> assertThat(e.text()).startsWith("You"));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void labelsAreOurOwnWordsNotTheOfficialTemplate(Locale locale) {
        ContentLibrary library = ContentLibrary.load(locale);

        assertThat(library.safetyPlanLabels()).hasSize(SafetyPlanSection.values().length);
        assertThat(library.texts()).allSatisfy(t -> assertThat(t.text().toLowerCase(Locale.ROOT))
                .as(t.path()).doesNotContain(OFFICIAL_WORDING));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void servicesPromptAsksForTheEmergencyNumber(Locale locale) {
        assertThat(ContentLibrary.load(locale).safetyPlanLabel(SafetyPlanSection.SERVICES).prompt())
                .containsIgnoringCase("emergency number");
    }
}
