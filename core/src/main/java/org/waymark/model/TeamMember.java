package org.waymark.model;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A member of the care team with their role and responsibilities (NICE CG133).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id               the id, unique in the plan; not null
 * @param name             the member's name, not null
 * @param role             the role ("care coordinator", "psychologist"), may be null in a draft
 * @param organisation     the organisation, may be null
 * @param responsibilities what they will do; never null
 * @param contactId        how to reach them: a contact's id, may be null
 */
public record TeamMember(@NotNull String id, @NotNull String name, String role, String organisation,
                         List<String> responsibilities, String contactId) {

    /**
     * Checks the components.
     *
     * @param id               the id, unique in the plan; not null
     * @param name             the member's name, not null
     * @param role             the role ("care coordinator", "psychologist"), may be null in a draft
     * @param organisation     the organisation, may be null
     * @param responsibilities what they will do; never null
     * @param contactId        how to reach them: a contact's id, may be null
     */
    public TeamMember {
        Checks.requireId(id, "id");
        Checks.requireLine(name, "name");
        Checks.line(role, "role");
        Checks.line(organisation, "organisation");
        responsibilities = Checks.texts(responsibilities, "responsibilities");
        Checks.id(contactId, "contactId");
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
