package org.waymark.model;

import java.time.LocalDate;

/**
 * Whether the plan was shared with the person's GP (primary care provider), or why not (NICE CG133).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param sharedOn        the date it was shared, may be null
 * @param notSharedReason why it was not shared, may be null
 */
public record GpSharing(LocalDate sharedOn, String notSharedReason) {

    /**
     * Checks the components.
     *
     * @param sharedOn        the date it was shared, may be null
     * @param notSharedReason why it was not shared, may be null
     */
    public GpSharing {
        Checks.text(notSharedReason, "notSharedReason");
        if (sharedOn != null && notSharedReason != null) {
            throw Checks.invalid("notSharedReason", "give a date shared or a reason not shared, not both");
        }
    }

    /**
     * Obtains a record that the plan was shared on a date.
     *
     * @param date the date the plan was shared with the GP, not null
     * @return the record
     */
    public static GpSharing ofDate(LocalDate date) {
        return new GpSharing(Checks.required(date, "sharedOn"), null);
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
