package org.waymark.pdf;

import org.waymark.model.Coded;

/**
 * The documents Waymark prints from a care plan, with stable codes for command lines and
 * configuration.
 * <p>
 * The code of each value is its {@link #code() code}.
 */
public enum DocumentKind implements Coded {
    /** The full care plan for clinicians: {@link CarePlanDocument}. */
    CARE_PLAN("care-plan"),
    /** The plan in plain words for the person: {@link PersonPlanDocument}. */
    PERSON("person"),
    /** The pocket safety card: {@link SafetyCardDocument}. */
    CARD("card");

    private final String code;

    DocumentKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Obtains the kind with the given code.
     *
     * @param code  {@code care-plan}, {@code person} or {@code card}, not null
     * @return the kind, not null
     * @throws IllegalArgumentException if no kind has that code; the message lists the codes
     */
    public static DocumentKind fromCode(String code) {
        return Coded.fromCode(DocumentKind.class, code);
    }
}
