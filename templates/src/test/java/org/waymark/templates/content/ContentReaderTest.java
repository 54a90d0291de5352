package org.waymark.templates.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ContentReaderTest {

    private static final String GOAL = """
            {"id": "coping.calm-the-body", "area": "coping", "term": "long-term",
             "statement": "I will calm my body.", "measure": "Days.", "baselinePrompt": "How often?",
             "target": "Most days.", "typicalTimescaleWeeks": 4, "linkedLongTermGoalIds": [],
             "citation": "CG133"%s}""";

    private static final String CRISIS = """
            {"locale": "en-GB", "crisisResources": [
              {"id": "gb.emergency-999", "name": "Emergency services", "kind": "emergency",
               "description": "Call 999.", "phone": "999", "textMessage": null, "hours": "Any time",
               "available24x7": true, "country": "GB", "source": "NHS", "lastVerified": %s}]}""";

    private static final ContentReader FIXTURE = new ContentReader(ContentReaderTest.class.getClassLoader(),
            "org/waymark/templates/content-fixture/");

    @Test
    void readsAValidGoalFile() {
        ContentFiles.Goals goals = readGoals(fileWith(GOAL.formatted("")));

        assertThat(goals.goals()).singleElement().extracting(GoalPattern::id).isEqualTo("coping.calm-the-body");
    }

    @Test
    void unknownPropertyIsAnErrorWithItsPath() {
        assertFails(() -> readGoals(fileWith(GOAL.formatted(", \"riskLevel\": \"high\""))), "goals[0].riskLevel", 5);
    }

    @Test
    void missingPropertyIsAnError() {
        String withoutCitation = GOAL.formatted("").replace(",\n \"citation\": \"CG133\"", "");
        assertThat(withoutCitation).doesNotContain("citation");
        assertThatThrownBy(() -> readGoals(fileWith(withoutCitation)))
                .isInstanceOf(ContentLoadException.class)
                .hasMessageContaining("citation");
    }

    @Test
    void unknownCodeIsAnErrorNamingTheKnownCodes() {
        assertThatThrownBy(() -> readGoals(fileWith(GOAL.formatted("").replace("\"coping\",", "\"copeing\","))))
                .isInstanceOf(ContentLoadException.class)
                .hasMessageContaining("goals.json")
                .hasMessageContaining("copeing")
                .hasMessageContaining("education-employment-occupation");
    }

    @Test
    void numberForAnEnumOrTextForANumberIsAnError() {
        assertThatThrownBy(() -> readGoals(fileWith(GOAL.formatted("").replace("\"coping\",", "1,"))))
                .isInstanceOf(ContentLoadException.class);
        assertThatThrownBy(() -> readGoals(fileWith(GOAL.formatted("").replace(": 4,", ": \"4\","))))
                .isInstanceOf(ContentLoadException.class)
                .extracting(e -> ((ContentLoadException) e).jsonPath()).isEqualTo("goals[0].typicalTimescaleWeeks");
        assertThatThrownBy(() -> readGoals(fileWith(GOAL.formatted("").replace("\"Days.\"", "7"))))
                .isInstanceOf(ContentLoadException.class);
    }

    @Test
    void duplicateKeyIsAnError() {
        assertThatThrownBy(() -> readGoals(fileWith(GOAL.formatted(", \"citation\": \"NG225\""))))
                .isInstanceOf(ContentLoadException.class)
                .hasMessageContaining("citation");
    }

    @Test
    void trailingTokensAreAnError() {
        assertThatThrownBy(() -> readGoals(fileWith(GOAL.formatted("")) + " {}"))
                .isInstanceOf(ContentLoadException.class);
    }

    @Test
    void invalidValueIsReportedWithTheRecordsOwnMessage() {
        assertThatThrownBy(() -> readGoals(fileWith(GOAL.formatted("").replace("\"I will calm my body.\"", "\"  \""))))
                .isInstanceOf(ContentLoadException.class)
                .hasMessageContaining("statement must not be blank")
                .extracting(e -> ((ContentLoadException) e).jsonPath()).asString().startsWith("goals[0]");
    }

    @Test
    void datesMustBeIsoDates() {
        assertThat(crisis("\"2026-11-23\"").crisisResources().get(0).lastVerified())
                .isEqualTo(java.time.LocalDate.of(2026, 11, 23));
        assertThatThrownBy(() -> crisis("\"23/11/2026\""))
                .isInstanceOf(ContentLoadException.class)
                .hasMessageContaining("2026-11-23")
                .extracting(e -> ((ContentLoadException) e).jsonPath()).isEqualTo("crisisResources[0].lastVerified");
        assertThatThrownBy(() -> crisis("20261123")).isInstanceOf(ContentLoadException.class);
    }

    @Test
    void aLocaleCanBeAddedWithResourcesAlone() {
        assertThat(FIXTURE.availableLocales()).extracting(Locale::toLanguageTag)
                .containsExactly("en-AU", "en-NZ", "en-IE");

        ContentLibrary australia = ContentLibrary.of(FIXTURE.read(Locale.forLanguageTag("en-AU")));

        assertThat(australia.emergencyNumber().phone()).isEqualTo("000");
        assertThat(australia.goals()).hasSize(2);
    }

    @Test
    void fileInTheWrongFolderIsAnError() {
        assertThatThrownBy(() -> FIXTURE.read(Locale.forLanguageTag("en-NZ")))
                .isInstanceOf(ContentLoadException.class)
                .hasMessageContaining("en-NZ/goals.json")
                .hasMessageContaining("en-AU");
    }

    @Test
    void missingFileIsAnError() {
        assertThatThrownBy(() -> FIXTURE.read(Locale.forLanguageTag("en-IE")))
                .isInstanceOf(ContentLoadException.class)
                .hasMessageContaining("en-IE/goals.json")
                .hasMessageContaining("not found");
    }

    private static String fileWith(String goal) {
        return "{\"locale\": \"en-GB\", \"goals\": [\n" + goal + "\n]}";
    }

    private static ContentFiles.Goals readGoals(String json) {
        return ContentReader.read("en-GB/goals.json", stream(json), ContentFiles.Goals.class);
    }

    private static ContentFiles.CrisisResources crisis(String date) {
        return ContentReader.read("en-GB/crisis-resources.json", stream(CRISIS.formatted(date)),
                ContentFiles.CrisisResources.class);
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertFails(ThrowingCallable call, String path, int line) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(ContentLoadException.class, e -> {
                    assertThat(e.jsonPath()).isEqualTo(path);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.resource()).isEqualTo("en-GB/goals.json");
                    assertThat(e.getMessage()).contains("en-GB/goals.json", "line " + line, path);
                });
    }
}
