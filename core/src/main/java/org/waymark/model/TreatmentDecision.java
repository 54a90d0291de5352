package org.waymark.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision to offer or not offer treatment, refer or discharge. NICE NG225 1.6.2 and 1.6.4 say
 * such decisions must not rest on a risk tool, scale or risk level; the rationale states the needs
 * it rests on (NO-TOOL-GATEKEEPING).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id        the id, unique in the plan; not null
 * @param date      the date, not null
 * @param kind      the decision, not null
 * @param rationale the needs-based rationale in words, may be null in a draft; beside {@code basis} it is a note
 * @param basis     the needs the decision rests on, as domains of the needs assessment; never null, empty when
 *                  not recorded (and in documents of schema version 1.0); no domain twice
 */
public record TreatmentDecision(@NotNull String id, @NotNull LocalDate date, @NotNull DecisionKind kind, String rationale,
                                List<NeedsDomain> basis) {

    /**
     * Checks the components.
     *
     * @param id        the id, unique in the plan; not null
     * @param date      the date, not null
     * @param kind      the decision, not null
     * @param rationale the needs-based rationale in words, may be null in a draft; beside {@code basis} it is a note
     * @param basis     the needs the decision rests on, as domains of the needs assessment; never null, empty when
     *                  not recorded (and in documents of schema version 1.0); no domain twice
     */
    public TreatmentDecision {
        Checks.requireId(id, "id");
        Checks.required(date, "date");
        Checks.required(kind, "kind");
        Checks.text(rationale, "rationale");
        basis = Checks.list(basis, "basis");
        if (basis.stream().distinct().count() != basis.size()) {
            throw Checks.invalid("basis", "a needs domain is listed twice");
        }
    }

    /**
     * Creates a decision whose basis is recorded in words only, as schema version 1.0 recorded it.
     *
     * @param id        the id, unique in the plan; not null
     * @param date      the date, not null
     * @param kind      the decision, not null
     * @param rationale the needs-based rationale, may be null
     */
    public TreatmentDecision(String id, LocalDate date, DecisionKind kind, String rationale) {
        this(id, date, kind, rationale, List.of());
    }

    /**
     * Returns a copy resting on other needs.
     *
     * @param domains the needs domains, not null
     * @return the copy, not null
     */
    public TreatmentDecision withBasis(List<NeedsDomain> domains) {
        return new TreatmentDecision(id, date, kind, rationale, domains);
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
