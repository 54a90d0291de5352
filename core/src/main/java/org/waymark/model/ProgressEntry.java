package org.waymark.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * One entry in a goal's progress log.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param date  the date, not null
 * @param value the measure's value then, in words or numbers ("3 of 7 days"), may be null
 * @param note  a note, may be null
 */
public record ProgressEntry(@NotNull LocalDate date, String value, String note) {

    /**
     * Checks the components.
     *
     * @param date  the date, not null
     * @param value the measure's value then, in words or numbers ("3 of 7 days"), may be null
     * @param note  a note, may be null
     */
    public ProgressEntry {
        Checks.required(date, "date");
        Checks.line(value, "value");
        Checks.text(note, "note");
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
