package org.waymark.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A planned intervention.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id                   the id, unique in the plan; not null
 * @param modality             the kind of intervention, not null
 * @param description          what it is, not null
 * @param structuredForSelfHarm whether it is a structured psychological intervention specifically for
 *                             self-harm, whose number of sessions NICE bounds (PSYCH-INTERVENTION-SESSIONS)
 * @param plannedSessions      the number of sessions planned, may be null; from 1 to 200
 * @param frequency            how often, in words, may be null
 * @param providerId           the care team member who provides it, may be null
 * @param goalIds              the goals it serves; never null
 * @param startDate            the planned start, may be null
 */
public record Intervention(
        @NotNull String id,
        @NotNull Modality modality,
        @NotNull String description,
        boolean structuredForSelfHarm,
        Integer plannedSessions,
        String frequency,
        String providerId,
        List<String> goalIds,
        LocalDate startDate) {

    /**
     * Checks the components.
     *
     * @param id                   the id, unique in the plan; not null
     * @param modality             the kind of intervention, not null
     * @param description          what it is, not null
     * @param structuredForSelfHarm whether it is a structured psychological intervention specifically for
     *                             self-harm, whose number of sessions NICE bounds (PSYCH-INTERVENTION-SESSIONS)
     * @param plannedSessions      the number of sessions planned, may be null; from 1 to 200
     * @param frequency            how often, in words, may be null
     * @param providerId           the care team member who provides it, may be null
     * @param goalIds              the goals it serves; never null
     * @param startDate            the planned start, may be null
     */
    public Intervention {
        Checks.requireId(id, "id");
        Checks.required(modality, "modality");
        Checks.requireText(description, "description");
        Checks.range(plannedSessions, 1, 200, "plannedSessions");
        Checks.line(frequency, "frequency");
        Checks.id(providerId, "providerId");
        goalIds = Checks.ids(goalIds, "goalIds");
    }

    /**
     * Returns a copy with another number of planned sessions.
     *
     * @param sessions the number of planned sessions
     * @return the copy, not null; this object is unchanged
     */
    public Intervention withPlannedSessions(Integer sessions) {
        return new Intervention(id, modality, description, structuredForSelfHarm, sessions, frequency, providerId, goalIds, startDate);
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
