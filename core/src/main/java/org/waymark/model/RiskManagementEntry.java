package org.waymark.model;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * An entry of the risk management plan: what will be done about identified risks or factors, by
 * whom and by when (NICE CG133 1.4.4).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id        the id, unique in the plan; not null
 * @param riskIds   the identified risks it addresses; never null
 * @param factorIds the factors it addresses; never null
 * @param actions   the actions; never null
 * @param ownerId   who is responsible: a team member's id or the person's id; may be null
 * @param timescale when, in words ("within 48 hours", "at each session"), may be null
 */
public record RiskManagementEntry(@NotNull String id, List<String> riskIds, List<String> factorIds,
                                  List<String> actions, String ownerId, String timescale) {

    /**
     * Checks the components.
     *
     * @param id        the id, unique in the plan; not null
     * @param riskIds   the identified risks it addresses; never null
     * @param factorIds the factors it addresses; never null
     * @param actions   the actions; never null
     * @param ownerId   who is responsible: a team member's id or the person's id; may be null
     * @param timescale when, in words ("within 48 hours", "at each session"), may be null
     */
    public RiskManagementEntry {
        Checks.requireId(id, "id");
        riskIds = Checks.ids(riskIds, "riskIds");
        factorIds = Checks.ids(factorIds, "factorIds");
        actions = Checks.texts(actions, "actions");
        Checks.id(ownerId, "ownerId");
        Checks.line(timescale, "timescale");
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
