// A researcher's script: build a plan from a template, validate it, and validate a batch of synthetic
// plans, printing a table of how often each rule fires.
//
// Run from the repository root after `mvn -B -DskipTests package`:
//   java -cp examples/target/waymark.jar examples/scripts/ResearchExample.java

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.waymark.model.CarePlan;
import org.waymark.model.Person;
import org.waymark.research.SyntheticPlans;
import org.waymark.templates.TemplateLibrary;
import org.waymark.validation.Finding;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.Severity;
import org.waymark.validation.Stage;
import org.waymark.validation.ValidationReport;

public class ResearchExample {

    public static void main(String[] args) {
        LocalDate on = LocalDate.of(2026, 11, 23);
        PlanValidator validator = PlanValidator.standard();

        CarePlan draft = TemplateLibrary.standard().require("nice-care-plan")
                .instantiate("plan-1", Person.of("p-1", Locale.UK), on);
        ValidationReport report = validator.validate(draft, Stage.DRAFT, on);
        System.out.printf("A new NICE care plan draft: %d errors, %d warnings at the draft stage%n%n",
                report.errors().size(), report.warnings().size());

        Map<String, int[]> counts = new TreeMap<>();
        int plans = 100;
        for (CarePlan plan : SyntheticPlans.ofSeed(2026).generate(plans)) {
            for (Finding f : validator.validate(plan, Stage.FINAL, on).findings()) {
                int[] c = counts.computeIfAbsent(f.ruleId(), k -> new int[2]);
                c[f.severity() == Severity.ERROR ? 0 : 1]++;
            }
        }
        System.out.printf("Findings in %d synthetic plans at the final stage:%n", plans);
        System.out.printf("%-30s %7s %9s%n", "rule", "errors", "warnings");
        counts.forEach((rule, c) -> System.out.printf("%-30s %7d %9d%n", rule, c[0], c[1]));
    }
}
