package org.waymark.tables;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.waymark.model.CarePlan;
import org.waymark.model.EpisodeRate;
import org.waymark.model.FactorEffect;
import org.waymark.model.Goal;
import org.waymark.model.GoalStep;
import org.waymark.model.MethodRecord;
import org.waymark.model.Review;
import org.waymark.validation.Finding;
import org.waymark.validation.ValidationReport;

/**
 * Tidy tables of care plans: the columns and the row values of the four research tables — one row
 * per plan, per goal, per review and per validation finding — for any writer (CSV, Spark, a database).
 * <p>
 * No free text is in any table — no names, no goal statements, no notes — only ids, codes, dates,
 * counts and yes/no values, so that tables can be shared for research with less risk. Each value has
 * its column's {@link Type}: {@link String}, {@link Integer}, {@link Boolean} or {@link LocalDate};
 * an absent value is {@code null}. Column names are stable and documented in the README.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PlanTables {

    /** The type of a column's values. */
    public enum Type {
        /** A {@link String}: an id, a code or a path. */
        TEXT,
        /** An {@link Integer}: a count or a number. */
        INTEGER,
        /** A {@link Boolean}. */
        BOOLEAN,
        /** A {@link LocalDate}. */
        DATE
    }

    /**
     * A column of a table.
     *
     * @param name the column's name, in lower snake case, not null
     * @param type the type of its values, not null
     */
    public record Column(String name, Type type) {
        /**
         * Checks the components.
         *
         * @param name the column's name, in lower snake case, not null
         * @param type the type of its values, not null
         */
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    /** Columns of the plans table ({@code plans.csv}): one row per plan. */
    public static final List<Column> PLAN_COLUMNS = columns(
            "plan_id", Type.TEXT, "version", Type.INTEGER, "status", Type.TEXT, "origin", Type.TEXT,
            "locale", Type.TEXT, "start_date", Type.DATE, "age_years", Type.INTEGER, "age_band", Type.TEXT,
            "methods", Type.INTEGER, "episodes", Type.INTEGER, "needs_domains_recorded", Type.INTEGER,
            "risk_domains_recorded", Type.INTEGER, "risks_identified", Type.INTEGER,
            "factors_increasing", Type.INTEGER, "factors_protective", Type.INTEGER,
            "formulation_agreed", Type.BOOLEAN, "aims", Type.INTEGER, "long_term_goals", Type.INTEGER,
            "short_term_goals", Type.INTEGER, "interventions", Type.INTEGER, "planned_sessions", Type.INTEGER,
            "medications", Type.INTEGER, "team_members", Type.INTEGER, "has_risk_management_plan", Type.BOOLEAN,
            "has_crisis_plan", Type.BOOLEAN, "has_safety_plan", Type.BOOLEAN, "shared_with_gp", Type.BOOLEAN,
            "review_interval_months", Type.INTEGER, "next_review_date", Type.DATE, "reviews", Type.INTEGER,
            "acceptable", Type.BOOLEAN, "errors", Type.INTEGER, "warnings", Type.INTEGER);

    /** Columns of the goals table ({@code goals.csv}): one row per goal. */
    public static final List<Column> GOAL_COLUMNS = columns(
            "plan_id", Type.TEXT, "goal_id", Type.TEXT, "term", Type.TEXT, "area", Type.TEXT,
            "long_term_goal_id", Type.TEXT, "status", Type.TEXT, "has_measure", Type.BOOLEAN,
            "has_baseline", Type.BOOLEAN, "has_target", Type.BOOLEAN, "start_date", Type.DATE,
            "due_date", Type.DATE, "steps", Type.INTEGER, "steps_done", Type.INTEGER,
            "progress_entries", Type.INTEGER);

    /** Columns of the reviews table ({@code reviews.csv}): one row per review. */
    public static final List<Column> REVIEW_COLUMNS = columns(
            "plan_id", Type.TEXT, "review_date", Type.DATE, "trigger", Type.TEXT, "episode_id", Type.TEXT,
            "safety_plan_reviewed", Type.BOOLEAN, "risk_plan_reviewed", Type.BOOLEAN,
            "goals_discussed", Type.INTEGER);

    /**
     * Columns of the methods table ({@code methods.csv}): one row per method of self-harm. The rate is the
     * method's frequency as a count per period ({@code rate_count} a {@code rate_per}), and as episodes a year
     * (365 days, 52 weeks or 12 months to the year); all three are empty where the plan records the frequency in
     * words only. The method's detail, frequency in words and medical severity are free text and not exported.
     */
    public static final List<Column> METHOD_COLUMNS = columns(
            "plan_id", Type.TEXT, "method_id", Type.TEXT, "method", Type.TEXT, "rate_count", Type.INTEGER,
            "rate_per", Type.TEXT, "episodes_per_year", Type.INTEGER, "most_recent", Type.DATE,
            "access_to_means", Type.BOOLEAN);

    /** Columns of the findings table ({@code findings.csv}): one row per validation finding. */
    public static final List<Column> FINDING_COLUMNS = columns(
            "plan_id", Type.TEXT, "rule_id", Type.TEXT, "severity", Type.TEXT, "path", Type.TEXT,
            "citation", Type.TEXT);

    private PlanTables() {
    }

    /**
     * Returns the names of columns, in order.
     *
     * @param columns the columns, not null
     * @return their names, not null
     */
    public static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * Returns a plan's row of the plans table.
     *
     * @param plan   the plan, not null
     * @param report the plan's validation report, not null
     * @return the values in the order of {@link #PLAN_COLUMNS}, {@code null} where absent; unmodifiable
     */
    public static List<Object> planRow(CarePlan plan, ValidationReport report) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(report, "report");
        CarePlan p = plan;
        Integer age = p.person().dateOfBirth() == null ? null
                : Period.between(p.person().dateOfBirth(), p.startDate()).getYears();
        int sessions = p.interventions().stream().mapToInt(i -> i.plannedSessions() == null ? 0 : i.plannedSessions()).sum();
        return row(p.id(), p.version(), p.status().code(), p.origin().code(), p.person().locale().toLanguageTag(),
                p.startDate(), age, p.person().ageBand() == null ? null : p.person().ageBand().code(),
                p.history().methods().size(), p.history().episodes().size(),
                count(p.needsAssessment().findings().stream().filter(f -> f.finding() != null || f.notAssessedReason() != null).count()),
                count(p.riskFormulation().domains().stream().filter(d -> d.summary() != null || d.notAddressedReason() != null).count()),
                p.riskFormulation().risks().size(),
                count(p.riskFormulation().factors().stream().filter(f -> f.effect() == FactorEffect.INCREASES_RISK).count()),
                count(p.riskFormulation().factors().stream().filter(f -> f.effect() == FactorEffect.PROTECTIVE).count()),
                p.riskFormulation().agreement() != null, p.aims().size(), p.longTermGoals().size(), p.shortTermGoals().size(),
                p.interventions().size(), sessions, p.medications().size(), p.careTeam().members().size(),
                p.riskManagementPlan() != null, p.riskManagementPlan() != null && p.riskManagementPlan().crisisPlan() != null,
                p.safetyPlan() != null, p.sharing().gp() != null && p.sharing().gp().sharedOn() != null,
                p.review().intervalMonths(), p.review().nextReviewDate(), p.review().history().size(),
                report.isAcceptable(), report.errors().size(), report.warnings().size());
    }

    /**
     * Returns a plan's rows of the goals table, one per goal in the plan's order.
     *
     * @param plan the plan, not null
     * @return rows in the order of {@link #GOAL_COLUMNS}, {@code null} where absent; unmodifiable
     */
    public static List<List<Object>> goalRows(CarePlan plan) {
        Objects.requireNonNull(plan, "plan");
        return plan.goals().stream().map(g -> goalRow(plan, g)).toList();
    }

    /**
     * Returns a plan's rows of the reviews table, one per review in the plan's order.
     *
     * @param plan the plan, not null
     * @return rows in the order of {@link #REVIEW_COLUMNS}, {@code null} where absent; unmodifiable
     */
    public static List<List<Object>> reviewRows(CarePlan plan) {
        Objects.requireNonNull(plan, "plan");
        return plan.review().history().stream().map(r -> reviewRow(plan, r)).toList();
    }

    /**
     * Returns a plan's rows of the methods table, one per method of self-harm in the plan's order.
     *
     * @param plan the plan, not null
     * @return rows in the order of {@link #METHOD_COLUMNS}, {@code null} where absent; unmodifiable
     */
    public static List<List<Object>> methodRows(CarePlan plan) {
        Objects.requireNonNull(plan, "plan");
        return plan.history().methods().stream().map(m -> methodRow(plan, m)).toList();
    }

    /**
     * Returns a plan's rows of the findings table, one per finding in the report's order.
     *
     * @param plan   the plan, not null
     * @param report the plan's validation report, not null
     * @return rows in the order of {@link #FINDING_COLUMNS}; unmodifiable
     */
    public static List<List<Object>> findingRows(CarePlan plan, ValidationReport report) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(report, "report");
        return report.findings().stream().map(f -> findingRow(plan, f)).toList();
    }

    private static List<Object> goalRow(CarePlan p, Goal g) {
        return row(p.id(), g.id(), g.term().code(), g.area().code(), g.longTermGoalId(), g.status().code(),
                g.measure() != null, g.baseline() != null, g.target() != null, g.startDate(), g.dueDate(),
                g.steps().size(), count(g.steps().stream().filter(GoalStep::done).count()), g.progress().size());
    }

    private static List<Object> reviewRow(CarePlan p, Review r) {
        return row(p.id(), r.date(), r.trigger().code(), r.episodeId(), r.safetyPlanReviewed(),
                r.riskPlanReviewed(), r.goalProgress().size());
    }

    private static List<Object> methodRow(CarePlan p, MethodRecord m) {
        EpisodeRate rate = m.rate();
        return row(p.id(), m.id(), m.method().code(), rate == null ? null : rate.count(),
                rate == null ? null : rate.per().code(), rate == null ? null : rate.perYear(), m.mostRecent(),
                m.accessToMeans());
    }

    private static List<Object> findingRow(CarePlan p, Finding f) {
        return row(p.id(), f.ruleId(), f.severity().name().toLowerCase(Locale.ROOT), f.path().toString(), f.citation());
    }

    private static Integer count(long n) {
        return Math.toIntExact(n);
    }

    /** An unmodifiable list that, unlike {@code List.of}, holds nulls. */
    private static List<Object> row(Object... values) {
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    private static List<Column> columns(Object... namesAndTypes) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            columns.add(new Column((String) namesAndTypes[i], (Type) namesAndTypes[i + 1]));
        }
        return List.copyOf(columns);
    }
}
