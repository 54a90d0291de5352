package org.waymark.templates.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every locale holds the same entries, and each uses its own spelling and terms. Crisis resources are
 * per country by design and are compared by what they must provide, not by id.
 */
class LocaleParityTest {

    /** British forms that must not appear in en-US text. */
    private static final Pattern BRITISH = Pattern.compile(
            "\\b(behaviour\\w*|programmes?|organis\\w*|practis\\w*|mentalisation|minimisation|stabilisation|"
                    + "recognis\\w*|judgement\\w*|favourite|neighbour\\w*|colour\\w*|centre\\w*|GP|A&E|mobile|"
                    + "carers?|towards)\\b", Pattern.CASE_INSENSITIVE);

    /** American forms that must not appear in en-GB text. */
    private static final Pattern AMERICAN = Pattern.compile(
            "\\b(behavior\\w*|programs?|organiz\\w*|practiced|practicing|mentalization|minimization|stabilization|"
                    + "recogniz\\w*|judgment\\w*|favorite|neighbor\\w*|color\\w*|center\\w*|primary care provider|"
                    + "emergency room|cell phone|caregivers?|counselor\\w*)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void everyLocaleHoldsTheSameIds() {
        List<Locale> locales = List.copyOf(ContentLibrary.availableLocales());
        Map<String, List<String>> reference = ContentLibrary.load(locales.get(0)).idsByKind();

        for (Locale locale : locales) {
            Map<String, List<String>> ids = ContentLibrary.load(locale).idsByKind();
            assertThat(ids.keySet()).isEqualTo(reference.keySet());
            for (String kind : reference.keySet()) {
                assertThat(ids.get(kind)).as(locale.toLanguageTag() + " " + kind)
                        .containsExactlyInAnyOrderElementsOf(reference.get(kind));
            }
        }
    }

    @Test
    void everyLocaleHoldsTheSameStructure() {
        ContentLibrary gb = ContentLibrary.load(Locale.UK);
        ContentLibrary us = ContentLibrary.load(Locale.US);

        for (GoalPattern g : gb.goals()) {
            GoalPattern u = us.goal(g.id()).orElseThrow();
            assertThat(List.of(u.area(), u.term(), u.typicalTimescaleWeeks(), u.linkedLongTermGoalIds()))
                    .as(g.id()).isEqualTo(List.of(g.area(), g.term(), g.typicalTimescaleWeeks(), g.linkedLongTermGoalIds()));
        }
        for (InterventionOption i : gb.interventions()) {
            InterventionOption u = us.intervention(i.id()).orElseThrow();
            assertThat(u.modality()).as(i.id()).isEqualTo(i.modality());
            assertThat(u.ageGroups()).as(i.id()).isEqualTo(i.ageGroups());
            assertThat(u.typicalSessions()).as(i.id()).isEqualTo(i.typicalSessions());
        }
        for (InformationSection s : gb.patientInformation().sections()) {
            InformationSection u = us.patientInformation().section(s.id()).orElseThrow();
            assertThat(u.paragraphs()).as(s.id()).hasSameSizeAs(s.paragraphs());
            assertThat(u.items()).as(s.id()).hasSameSizeAs(s.items());
            assertThat(u.listsCrisisResources()).as(s.id()).isEqualTo(s.listsCrisisResources());
            assertThat(u.attribution() == null).as(s.id()).isEqualTo(s.attribution() == null);
        }
    }

    @Test
    void everyLocaleProvidesAnEmergencyNumberAndA24HourLine() {
        for (Locale locale : ContentLibrary.availableLocales()) {
            ContentLibrary library = ContentLibrary.load(locale);
            assertThat(library.crisisResources(CrisisResourceKind.EMERGENCY)).as(locale.toLanguageTag()).isNotEmpty();
            assertThat(library.available24x7()).as(locale.toLanguageTag())
                    .anyMatch(r -> r.kind() != CrisisResourceKind.EMERGENCY);
        }
    }

    @Test
    void britishTextUsesBritishSpellingAndTerms() {
        assertThat(matches(ContentLibrary.load(Locale.UK), AMERICAN)).isEmpty();
        assertThat(joined(ContentLibrary.load(Locale.UK)))
                .contains("behaviour", "programme", "Organise", "practise", "GP", "A&E", "mobile");
    }

    @Test
    void americanTextUsesAmericanSpellingAndTerms() {
        assertThat(matches(ContentLibrary.load(Locale.US), BRITISH)).isEmpty();
        assertThat(joined(ContentLibrary.load(Locale.US)))
                .contains("behavior", "program", "Organize", "practice", "primary care provider", "emergency room",
                        "cell phone");
    }

    @Test
    void theSpellingPatternsCatchWhatTheyAreFor() {
        assertThat(BRITISH.matcher("Ask your GP about the programme.").find()).isTrue();
        assertThat(AMERICAN.matcher("Go to the emergency room.").find()).isTrue();
        assertThat(BRITISH.matcher("Ask your doctor about the plan.").find()).isFalse();
    }

    private static List<String> matches(ContentLibrary library, Pattern pattern) {
        List<String> hits = new ArrayList<>();
        for (ContentText text : library.texts()) {
            var m = pattern.matcher(text.text());
            while (m.find()) {
                hits.add(text.path() + ": " + m.group());
            }
        }
        return hits;
    }

    private static String joined(ContentLibrary library) {
        return String.join("\n", library.texts().stream().map(ContentText::text).toList());
    }
}
