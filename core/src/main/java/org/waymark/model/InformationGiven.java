package org.waymark.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Information given to the person (NICE NG225 1.1.1).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param topic   the topic, not null
 * @param givenOn when, may be null
 * @param format  how ("printed leaflet", "discussed", "easy read"), may be null
 */
public record InformationGiven(@NotNull InformationTopic topic, LocalDate givenOn, String format) {

    /**
     * Checks the components.
     *
     * @param topic   the topic, not null
     * @param givenOn when, may be null
     * @param format  how ("printed leaflet", "discussed", "easy read"), may be null
     */
    public InformationGiven {
        Checks.required(topic, "topic");
        Checks.line(format, "format");
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
