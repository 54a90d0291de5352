package org.waymark.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A goal in the care plan: long-term (realistic and optimistic), or a short-term goal that is a
 * step towards a long-term one, with SMART fields and a progress log (NICE CG133).
 * <p>
 * The SMART fields may be missing in a draft; GOAL-SMART reports that. Structure is checked here:
 * only a short-term goal may name a long-term goal. A due date before the start date is representable, and
 * GOAL-SMART reports it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id             the id, unique in the plan; not null
 * @param term           long-term or short-term, not null
 * @param area           the area of life, not null
 * @param statement      the specific goal, in the person's words where possible; not null
 * @param addresses      the need or problem it addresses, may be null
 * @param longTermGoalId for a short-term goal, the long-term goal it serves; null for a long-term goal
 * @param measure        how progress is measured, may be null
 * @param baseline       where things stand at the start, may be null
 * @param target         what counts as achieved, may be null
 * @param startDate      the start date, may be null
 * @param dueDate        the due date, may be null
 * @param dueDateReason  why the due date falls after the next review, may be null
 * @param ownerId        who leads: a care team member's id or the person's id, may be null
 * @param status         where the goal stands, not null
 * @param steps          steps towards it; never null
 * @param progress       the progress log, oldest first; never null
 * @param inOwnWords     the goal as the person puts it, printed instead of {@code statement} on the
 *                       documents the person takes home; may be null
 * @param measureInOwnWords how the person will know they are getting there, in their words, printed
 *                       instead of {@code measure} on the documents the person takes home; may be null
 */
