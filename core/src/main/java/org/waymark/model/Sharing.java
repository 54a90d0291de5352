package org.waymark.model;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;

/**
 * Consent and sharing: the GP, family and carers, the limits of confidentiality, and the
 * information given to the person.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param gp                        sharing with the GP, may be null when not yet recorded
 * @param confidentialityExplainedOn when the limits of confidentiality were explained, may be null
 * @param family                    involvement of family, carers and significant others; never null
 * @param information               information given; never null
 */
public record Sharing(@Valid GpSharing gp, LocalDate confidentialityExplainedOn,
                      List<@Valid FamilyInvolvement> family, List<@Valid InformationGiven> information) {

    /** Nothing recorded yet. */
    public static final Sharing EMPTY = new Sharing(null, null, null, null);

    /**
     * Checks the components.
     *
     * @param gp                        sharing with the GP, may be null when not yet recorded
     * @param confidentialityExplainedOn when the limits of confidentiality were explained, may be null
     * @param family                    involvement of family, carers and significant others; never null
     * @param information               information given; never null
     */
    public Sharing {
        family = Checks.list(family, "family");
        information = Checks.list(information, "information");
    }

    /**
     * Returns a copy with another GP record.
     *
     * @param value the GP record
     * @return the copy, not null; this object is unchanged
     */
    public Sharing withGp(GpSharing value) {
        return new Sharing(value, confidentialityExplainedOn, family, information);
    }

    /**
     * Returns a copy with another date for explaining confidentiality.
     *
     * @param date the date for explaining confidentiality
     * @return the copy, not null; this object is unchanged
     */
    public Sharing withConfidentialityExplainedOn(LocalDate date) {
        return new Sharing(gp, date, family, information);
    }

    /**
     * Returns a copy with other family involvement.
     *
     * @param list the family involvement
     * @return the copy, not null; this object is unchanged
     */
    public Sharing withFamily(List<FamilyInvolvement> list) {
        return new Sharing(gp, confidentialityExplainedOn, list, information);
    }

    /**
     * Returns a copy with other information given.
     *
     * @param list the information given
     * @return the copy, not null; this object is unchanged
     */
    public Sharing withInformation(List<InformationGiven> list) {
        return new Sharing(gp, confidentialityExplainedOn, family, list);
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
