package org.waymark.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import org.waymark.json.PlanFormatException;
import org.waymark.json.PlanJson;
import org.waymark.model.CarePlan;

/**
 * Fuzzes the JSON reader with arbitrary bytes: it either returns a plan that round-trips, or throws a
 * {@link PlanFormatException} with a path and a message — never another exception, never a hang.
 * <p>
 * In a normal build this runs the seeds under {@code PlanJsonFuzzTestInputs/} (regression mode). To fuzz:
 * {@code JAZZER_FUZZ=1 mvn -pl core test -Dtest=PlanJsonFuzzTest}.
 */
class PlanJsonFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void readNeverFailsUntyped(byte[] input) {
        CarePlan plan;
        try {
            plan = PlanJson.read(new ByteArrayInputStream(input));
        } catch (PlanFormatException e) {
            assertThat(e.path()).startsWith("$");
            assertThat(e.problem()).isNotBlank();
            return;
        } catch (UncheckedIOException e) {
            // Reading from memory does not fail; a malformed encoding is a PlanFormatException.
            throw new AssertionError("an I/O failure from an in-memory stream", e);
        }
        assertThat(PlanJson.read(PlanJson.write(plan))).isEqualTo(plan);
    }
}
