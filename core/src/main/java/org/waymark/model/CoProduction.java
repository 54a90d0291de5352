package org.waymark.model;

import java.time.LocalDate;
import java.util.List;

/**
 * How the safety plan was made: with the person, in their words, and where copies are kept.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param writtenWithPerson whether it was written together with the person
 * @param inOwnWords        whether it is in the person's own words
 * @param on                when, may be null
 * @param copiesKept        where copies are kept ("phone", "wallet", "with Mum"); never null
 */
public record CoProduction(boolean writtenWithPerson, boolean inOwnWords, LocalDate on, List<String> copiesKept) {

    /**
     * Checks the components.
     *
     * @param writtenWithPerson whether it was written together with the person
     * @param inOwnWords        whether it is in the person's own words
     * @param on                when, may be null
     * @param copiesKept        where copies are kept ("phone", "wallet", "with Mum"); never null
     */
    public CoProduction {
        copiesKept = Checks.texts(copiesKept, "copiesKept");
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
