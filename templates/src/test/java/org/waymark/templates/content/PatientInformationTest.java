package org.waymark.templates.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PatientInformationTest {

    /** The rights as worded in the source (seed 000); ours must carry the values in our own words. */
    private static final List<String> SOURCE_RIGHTS = List.of(
            "The right to caring humane medical treatment.",
            "The right to participate fully in decisions about emergency psychiatric treatment.",
            "The right to body privacy.",
            "The right to have the feelings behind the NSSI validated.",
            "The right to disclose to whom they choose only what they choose.",
            "The right to choose what coping mechanisms they will use.",
            "The right to have care providers who do not allow their feelings about NSSI to distort the therapy.",
            "The right to have the role NSSI has played as a coping mechanism validated.",
            "The right not to be automatically considered a dangerous person simply because of NSSI.",
            "The right to have self-injury regarded as an attempt to communicate, not manipulate.");

    static List<Locale> locales() {
        return List.copyOf(ContentLibrary.availableLocales());
    }

    @ParameterizedTest
    @MethodSource("locales")
    void coversCareRightsSafetyPlanAndCrisis(Locale locale) {
        PatientInformation info = ContentLibrary.load(locale).patientInformation();

        assertThat(info.sections()).extracting(InformationSection::id).containsExactly(
                "information.what-to-expect", "information.sharing-and-privacy", "information.your-rights",
                "information.using-your-safety-plan", "information.getting-help-in-a-crisis", "information.setbacks");
        // NG225 1.1.1: information about care plans, safety plans and what to do in an emergency.
        String all = String.join(" ", ContentLibrary.load(locale).texts().stream()
                .filter(t -> t.path().startsWith("patientInformation")).map(ContentText::text).toList());
        assertThat(all).contains("care plan", "safety plan", "overdose", "call ");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void crisisSectionNamesTheLocaleEmergencyNumberAndListsResources(Locale locale) {
        ContentLibrary library = ContentLibrary.load(locale);
        InformationSection crisis = library.patientInformation().section("information.getting-help-in-a-crisis")
                .orElseThrow();

        assertThat(crisis.listsCrisisResources()).isTrue();
        assertThat(crisis.paragraphs().get(0)).contains("call " + library.emergencyNumber().phone());
        assertThat(library.patientInformation().sections()).filteredOn(InformationSection::listsCrisisResources)
                .hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void saysCareIsNotDecidedByAScore(Locale locale) {
        // NG225 1.6.1-1.6.4: no risk tools or stratification to decide care.
        assertThat(ContentLibrary.load(locale).patientInformation().section("information.what-to-expect")
                .orElseThrow().paragraphs()).anyMatch(p -> p.contains("not use a test or a score"));
    }

    @ParameterizedTest
    @MethodSource("locales")
    void rightsCarryTheSourceValuesInOurOwnWordsWithAttribution(Locale locale) {
        InformationSection rights = ContentLibrary.load(locale).patientInformation()
                .section("information.your-rights").orElseThrow();

        assertThat(rights.items()).hasSameSizeAs(SOURCE_RIGHTS);
        assertThat(rights.attribution())
                .contains("Based on the values of the Self-Injury Bill of Rights")
                .contains("David Martinson")
                .contains("our own");
        for (String item : rights.items()) {
            assertThat(item).doesNotStartWith("The right");
            for (String source : SOURCE_RIGHTS) {
                assertThat(longestSharedWordRun(item, source)).as(item).isLessThan(5);
            }
        }
    }

    @Test
    void sharedRunCounterWorks() {
        assertThat(longestSharedWordRun("The right to body privacy, always.", "The right to body privacy.")).isEqualTo(5);
        assertThat(longestSharedWordRun("Your body is yours.", "The right to body privacy.")).isEqualTo(1);
    }

    /** The length of the longest run of consecutive words two texts share, ignoring case and punctuation. */
    static int longestSharedWordRun(String a, String b) {
        String[] x = words(a);
        String[] y = words(b);
        Set<String> runs = new HashSet<>();
        int best = 0;
        for (int len = 1; len <= Math.min(x.length, y.length); len++) {
            runs.clear();
            for (int i = 0; i + len <= y.length; i++) {
                runs.add(String.join(" ", Arrays.copyOfRange(y, i, i + len)));
            }
            boolean found = false;
            for (int i = 0; i + len <= x.length && !found; i++) {
                found = runs.contains(String.join(" ", Arrays.copyOfRange(x, i, i + len)));
            }
            if (!found) {
                break;
            }
            best = len;
        }
        return best;
    }

    private static String[] words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").trim().split("\\s+");
    }
}
