package org.waymark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.waymark.json.PlanJson;
import org.waymark.model.Agreement;
import org.waymark.model.AimKind;
import org.waymark.model.CarePlan;
import org.waymark.model.Goal;
import org.waymark.model.GoalArea;
import org.waymark.model.Person;
import org.waymark.model.ReviewSchedule;

/** Keeps the README's quick start compiling and true. */
class QuickStartTest {

    @Test
    void readmeQuickStartBuildsAPlanThatRoundTrips() {
        Person person = Person.of("p-7f3a91", Locale.UK).withPreferredName("Zoë");
        CarePlan plan = CarePlan.builder("plan-1", person, LocalDate.of(2026, 11, 23))
                .aim(AimKind.REDUCE_HARM, "Fewer injuries, cared for safely")
                .aimsAgreement(Agreement.of(LocalDate.of(2026, 11, 23), "Agreed in session"))
                .goal(Goal.longTerm("g1", GoalArea.COPING, "I have ways through hard evenings").build())
                .goal(Goal.shortTerm("g2", "g1", GoalArea.COPING, "Use a skill before acting on an urge")
                        .measure("Days a week a skill was used").target("4 of 7 days")
                        .startDate(LocalDate.of(2026, 11, 23)).dueDate(LocalDate.of(2027, 1, 18)).build())
                .review(ReviewSchedule.of(3, LocalDate.of(2027, 2, 22)))
                .build();
        String json = PlanJson.write(plan);
        CarePlan again = PlanJson.read(json);

        assertThat(again).isEqualTo(plan);
        assertThat(again.shortTermGoals()).extracting(Goal::longTermGoalId).containsExactly("g1");
        assertThat(json).startsWith("{\n  \"schemaVersion\": \"1.1\"");
    }
}
