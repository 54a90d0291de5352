package org.waymark.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.testing.BadInputCorpus;

/**
 * Where and why the reader refuses a document: malformed UTF-8 of every kind at its line and column,
 * the model's own checks and dangling references at the value at fault, numbers out of range with
 * their own message, the schema version before the plan, and a long key at its own path.
 */
class PlanReaderTest {

    private static final String BASE = BadInputCorpus.base();

    /** Line 11 of the base document is {@code       "preferredName": "SECRET-NAME",}; the value starts at column 24. */
    private static final String NAME = "\"preferredName\": \"SECRET-NAME\"";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "c0a2",         // overlong form of U+00A2
        "e080af",       // overlong three-byte form of '/'
        "eda080",       // a surrogate (U+D800) encoded in UTF-8
        "edbfbf",       // a low surrogate encoded in UTF-8
        "e282",         // a truncated three-byte sequence
        "80",           // a continuation byte with no lead
        "f5808080",     // a lead byte that never occurs
        "f4908080",     // beyond U+10FFFF
        "c1bf",         // overlong two-byte form
        "fe"})
    void malformedUtf8IsRefusedAtItsLineAndColumn(String hex) {
        byte[] bad = HexFormat.of().parseHex(hex);
        String before = BASE.substring(0, BASE.indexOf(NAME) + NAME.length() - 1);
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        doc.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        doc.writeBytes(bad);
        doc.writeBytes(BASE.substring(before.length()).getBytes(StandardCharsets.UTF_8));

        PlanFormatException e = catchThrowableOfType(() -> PlanJson.read(new ByteArrayInputStream(doc.toByteArray())),
                PlanFormatException.class);

        assertThat(e.path()).isEqualTo("$.plan.person.preferredName");
        assertThat(e.problem()).startsWith("the document is not valid UTF-8");
        assertThat(e.line()).isEqualTo(11);
        assertThat(e.column()).isEqualTo(7 + NAME.length() - 1);
        assertThat(e.getMessage()).doesNotContain(BadInputCorpus.MARKER);
    }

    @Test
    void aDanglingReferenceIsReportedAtTheReference() {
        String doc = BASE.replace("\"longTermGoalId\": \"g-1\"", "\"longTermGoalId\": \"g-nowhere\"");
        int line = lineOf(doc, "\"longTermGoalId\": \"g-nowhere\"");

        PlanFormatException e = catchThrowableOfType(() -> PlanJson.read(doc), PlanFormatException.class);

        assertThat(e.path()).isEqualTo("$.plan.goals[1].longTermGoalId");
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(doc.lines().toList().get(line - 1).indexOf("\"g-nowhere\"") + 1);
    }

    @Test
    void aNullEntryInAListIsReportedAtTheList() {
        String doc = BASE.replace("\"methodIds\": [\n            \"m-1\"\n", "\"methodIds\": [\n            \"m-1\", null\n");
        assertThat(doc).isNotEqualTo(BASE);
        int line = lineOf(doc, "\"methodIds\": [");

        PlanFormatException e = catchThrowableOfType(() -> PlanJson.read(doc), PlanFormatException.class);

        assertThat(e.path()).isEqualTo("$.plan.history.episodes[0].methodIds");
        assertThat(e.problem()).isEqualTo("entries must not be null");
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(doc.lines().toList().get(line - 1).indexOf('[') + 1);
    }

    @Test
    void aMissingRequiredComponentIsReportedAtItsPath() {
        String doc = BASE.replace("\"method\": \"cutting\",", "");
        assertThat(doc).isNotEqualTo(BASE);

        PlanFormatException e = catchThrowableOfType(() -> PlanJson.read(doc), PlanFormatException.class);

        assertThat(e.path()).isEqualTo("$.plan.history.methods[0].method");
        assertThat(e.problem()).isEqualTo("required");
        assertThat(e.line()).isEqualTo(lineOf(doc, "\"id\": \"m-1\"") - 1);
    }

    @Test
    void aModelCheckIsReportedAtTheValueNotAtTheEndOfItsObject() {
        String doc = BASE.replace(NAME, "\"preferredName\": \"   \"");

        PlanFormatException e = catchThrowableOfType(() -> PlanJson.read(doc), PlanFormatException.class);

        assertThat(e.path()).isEqualTo("$.plan.person.preferredName");
        assertThat(e.problem()).contains("blank");
        assertThat(e.line()).isEqualTo(11);
        assertThat(e.column()).isEqualTo(24);
    }

    @Test
    void aNumberOutOfRangeHasItsOwnMessage() {
        String doc = BASE.replace("\"version\": 1,", "\"version\": 99999999999,");

        PlanFormatException e = catchThrowableOfType(() -> PlanJson.read(doc), PlanFormatException.class);

        assertThat(e.path()).isEqualTo("$.plan.version");
        assertThat(e.problem()).contains("out of range").doesNotContain("well-formed");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(16);
    }

    @Test
    void theSchemaVersionIsCheckedBeforeThePlanEvenWhenItComesAfterIt() {
        String planFirst = "{\"plan\": {\"id\": \"x\", \"someFieldOfVersion2\": true}, \"schemaVersion\": \"2.0\"}";
        String older = "{\"plan\": {\"id\": \"x\"}, \"schemaVersion\": \"0.9\"}";
        String garbage = "{\"schemaVersion\": \"one\", \"plan\": {}}";

        PlanFormatException newer = catchThrowableOfType(() -> PlanJson.read(planFirst), PlanFormatException.class);
        PlanFormatException old = catchThrowableOfType(() -> PlanJson.read(older), PlanFormatException.class);
        PlanFormatException notAVersion = catchThrowableOfType(() -> PlanJson.read(garbage), PlanFormatException.class);

        assertThat(newer.path()).isEqualTo("$.schemaVersion");
        assertThat(newer.problem()).contains("newer version");
        assertThat(newer.column()).isEqualTo(planFirst.indexOf("\"2.0\"") + 1);
        assertThat(old.problem()).contains("older version");
        assertThat(notAVersion.problem()).startsWith("not a schema version");
        // The same plan with the right version fails for the plan's own reason.
        assertThat(catchThrowableOfType(() -> PlanJson.read(planFirst.replace("2.0", "1.0")), PlanFormatException.class).path())
                .isEqualTo("$.plan.someFieldOfVersion2");
    }

    @Test
    void aVeryLongKeyIsReportedAtItsOwnPath() {
        String key = "k".repeat(300);
        String doc = BASE.replace(NAME, NAME + ", \"" + key + "\": 1");

        PlanFormatException e = catchThrowableOfType(() -> PlanJson.read(doc), PlanFormatException.class);

        assertThat(e.path()).startsWith("$.plan.person.kkkk").endsWith("…");
        assertThat(e.problem()).contains("field name is longer than 256");
        assertThat(e.line()).isEqualTo(11);
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }
}
