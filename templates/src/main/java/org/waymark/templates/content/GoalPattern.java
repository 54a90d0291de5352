package org.waymark.templates.content;

import org.waymark.model.GoalArea;
import org.waymark.model.GoalTerm;
import java.util.List;
import java.util.Objects;
import org.waymark.templates.content.internal.Arguments;

/**
 * A SMART goal pattern: a worded goal a person and clinician can choose, adapt and agree together.
 * <p>
 * NICE CG133 asks care plans for realistic and optimistic long-term goals, including education,
 * employment and occupation, and for short-term goals linked to them with steps to achieve them. Each
 * pattern carries the parts a SMART goal needs: a specific statement, a way to measure it, a question to
 * find the starting point, a target, and a typical timescale. Goals are framed around safety, coping and
 * living well, never only around stopping self-harm.
 * <p>
 * The statement, measure, baseline prompt and target are written for the person ({@link Audience#PERSON});
 * the citation is for clinicians.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id                      the stable id, such as {@code coping.urge-surfing-practice}; its first
 *                                part is the area code
 * @param area                    the area of life, not null
 * @param term                    long-term or short-term, not null
 * @param statement               the goal in plain words, in the first person, not blank
 * @param measure                 how progress is measured, not blank
 * @param baselinePrompt          a question that finds the starting point, not blank
 * @param target                  the suggested target, to be adapted with the person, not blank
 * @param typicalTimescaleWeeks   the typical time to review the goal, in weeks, from 1 to 52
 * @param linkedLongTermGoalIds   for a short-term goal, the long-term goal patterns it serves (at least
 *                                one); for a long-term goal, empty; not null
 * @param citation                the guideline point the goal rests on, not blank
 */
public record GoalPattern(
        String id,
        GoalArea area,
        GoalTerm term,
        String statement,
        String measure,
        String baselinePrompt,
        String target,
        int typicalTimescaleWeeks,
        List<String> linkedLongTermGoalIds,
        String citation) {

    /**
     * Checks and copies the components.
     *
     * @param id                      the stable id, such as {@code coping.urge-surfing-practice}; its first
     *                                part is the area code
     * @param area                    the area of life, not null
     * @param term                    long-term or short-term, not null
     * @param statement               the goal in plain words, in the first person, not blank
     * @param measure                 how progress is measured, not blank
     * @param baselinePrompt          a question that finds the starting point, not blank
     * @param target                  the suggested target, to be adapted with the person, not blank
     * @param typicalTimescaleWeeks   the typical time to review the goal, in weeks, from 1 to 52
     * @param linkedLongTermGoalIds   for a short-term goal, the long-term goal patterns it serves (at least
     *                                one); for a long-term goal, empty; not null
     * @param citation                the guideline point the goal rests on, not blank
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text is blank, the id does not start with the area code,
     *         the timescale is out of range, or the links do not fit the term
     */
    public GoalPattern {
        Arguments.requireId(id, "id");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(term, "term");
        if (!id.startsWith(area.code() + ".")) {
            throw new IllegalArgumentException("id '" + id + "' must start with its area code '" + area.code() + ".'");
        }
        Arguments.requireText(statement, "statement");
        Arguments.requireText(measure, "measure");
        Arguments.requireText(baselinePrompt, "baselinePrompt");
        Arguments.requireText(target, "target");
        if (typicalTimescaleWeeks < 1 || typicalTimescaleWeeks > 52) {
            throw new IllegalArgumentException("typicalTimescaleWeeks must be from 1 to 52, a review within a year: "
                    + typicalTimescaleWeeks);
        }
        linkedLongTermGoalIds = Arguments.copy(linkedLongTermGoalIds, "linkedLongTermGoalIds");
        for (String link : linkedLongTermGoalIds) {
            Arguments.requireId(link, "linkedLongTermGoalIds");
        }
        if (term == GoalTerm.LONG_TERM && !linkedLongTermGoalIds.isEmpty()) {
            throw new IllegalArgumentException("long-term goal '" + id + "' must not link to other long-term goals");
        }
        if (term == GoalTerm.SHORT_TERM && linkedLongTermGoalIds.isEmpty()) {
            throw new IllegalArgumentException("short-term goal '" + id + "' must link to at least one long-term goal");
        }
        Arguments.requireText(citation, "citation");
    }

    /**
     * Returns whether this is a long-term goal.
     *
     * @return true if the term is {@link GoalTerm#LONG_TERM}
     */
    public boolean isLongTerm() {
        return term == GoalTerm.LONG_TERM;
    }
}
