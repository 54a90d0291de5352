package org.waymark.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A descriptive observation from a questionnaire or structured interview (for example PHQ-9 or
 * ISAS items), with its provenance. NICE NG225 1.6.1 says such tools must not be used to predict
 * self-harm or suicide; this type therefore has no place for a cut-off, category or risk band,
 * and the observation must stay descriptive (INSTRUMENT-DESCRIPTIVE-ONLY).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id             the id, unique in the plan; not null
 * @param instrument     the instrument's name and version, e.g. "PHQ-9", not null
 * @param administeredOn the date, not null
 * @param administeredBy who administered it (provenance), may be null
 * @param responses      item responses as given; never null
 * @param observation    what the responses describe, in words, may be null
 */
public record InstrumentObservation(
        @NotNull String id,
        @NotNull String instrument,
        @NotNull LocalDate administeredOn,
        String administeredBy,
        List<@Valid ItemResponse> responses,
        String observation) {

    /**
     * Checks the components.
     *
     * @param id             the id, unique in the plan; not null
     * @param instrument     the instrument's name and version, e.g. "PHQ-9", not null
     * @param administeredOn the date, not null
     * @param administeredBy who administered it (provenance), may be null
     * @param responses      item responses as given; never null
     * @param observation    what the responses describe, in words, may be null
     */
    public InstrumentObservation {
        Checks.requireId(id, "id");
        Checks.requireLine(instrument, "instrument");
        Checks.required(administeredOn, "administeredOn");
        Checks.line(administeredBy, "administeredBy");
        responses = Checks.list(responses, "responses");
        Checks.text(observation, "observation");
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
