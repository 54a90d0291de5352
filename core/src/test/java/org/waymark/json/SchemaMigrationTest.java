package org.waymark.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.model.CarePlan;
import org.waymark.model.Medication;
import org.waymark.model.MethodRecord;
import org.waymark.model.TreatmentDecision;
import org.waymark.testing.PlanSchema;

/**
 * The migration from format 1.0 to 1.1: documents of 1.0 (the example plans as 1.0 wrote them, kept
 * unchanged under {@code v1_0/}) still read, to the same plan as their 1.1 versions less the four fields
 * 1.1 added, nothing derived from their words; writing them gives a 1.1 document that reads back equal;
 * a 1.0 document that holds a 1.1 field is refused at that field, wherever the version stands.
 */
class SchemaMigrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<String> examples() {
        return ExamplePlans.names();
    }

    private static String v10(String name) throws IOException {
        try (InputStream in = SchemaMigrationTest.class.getResourceAsStream("v1_0/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The plan less everything version 1.1 added. */
    private static CarePlan as10(CarePlan plan) {
        List<MethodRecord> methods = plan.history().methods().stream().map(m -> m.withRate(null)).toList();
        List<Medication> medications = plan.medications().stream()
                .map(m -> new Medication(m.id(), m.name(), m.indication(), m.associatedCondition(), m.prescriberId())).toList();
        List<TreatmentDecision> decisions = plan.treatmentDecisions().stream().map(d -> d.withBasis(List.of())).toList();
        return plan.toBuilder().history(plan.history().withMethods(methods)).medications(medications)
                .treatmentDecisions(decisions).build();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void aVersion10DocumentReadsAsTheSamePlanWithoutTheNewFields(String name) throws IOException {
        String old = v10(name);
        assertThat(old).contains("\"schemaVersion\": \"1.0\"");

        CarePlan read = PlanJson.read(old);

        assertThat(read).isEqualTo(as10(ExamplePlans.load(name)));
        assertThat(read.history().methods()).allSatisfy(m -> assertThat(m.rate()).isNull());
        assertThat(read.medications()).allSatisfy(m -> {
            assertThat(m.condition()).isNull();
            assertThat(m.notForSelfHarm()).isNull();
        });
        assertThat(read.treatmentDecisions()).allSatisfy(d -> assertThat(d.basis()).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void migratingIsReadingAndWritingAgain(String name) throws IOException {
        CarePlan read = PlanJson.read(v10(name));

        String migrated = PlanJson.write(read);

        assertThat(migrated).startsWith("{\n  \"schemaVersion\": \"1.1\",");
        assertThat(PlanJson.read(migrated)).isEqualTo(read);
        assertThat(PlanSchema.validate(migrated)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void version10DocumentsAreValidUnderTheVersion10Schema(String name) throws IOException {
        JsonSchema schema10;
        try (InputStream in = SchemaMigrationTest.class.getResourceAsStream("v1_0/waymark-plan-1.0.schema.json")) {
            schema10 = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in));
        }
        JsonNode old = JSON.readTree(v10(name));
        JsonNode current = JSON.readTree(PlanJson.write(ExamplePlans.load(name)));

        assertThat(schema10.validate(old)).isEmpty();
        assertThat(PlanSchema.validate(old)).as("the current schema names version 1.1").isNotEmpty();
        if (!PlanJson.write(ExamplePlans.load(name)).equals(PlanJson.write(as10(ExamplePlans.load(name))))) {
            assertThat(schema10.validate(current)).as("1.1 fields are unknown to the 1.0 schema").isNotEmpty();
        }
    }

    @Test
    void aVersion10DocumentHoldingAVersion11FieldIsRefusedAtTheField() throws IOException {
        String old = v10(ExamplePlans.ADULT_COMPLETE);
        String needle = "\"prescriberId\": \"tm-gp\"";
        String doc = old.replace(needle, needle + ",\n        \"condition\": \"depression\"");
        int line = lineOf(doc, "\"condition\": \"depression\"");

        PlanFormatException e = catchThrowableOfType(() -> PlanJson.read(doc), PlanFormatException.class);

        assertThat(e.path()).isEqualTo("$.plan.medications[0].condition");
        assertThat(e.problem()).contains("new in schema version 1.1");
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(9);
        // The same document saying 1.1 reads.
        assertThat(PlanJson.read(doc.replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.1\"")).medications().get(0).condition())
                .isNotNull();
    }

    @Test
    void theVersionAfterThePlanCountsToo() throws IOException {
        // The 1.1 example's plan, which holds a rate, with the version after it.
        String plan = JSON.writeValueAsString(JSON.readTree(PlanJson.write(ExamplePlans.load(ExamplePlans.ADULT_COMPLETE))).get("plan"));

        PlanFormatException e = catchThrowableOfType(() -> PlanJson.read("{\"plan\": " + plan + ", \"schemaVersion\": \"1.0\"}"),
                PlanFormatException.class);

        assertThat(e.path()).isEqualTo("$.plan.history.methods[0].rate");
        assertThat(PlanJson.read("{\"plan\": " + plan + ", \"schemaVersion\": \"1.1\"}").history().methods().get(0).rate().perYear())
                .isEqualTo(104);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(plan.indexOf("\"rate\"") + "{\"plan\": ".length() + 1);
    }

    @Test
    void aNewerVersionIsRefusedAsNewer() {
        String doc = "{\"schemaVersion\": \"1.2\", \"plan\": {}}";

        PlanFormatException e = catchThrowableOfType(() -> PlanJson.read(doc), PlanFormatException.class);

        assertThat(e.path()).isEqualTo("$.schemaVersion");
        assertThat(e.problem()).contains("newer version");
        assertThat(PlanJson.READ_VERSIONS).containsExactly("1.0", "1.1");
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }
}
