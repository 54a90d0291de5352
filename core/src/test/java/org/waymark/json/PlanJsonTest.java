package org.waymark.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.model.CarePlan;

class PlanJsonTest {

    static java.util.List<String> examples() {
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
}
