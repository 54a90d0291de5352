package org.waymark.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A decision to offer or not offer treatment, refer or discharge. NICE NG225 1.6.2 and 1.6.4 say
 * such decisions must not rest on a risk tool, scale or risk level; the rationale states the needs
 * it rests on (NO-TOOL-GATEKEEPING).
 *
 * @param id        the id, unique in the plan; not null
 * @param date      the date, not null
 * @param kind      the decision, not null
 * @param rationale the needs-based rationale, may be null in a draft
 *
 * This class is immutable and thread-safe.
 */
public record TreatmentDecision(@NotNull String id, @NotNull LocalDate date, @NotNull DecisionKind kind, String rationale) {

    /** Checks the components. */
    public TreatmentDecision {
        Checks.requireId(id, "id");
        Checks.required(date, "date");
        Checks.required(kind, "kind");
        Checks.text(rationale, "rationale");
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
