package org.waymark.research;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.waymark.model.CarePlan;
import org.waymark.model.FactorEffect;
import org.waymark.model.Goal;
import org.waymark.model.GoalStep;
import org.waymark.model.Review;
import org.waymark.validation.Finding;
import org.waymark.validation.ValidationReport;

/**
 * Tidy tables of care plans for analysis in pandas or R: one row per plan, per goal, per review and
 * per validation finding, in UTF-8 CSV (RFC 4180, {@code \n} line ends, a header row).
 * <p>
 * Column names are stable and documented in the README. No free text is exported — no names, no goal
 * statements, no notes — only ids, codes, dates, counts and yes/no values, so that tables can be shared
 * for research with less risk. Dates are ISO ({@code 2026-11-23}); booleans are {@code true}/{@code false};
 * absent values are empty.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CsvExport {

    /** Columns of {@code plans.csv}. */
    public static final List<String> PLAN_COLUMNS = List.of("plan_id", "version", "status", "origin", "locale",
            "start_date", "age_years", "age_band", "methods", "episodes", "needs_domains_recorded", "risk_domains_recorded",
            "risks_identified", "factors_increasing", "factors_protective", "formulation_agreed", "aims", "long_term_goals",
            "short_term_goals", "interventions", "planned_sessions", "medications", "team_members", "has_risk_management_plan",
            "has_crisis_plan", "has_safety_plan", "shared_with_gp", "review_interval_months", "next_review_date", "reviews",
            "acceptable", "errors", "warnings");
    /** Columns of {@code goals.csv}. */
    public static final List<String> GOAL_COLUMNS = List.of("plan_id", "goal_id", "term", "area", "long_term_goal_id",
            "status", "has_measure", "has_baseline", "has_target", "start_date", "due_date", "steps", "steps_done",
            "progress_entries");
    /** Columns of {@code reviews.csv}. */
    public static final List<String> REVIEW_COLUMNS = List.of("plan_id", "review_date", "trigger", "episode_id",
            "safety_plan_reviewed", "risk_plan_reviewed", "goals_discussed");
    /** Columns of {@code findings.csv}. */
    public static final List<String> FINDING_COLUMNS = List.of("plan_id", "rule_id", "severity", "path", "citation");

    private CsvExport() {
    }

    /** A plan and its validation report. */
    public record Row(CarePlan plan, ValidationReport report) {
        /** Checks the components. */
        public Row {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(report, "report");
        }
    }

    /** Writes {@code plans.csv}. */
    public static void writePlans(List<Row> rows, OutputStream out) throws IOException {
        write(out, PLAN_COLUMNS, rows, r -> List.of(planRow(r)));
    }

    /** Writes {@code goals.csv}. */
    public static void writeGoals(List<Row> rows, OutputStream out) throws IOException {
        write(out, GOAL_COLUMNS, rows, r -> r.plan().goals().stream().map(g -> goalRow(r.plan(), g)).toList());
    }

    /** Writes {@code reviews.csv}. */
    public static void writeReviews(List<Row> rows, OutputStream out) throws IOException {
        write(out, REVIEW_COLUMNS, rows, r -> r.plan().review().history().stream().map(v -> reviewRow(r.plan(), v)).toList());
    }

    /** Writes {@code findings.csv}. */
    public static void writeFindings(List<Row> rows, OutputStream out) throws IOException {
        write(out, FINDING_COLUMNS, rows, r -> r.report().findings().stream().map(f -> findingRow(r.plan(), f)).toList());
    }

    private static List<Object> planRow(Row row) {
        CarePlan p = row.plan();
        Integer age = p.person().dateOfBirth() == null ? null : Period.between(p.person().dateOfBirth(), p.startDate()).getYears();
        int sessions = p.interventions().stream().mapToInt(i -> i.plannedSessions() == null ? 0 : i.plannedSessions()).sum();
        return List.of(p.id(), p.version(), p.status().code(), p.origin().code(), p.person().locale().toLanguageTag(),
                p.startDate(), opt(age), opt(p.person().ageBand() == null ? null : p.person().ageBand().code()),
                p.history().methods().size(), p.history().episodes().size(),
                p.needsAssessment().findings().stream().filter(f -> f.finding() != null || f.notAssessedReason() != null).count(),
                p.riskFormulation().domains().stream().filter(d -> d.summary() != null || d.notAddressedReason() != null).count(),
                p.riskFormulation().risks().size(),
                p.riskFormulation().factors().stream().filter(f -> f.effect() == FactorEffect.INCREASES_RISK).count(),
                p.riskFormulation().factors().stream().filter(f -> f.effect() == FactorEffect.PROTECTIVE).count(),
                p.riskFormulation().agreement() != null, p.aims().size(), p.longTermGoals().size(), p.shortTermGoals().size(),
                p.interventions().size(), sessions, p.medications().size(), p.careTeam().members().size(),
                p.riskManagementPlan() != null, p.riskManagementPlan() != null && p.riskManagementPlan().crisisPlan() != null,
                p.safetyPlan() != null, p.sharing().gp() != null && p.sharing().gp().sharedOn() != null,
                opt(p.review().intervalMonths()), opt(p.review().nextReviewDate()), p.review().history().size(),
                row.report().isAcceptable(), row.report().errors().size(), row.report().warnings().size());
    }

    private static List<Object> goalRow(CarePlan p, Goal g) {
        return List.of(p.id(), g.id(), g.term().code(), g.area().code(), opt(g.longTermGoalId()), g.status().code(),
                g.measure() != null, g.baseline() != null, g.target() != null, opt(g.startDate()), opt(g.dueDate()),
                g.steps().size(), g.steps().stream().filter(GoalStep::done).count(), g.progress().size());
    }

    private static List<Object> reviewRow(CarePlan p, Review r) {
        return List.of(p.id(), r.date(), r.trigger().code(), opt(r.episodeId()), r.safetyPlanReviewed(),
                r.riskPlanReviewed(), r.goalProgress().size());
    }

    private static List<Object> findingRow(CarePlan p, Finding f) {
        return List.of(p.id(), f.ruleId(), f.severity().name().toLowerCase(java.util.Locale.ROOT), f.path().toString(),
                f.citation());
    }

    private static Object opt(Object value) {
        return value == null ? "" : value;
    }

    private static void write(OutputStream out, List<String> header, List<Row> rows,
                              Function<Row, List<List<Object>>> lines) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        line(w, new ArrayList<>(header));
        for (Row row : rows) {
            for (List<Object> values : lines.apply(row)) {
                line(w, values);
            }
        }
        w.flush();
    }

    private static void line(Writer w, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(String.valueOf(values.get(i))));
        }
        w.write('\n');
    }

    /** Quotes a value when it holds a comma, a quote or a line break (RFC 4180). */
    static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
