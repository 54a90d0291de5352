package org.waymark.model;

/**
 * Who signed a plan.
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum SignatoryRole implements Coded {
    /** The clinician responsible for the plan. */
    CLINICIAN("clinician"),
    /** The person the plan is for. */
    PERSON("person"),
    /** The care coordinator. */
    CARE_COORDINATOR("care-coordinator"),
    /** A parent or carer, with the person's consent. */
    PARENT_OR_CARER("parent-or-carer");

    private final String code;

    SignatoryRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Obtains the value with the given code.
     *
     * @param code the code, not null
     * @return the value, not null
     * @throws IllegalArgumentException if no value has that code
     */
    public static SignatoryRole fromCode(String code) {
        return Coded.fromCode(SignatoryRole.class, code);
    }
}
