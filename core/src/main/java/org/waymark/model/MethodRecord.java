package org.waymark.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * One method of self-harm in the functional assessment.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id              the id, unique in the plan, so that safety-plan actions can point at it; not null
 * @param method          the method, not null
 * @param detail          a description, may be null
 * @param frequency       how often, in words ("about twice a week"), may be null; beside {@code rate} it is a note
 * @param mostRecent      the date of the most recent episode by this method, may be null
 * @param medicalSeverity the medical severity in words (e.g. "needed stitches once"), may be null
 * @param accessToMeans   whether the person currently has access to the means; null when not asked.
 *                        Where true, the safety plan needs a making-safe action (SAFETY-PLAN-MEANS).
 * @param rate            how often, as a count per period, may be null (and is absent in documents of schema
 *                        version 1.0); DBT-A-CONSIDERED reads it
 */
public record MethodRecord(
        @NotNull String id,
        @NotNull SelfHarmMethod method,
        String detail,
        String frequency,
        LocalDate mostRecent,
        String medicalSeverity,
        Boolean accessToMeans,
        @Valid EpisodeRate rate) {

    /**
     * Checks the components.
     *
     * @param id              the id, unique in the plan, so that safety-plan actions can point at it; not null
     * @param method          the method, not null
     * @param detail          a description, may be null
     * @param frequency       how often, in words ("about twice a week"), may be null; beside {@code rate} it is a note
     * @param mostRecent      the date of the most recent episode by this method, may be null
     * @param medicalSeverity the medical severity in words (e.g. "needed stitches once"), may be null
     * @param accessToMeans   whether the person currently has access to the means; null when not asked.
     *                        Where true, the safety plan needs a making-safe action (SAFETY-PLAN-MEANS).
     * @param rate            how often, as a count per period, may be null (and is absent in documents of schema
     *                        version 1.0); DBT-A-CONSIDERED reads it
     */
    public MethodRecord {
        Checks.requireId(id, "id");
        Checks.required(method, "method");
        Checks.text(detail, "detail");
        Checks.line(frequency, "frequency");
        Checks.text(medicalSeverity, "medicalSeverity");
    }

    /**
     * Creates a method record whose frequency is in words only, as schema version 1.0 recorded it.
     *
     * @param id              the id, unique in the plan; not null
     * @param method          the method, not null
     * @param detail          a description, may be null
     * @param frequency       how often, in words, may be null
     * @param mostRecent      the most recent episode by this method, may be null
     * @param medicalSeverity the medical severity in words, may be null
     * @param accessToMeans   whether the person has access to the means; null when not asked
     */
    public MethodRecord(String id, SelfHarmMethod method, String detail, String frequency, LocalDate mostRecent,
                        String medicalSeverity, Boolean accessToMeans) {
        this(id, method, detail, frequency, mostRecent, medicalSeverity, accessToMeans, null);
    }

    /**
     * Returns a copy with another rate.
     *
     * @param value the rate, may be null
     * @return the copy, not null
     */
    public MethodRecord withRate(EpisodeRate value) {
        return new MethodRecord(id, method, detail, frequency, mostRecent, medicalSeverity, accessToMeans, value);
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