public record Goal(
        @NotNull String id,
        @NotNull GoalTerm term,
        @NotNull GoalArea area,
        @NotNull String statement,
        String addresses,
        String longTermGoalId,
        String measure,
        String baseline,
        String target,
        LocalDate startDate,
        LocalDate dueDate,
        String dueDateReason,
        String ownerId,
        @NotNull GoalStatus status,
        List<@Valid GoalStep> steps,
        List<@Valid ProgressEntry> progress,
        String inOwnWords,
        String measureInOwnWords) {

    /**
     * Checks the components.
     *
     * @param id             the id, unique in the plan; not null
     * @param term           long-term or short-term, not null
     * @param area           the area of life, not null
     * @param statement      the specific goal, in the person's words where possible; not null
     * @param addresses      the need or problem it addresses, may be null
     * @param longTermGoalId for a short-term goal, the long-term goal it serves; null for a long-term goal
     * @param measure        how progress is measured, may be null
     * @param baseline       where things stand at the start, may be null
     * @param target         what counts as achieved, may be null
     * @param startDate      the start date, may be null
     * @param dueDate        the due date, may be null
     * @param dueDateReason  why the due date falls after the next review, may be null
     * @param ownerId        who leads: a care team member's id or the person's id, may be null
     * @param status         where the goal stands, not null
     * @param steps          steps towards it; never null
     * @param progress       the progress log, oldest first; never null
     * @param inOwnWords     the goal as the person puts it, printed instead of {@code statement} on the
     *                       documents the person takes home; may be null
     * @param measureInOwnWords how the person will know they are getting there, in their words, printed
     *                       instead of {@code measure} on the documents the person takes home; may be null
     */
    public Goal {
        Checks.requireId(id, "id");
        Checks.required(term, "term");
        Checks.required(area, "area");
        Checks.requireText(statement, "statement");
        Checks.text(addresses, "addresses");
        Checks.id(longTermGoalId, "longTermGoalId");
        if (term == GoalTerm.LONG_TERM && longTermGoalId != null) {
            throw Checks.invalid("longTermGoalId", "only a short-term goal links to a long-term goal");
        }
        Checks.text(measure, "measure");
        Checks.text(baseline, "baseline");
        Checks.text(target, "target");
        Checks.text(dueDateReason, "dueDateReason");
        Checks.id(ownerId, "ownerId");
        Checks.required(status, "status");
        steps = Checks.list(steps, "steps");
        progress = Checks.list(progress, "progress");
        Checks.text(inOwnWords, "inOwnWords");
        Checks.text(measureInOwnWords, "measureInOwnWords");
    }

    /**
     * Tells whether this is a short-term goal.
     *
     * @return true if this is a short-term goal
     */
    public boolean isShortTerm() {
        return term == GoalTerm.SHORT_TERM;
    }

    /**
     * Starts a builder for a long-term goal.
     *
     * @param id        the id, not null
     * @param area      the area, not null
     * @param statement the statement, not null
     * @return a builder, not null
     */
    public static Builder longTerm(String id, GoalArea area, String statement) {
        return new Builder(id, GoalTerm.LONG_TERM, area, statement);
    }

    /**
     * Starts a builder for a short-term goal serving a long-term goal.
     *
     * @param id             the id, not null
     * @param longTermGoalId the long-term goal's id, not null
     * @param area           the area, not null
     * @param statement      the statement, not null
     * @return a builder, not null
     */
    public static Builder shortTerm(String id, String longTermGoalId, GoalArea area, String statement) {
        return new Builder(id, GoalTerm.SHORT_TERM, area, statement).longTermGoalId(longTermGoalId);
    }

    /**
     * Returns a builder holding this goal's values.
     *
     * @return a builder holding this goal's values
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, term, area, statement);
        b.addresses = addresses;
        b.longTermGoalId = longTermGoalId;
        b.measure = measure;
        b.baseline = baseline;
        b.target = target;
        b.startDate = startDate;
        b.dueDate = dueDate;
        b.dueDateReason = dueDateReason;
        b.ownerId = ownerId;
        b.status = status;
        b.steps = new ArrayList<>(steps);
        b.progress = new ArrayList<>(progress);
        b.inOwnWords = inOwnWords;
        b.measureInOwnWords = measureInOwnWords;
        return b;
    }

    /**
     * Returns a copy with another due date.
     *
     * @param date the due date
     * @return the copy, not null; this object is unchanged
     */
    public Goal withDueDate(LocalDate date) {
        return toBuilder().dueDate(date).build();
    }

    /**
     * Returns a copy with another measure.
     *
     * @param value the measure
     * @return the copy, not null; this object is unchanged
     */
    public Goal withMeasure(String value) {
        return toBuilder().measure(value).build();
    }

    /**
     * Returns a copy with other steps.
     *
     * @param list the steps
     * @return the copy, not null; this object is unchanged
     */
    public Goal withSteps(List<GoalStep> list) {
        return toBuilder().steps(list).build();
    }

    /**
     * Returns a copy with another statement.
     *
     * @param value the statement
     * @return the copy, not null; this object is unchanged
     */
    public Goal withStatement(String value) {
        return toBuilder().statement(value).build();
    }

    /**
     * A builder of goals; {@link #build()} calls the canonical constructor, so checks live in one place.
     * Not thread-safe.
     */
    public static final class Builder {
        private String id;
        private GoalTerm term;
        private GoalArea area;
        private String statement;
        private String addresses;
        private String longTermGoalId;
        private String measure;
        private String baseline;
        private String target;
        private LocalDate startDate;
        private LocalDate dueDate;
        private String dueDateReason;
        private String ownerId;
        private GoalStatus status = GoalStatus.ACTIVE;
        private List<GoalStep> steps = new ArrayList<>();
        private List<ProgressEntry> progress = new ArrayList<>();
        private String inOwnWords;
        private String measureInOwnWords;

        private Builder(String id, GoalTerm term, GoalArea area, String statement) {
            this.id = id;
            this.term = term;
            this.area = area;
            this.statement = statement;
        }

        /**
         * Sets the id.
         *
         * @param v the id
         * @return this builder
         */
        public Builder id(String v) { this.id = v; return this; }
        /**
         * Sets the area.
         *
         * @param v the area
         * @return this builder
         */
        public Builder area(GoalArea v) { this.area = v; return this; }
        /**
         * Sets the statement.
         *
         * @param v the statement
         * @return this builder
         */
        public Builder statement(String v) { this.statement = v; return this; }
        /**
         * Sets the need or problem addressed.
         *
         * @param v the need or problem addressed
         * @return this builder
         */
        public Builder addresses(String v) { this.addresses = v; return this; }
        /**
         * Sets the long-term goal served.
         *
         * @param v the long-term goal served
         * @return this builder
         */
        public Builder longTermGoalId(String v) { this.longTermGoalId = v; return this; }
        /**
         * Sets the measure.
         *
         * @param v the measure
         * @return this builder
         */
        public Builder measure(String v) { this.measure = v; return this; }
        /**
         * Sets the baseline.
         *
         * @param v the baseline
         * @return this builder
         */
        public Builder baseline(String v) { this.baseline = v; return this; }
        /**
         * Sets the target.
         *
         * @param v the target
         * @return this builder
         */
        public Builder target(String v) { this.target = v; return this; }
        /**
         * Sets the start date.
         *
         * @param v the start date
         * @return this builder
         */
        public Builder startDate(LocalDate v) { this.startDate = v; return this; }
        /**
         * Sets the due date.
         *
         * @param v the due date
         * @return this builder
         */
        public Builder dueDate(LocalDate v) { this.dueDate = v; return this; }
        /**
         * Sets the reason the due date falls after the next review.
         *
         * @param v the reason the due date falls after the next review
         * @return this builder
         */
        public Builder dueDateReason(String v) { this.dueDateReason = v; return this; }
        /**
         * Sets who leads.
         *
         * @param v who leads
         * @return this builder
         */
        public Builder ownerId(String v) { this.ownerId = v; return this; }
        /**
         * Sets the status.
         *
         * @param v the status
         * @return this builder
         */
        public Builder status(GoalStatus v) { this.status = v; return this; }
        /**
         * Replaces the steps.
         *
         * @param v the steps, in order
         * @return this builder
         */
        public Builder steps(List<GoalStep> v) { this.steps = new ArrayList<>(v); return this; }
        /**
         * Adds a step.
         *
         * @param description what the step is, not null
         * @param owner       the id of whoever takes the step, not null
         * @return this builder
         */
        public Builder step(String description, String owner) { this.steps.add(GoalStep.of(description, owner)); return this; }
        /**
         * Replaces the progress log.
         *
         * @param v the progress log, in order
         * @return this builder
         */
        public Builder progress(List<ProgressEntry> v) { this.progress = new ArrayList<>(v); return this; }
        /**
         * Adds a progress entry.
         *
         * @param v the progress entry to add
         * @return this builder
         */
        public Builder progress(ProgressEntry v) { this.progress.add(v); return this; }
        /**
         * Sets the goal in the person's own words.
         *
         * @param v the goal in the person's own words
         * @return this builder
         */
        public Builder inOwnWords(String v) { this.inOwnWords = v; return this; }
        /**
         * Sets the measure in the person's own words.
         *
         * @param v the measure in the person's own words
         * @return this builder
         */
        public Builder measureInOwnWords(String v) { this.measureInOwnWords = v; return this; }

        /**
         * Builds the goal.
         *
         * @return the goal, not null
         * @throws IllegalArgumentException if a component is structurally invalid
         */
        public Goal build() {
            return new Goal(id, term, area, statement, addresses, longTermGoalId, measure, baseline, target,
                    startDate, dueDate, dueDateReason, ownerId, status, steps, progress, inOwnWords, measureInOwnWords);
        }
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
