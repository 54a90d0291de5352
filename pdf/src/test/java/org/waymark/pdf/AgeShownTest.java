package org.waymark.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;
import org.waymark.model.Person;

/**
 * The age the care plan prints is the age the rules use: the age on the plan's start date, never
 * negative, never a year count from year 0 (the model refuses such dates of birth).
 */
class AgeShownTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 17, 18, 64, 65, 129})
    void theCarePlanPrintsTheAgeOnTheStartDate(int age) {
        CarePlan adult = ExamplePlans.load(ExamplePlans.ADULT_COMPLETE);
        LocalDate start = adult.startDate();
        // a birthday on the start date, and one the day after it: the same age either way
        for (LocalDate born : new LocalDate[] {start.minusYears(age), start.minusYears(age + 1L).plusDays(1)}) {
            Person p = adult.person();
            CarePlan plan = adult.withPerson(new Person(p.id(), p.preferredName(), born, null, p.locale(), p.pronouns(),
                    p.hasDependentChildren()));
            assertThat(plan.person().ageOn(start)).hasValue(age);
            assertThat(plan.person().isUnder18On(start)).isEqualTo(age < 18);

            String text = TestDocs.flatText(CarePlanDocument.toBytes(plan, TestDocs.options(plan)));

            assertThat(text).contains("Age: " + age + " on ");
        }
    }
}
