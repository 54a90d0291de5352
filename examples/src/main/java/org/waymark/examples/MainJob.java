package org.waymark.examples;

import java.io.PrintStream;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;

/**
 * The main job: loads every example plan that ships with Waymark and prints its structure.
 * <p>
 * Run it with {@code mvn -B -P demo -DskipTests verify} from the repository root.
 */
public final class MainJob {

    private MainJob() {
    }

    /**
     * Runs the job.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the job, printing to a stream.
     *
     * @param out where to print, not null
     */
    public static void run(PrintStream out) {
        for (String name : ExamplePlans.names()) {
            CarePlan plan = ExamplePlans.load(name);
            out.printf("%s  (plan %s, version %d, %s, %s)%n", name, plan.id(), plan.version(), plan.status().code(),
                    plan.person().locale().toLanguageTag());
            out.printf("  needs domains recorded: %d, risks: %d, factors: %d%n", plan.needsAssessment().findings().size(),
                    plan.riskFormulation().risks().size(), plan.riskFormulation().factors().size());
            out.printf("  goals: %d long-term, %d short-term; interventions: %d; team members: %d%n",
                    plan.longTermGoals().size(), plan.shortTermGoals().size(), plan.interventions().size(),
                    plan.careTeam().members().size());
            out.printf("  risk management plan: %s; safety plan: %s; next review: %s%n",
                    plan.riskManagementPlan() == null ? "missing" : plan.riskManagementPlan().entries().size() + " entries",
                    plan.safetyPlan() == null ? "missing" : "present",
                    plan.review().nextReviewDate() == null ? "not agreed" : plan.review().nextReviewDate());
        }
    }
}
