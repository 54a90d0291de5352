package org.waymark.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded episode of self-harm. After an episode, the safety plan and the risk management plan
 * are reviewed (REVIEW-AFTER-EPISODE).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id                the id, unique in the plan; not null
 * @param date              the date of the episode, not null
 * @param methodIds         the ids of the methods involved, from the history; never null
 * @param description       what happened, may be null
 * @param medicalCareNeeded whether medical care was needed; null when not known
 */
public record Episode(
        @NotNull String id,
        @NotNull LocalDate date,
        List<String> methodIds,
        String description,
        Boolean medicalCareNeeded) {

    /**
     * Checks the components.
     *
     * @param id                the id, unique in the plan; not null
     * @param date              the date of the episode, not null
     * @param methodIds         the ids of the methods involved, from the history; never null
     * @param description       what happened, may be null
     * @param medicalCareNeeded whether medical care was needed; null when not known
     */
    public Episode {
        Checks.requireId(id, "id");
        Checks.required(date, "date");
        methodIds = Checks.ids(methodIds, "methodIds");
        Checks.text(description, "description");
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
