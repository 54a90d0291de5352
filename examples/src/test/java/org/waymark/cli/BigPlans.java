package org.waymark.cli;

import java.util.ArrayList;
import java.util.List;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;
import org.waymark.model.Goal;
import org.waymark.model.GoalTerm;

/** The complete adult example grown to many goals: the large plan for memory and failure tests. */
final class BigPlans {

    private BigPlans() {
    }

    /** The complete adult example with as many short-term goals added as make {@code total} goals. */
    static CarePlan withGoals(int total) {
        CarePlan plan = ExamplePlans.load(ExamplePlans.ADULT_COMPLETE);
        Goal model = plan.goals().stream().filter(g -> g.term() == GoalTerm.SHORT_TERM).findFirst().orElseThrow();
        List<Goal> goals = new ArrayList<>(plan.goals());
        for (int i = 0; goals.size() < total; i++) {
            goals.add(model.toBuilder().id("g-many-" + i).build());
        }
        return plan.withGoals(goals);
    }
}
