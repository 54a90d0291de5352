package org.waymark.model;

import java.util.List;

/**
 * The crisis plan (NICE CG133 1.4.5): self-management strategies, and how to reach services when
 * they are not enough, including a 24-hour route and the emergency number.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param selfManagement strategies the person can use themselves; never null
 * @param whenToGetHelp  when to contact services, in plain words, may be null
 * @param contactIds     the contacts to use, in order; never null
 */
public record CrisisPlan(List<String> selfManagement, String whenToGetHelp, List<String> contactIds) {

    /**
     * Checks the components.
     *
     * @param selfManagement strategies the person can use themselves; never null
     * @param whenToGetHelp  when to contact services, in plain words, may be null
     * @param contactIds     the contacts to use, in order; never null
     */
    public CrisisPlan {
        selfManagement = Checks.texts(selfManagement, "selfManagement");
        Checks.text(whenToGetHelp, "whenToGetHelp");
        contactIds = Checks.ids(contactIds, "contactIds");
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
