package org.waymark.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.waymark.model.CarePlan;
import org.waymark.testing.PlanArbitraries;
import org.waymark.testing.PlanSchema;

/** Properties of reading and writing random valid plans. */
class PlanJsonPropertiesTest {

    @Provide
    Arbitrary<CarePlan> plans() {
        return PlanArbitraries.plans();
    }

    @Property(tries = 1000)
    void aWrittenPlanReadsBackEqual(@ForAll("plans") CarePlan plan) {
        String json = PlanJson.write(plan);

        CarePlan read = PlanJson.read(json);

        assertThat(read).as(json).isEqualTo(plan);
        assertThat(PlanJson.write(read)).isEqualTo(json);
    }

    @Property(tries = 200)
    void aWrittenPlanMatchesTheSchema(@ForAll("plans") CarePlan plan) {
        String json = PlanJson.write(plan);

        assertThat(PlanSchema.validate(json)).as(json).isEmpty();
    }
}
