package org.waymark.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.model.CarePlan;
import org.waymark.model.Goal;
import org.waymark.model.GoalArea;
import org.waymark.model.Person;

class PlanJsonTest {

    static List<String> examples() {
        return ExamplePlans.names();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void examplePlansRoundTripLosslessly(String name) {
        CarePlan plan = ExamplePlans.load(name);

        String json = PlanJson.write(plan);

        assertThat(PlanJson.read(json)).isEqualTo(plan);
        assertThat(PlanJson.write(PlanJson.read(json))).isEqualTo(json);
    }

    @Test
    void aDateThatYyyyMmDdCannotHoldIsRefusedOnWriting() {
        Goal goal = Goal.longTerm("g-1", GoalArea.SAFETY, "Keep safe").dueDate(LocalDate.of(10_000, 1, 1)).build();
        CarePlan plan = CarePlan.builder("plan-1", Person.of("p-1", Locale.UK), LocalDate.of(2026, 11, 16))
                .goals(List.of(goal))
                .build();

        assertThatThrownBy(() -> PlanJson.write(plan))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("plan.goals[0].dueDate: ");
    }

    @Test
    void yearZeroRoundTrips() {
        CarePlan plan = CarePlan.builder("plan-1", Person.of("p-1", Locale.UK), LocalDate.of(0, 1, 1)).build();

        assertThat(PlanJson.read(PlanJson.write(plan))).isEqualTo(plan);
    }

    @org.junit.jupiter.api.Test
    void aRiskFieldIsReportedFirstEvenInAnObjectThatIsAlsoIncomplete() {
        String json = "{\"schemaVersion\": \"1.0\", \"plan\": {\"id\": \"x\", \"riskScore\": 7}}";

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlanJson.read(json))
                .isInstanceOfSatisfying(PlanFormatException.class, e -> {
                    assertThat(e.ruleId()).contains("NO-RISK-PREDICTION");
                    assertThat(e.path()).isEqualTo("$.plan.riskScore");
                    assertThat(e.line()).isEqualTo(1);
                });
    }
}
