package org.waymark.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.waymark.json.PlanJson;
import org.waymark.model.CarePlan;
import org.waymark.model.PlanOrigin;
import org.waymark.validation.Finding;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.Stage;

class SyntheticPlansTest {

    static final SyntheticPlans GENERATOR = SyntheticPlans.ofSeed(42);

    @Test
    void theSameSeedGivesTheSamePlans() {
        assertThat(SyntheticPlans.ofSeed(42).generate(20)).isEqualTo(GENERATOR.generate(20));
        assertThat(SyntheticPlans.ofSeed(43).plan(0)).isNotEqualTo(GENERATOR.plan(0));
    }

    @Test
    void plansVaryInCompletenessLocaleAndAge() {
        List<CarePlan> plans = GENERATOR.generate(200);
        Map<SyntheticPlans.Completeness, Long> kinds = IntStream.range(0, 200).mapToObj(GENERATOR::completeness)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(kinds).containsKeys(SyntheticPlans.Completeness.values());
        assertThat(plans).extracting(p -> p.person().locale().toLanguageTag()).contains("en-GB", "en-US");
        assertThat(plans).anyMatch(p -> p.person().isUnder18On(p.startDate())).anyMatch(p -> !p.person().isUnder18On(p.startDate()));
        assertThat(plans).allMatch(p -> p.origin() == PlanOrigin.SYNTHETIC);
        assertThat(plans).allSatisfy(p -> assertThat(PlanJson.read(PlanJson.write(p))).isEqualTo(p));
    }

    @Test
    void completePlansPassFinalValidationAndOthersDoNot() {
        PlanValidator validator = PlanValidator.standard();
        for (int i = 0; i < 200; i++) {
            CarePlan plan = GENERATOR.plan(i);
            List<Finding> errors = validator.validate(plan, Stage.FINAL, LocalDate.of(2026, 11, 23)).errors();
            if (GENERATOR.completeness(i) == SyntheticPlans.Completeness.COMPLETE) {
                assertThat(errors).as("plan %d", i).extracting(f -> f.ruleId() + " " + f.path()).isEmpty();
            } else {
                assertThat(errors).as("plan %d", i).isNotEmpty();
            }
        }
    }
}
