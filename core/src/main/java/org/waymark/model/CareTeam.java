package org.waymark.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;

/**
 * The care team: members with roles and responsibilities, the named care coordinator, and the
 * person's own responsibilities (NICE CG133).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param members                    the members; never null
 * @param coordinatorId              the care coordinator's member id, may be null in a draft
 * @param personResponsibilities     what the person has agreed to do; never null
 */
public record CareTeam(List<@Valid TeamMember> members, String coordinatorId, List<String> personResponsibilities) {

    /** An empty team. */
    public static final CareTeam EMPTY = new CareTeam(null, null, null);

    /**
     * Checks the components.
     *
     * @param members                    the members; never null
     * @param coordinatorId              the care coordinator's member id, may be null in a draft
     * @param personResponsibilities     what the person has agreed to do; never null
     */
    public CareTeam {
        members = Checks.list(members, "members");
        Checks.id(coordinatorId, "coordinatorId");
        personResponsibilities = Checks.texts(personResponsibilities, "personResponsibilities");
    }

    /**
     * Finds a member by id.
     *
     * @param id the id, not null
     * @return the member, or empty
     */
    public Optional<TeamMember> member(String id) {
        return members.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * Returns the care coordinator, if one is named and present.
     *
     * @return the care coordinator, if one is named and present
     */
    public Optional<TeamMember> coordinator() {
        return coordinatorId == null ? Optional.empty() : member(coordinatorId);
    }

    /**
     * Returns a copy with other members.
     *
     * @param list the members
     * @return the copy, not null; this object is unchanged
     */
    public CareTeam withMembers(List<TeamMember> list) {
        return new CareTeam(list, coordinatorId, personResponsibilities);
    }

    /**
     * Returns a copy with another coordinator.
     *
     * @param id the coordinator
     * @return the copy, not null; this object is unchanged
     */
    public CareTeam withCoordinatorId(String id) {
        return new CareTeam(members, id, personResponsibilities);
    }

    /**
     * Returns a copy with other responsibilities of the person.
     *
     * @param list the responsibilities of the person
     * @return the copy, not null; this object is unchanged
     */
    public CareTeam withPersonResponsibilities(List<String> list) {
        return new CareTeam(members, coordinatorId, list);
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
