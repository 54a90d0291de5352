package org.waymark.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The person's recorded decision about involving someone or sharing information.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param given      whether consent was given
 * @param recordedOn when it was recorded, not null
 * @param scope      what it covers, in words, may be null
 */
public record Consent(boolean given, @NotNull LocalDate recordedOn, String scope) {

    /**
     * Checks the components.
     *
     * @param given      whether consent was given
     * @param recordedOn when it was recorded, not null
     * @param scope      what it covers, in words, may be null
     */
    public Consent {
        Checks.required(recordedOn, "recordedOn");
        Checks.text(scope, "scope");
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
