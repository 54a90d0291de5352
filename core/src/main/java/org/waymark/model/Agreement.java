package org.waymark.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A record that something was agreed with the person: when and how.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param on  the date it was agreed, not null
 * @param how how it was agreed, in words ("discussed and agreed in session"), not null
 */
public record Agreement(@NotNull LocalDate on, @NotNull String how) {

    /**
     * Checks the components.
     *
     * @param on  the date it was agreed, not null
     * @param how how it was agreed, in words ("discussed and agreed in session"), not null
     */
    public Agreement {
        Checks.required(on, "on");
        Checks.requireText(how, "how");
    }

    /**
     * Obtains an agreement.
     *
     * @param on  the date, not null
     * @param how how it was agreed, not null
     * @return the agreement, not null
     */
    public static Agreement of(LocalDate on, String how) {
        return new Agreement(on, how);
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
