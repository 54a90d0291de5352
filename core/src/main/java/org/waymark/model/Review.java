package org.waymark.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A review of the plan that took place.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param date              the date, not null
 * @param trigger           what prompted it, not null
 * @param episodeId         for a review after an episode, the episode, may be null
 * @param participants      who took part, by role or name; never null
 * @param summary           what changed, may be null
 * @param safetyPlanReviewed whether the safety plan was reviewed
 * @param riskPlanReviewed  whether the risk management plan was reviewed
 * @param goalProgress      progress on goals; never null
 */
public record Review(@NotNull LocalDate date, @NotNull ReviewTrigger trigger, String episodeId, List<String> participants,
                     String summary, boolean safetyPlanReviewed, boolean riskPlanReviewed,
                     List<@Valid GoalProgress> goalProgress) {

    /**
     * Checks the components.
     *
     * @param date              the date, not null
     * @param trigger           what prompted it, not null
     * @param episodeId         for a review after an episode, the episode, may be null
     * @param participants      who took part, by role or name; never null
     * @param summary           what changed, may be null
     * @param safetyPlanReviewed whether the safety plan was reviewed
     * @param riskPlanReviewed  whether the risk management plan was reviewed
     * @param goalProgress      progress on goals; never null
     */
    public Review {
        Checks.required(date, "date");
        Checks.required(trigger, "trigger");
        Checks.id(episodeId, "episodeId");
        participants = Checks.texts(participants, "participants");
        Checks.text(summary, "summary");
        goalProgress = Checks.list(goalProgress, "goalProgress");
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
