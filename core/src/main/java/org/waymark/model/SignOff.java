package org.waymark.model;

import jakarta.validation.Valid;
import java.util.List;

/**
 * Signatures on the plan, and why the person did not sign if they did not.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param signatures           the signatures; never null
 * @param personNotSignedReason why the person has not signed, may be null
 */
public record SignOff(List<@Valid Signature> signatures, String personNotSignedReason) {

    /** Not yet signed. */
    public static final SignOff EMPTY = new SignOff(null, null);

    /**
     * Checks the components.
     *
     * @param signatures           the signatures; never null
     * @param personNotSignedReason why the person has not signed, may be null
     */
    public SignOff {
        signatures = Checks.list(signatures, "signatures");
        Checks.text(personNotSignedReason, "personNotSignedReason");
    }

    /**
     * Tells whether a signature with a role is present.
     *
     * @param role the role, not null
     * @return true if a signature with that role is present
     */
    public boolean isSignedBy(SignatoryRole role) {
        return signatures.stream().anyMatch(s -> s.role() == role);
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
