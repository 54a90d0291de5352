package org.waymark.model;

/**
 * The status of a care plan in its life.
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum PlanStatus implements Coded {
    /** Being written; not yet in use. */
    DRAFT("draft"),
    /** Agreed and in use. */
    ACTIVE("active"),
    /** No longer in use, kept for the record. */
    ENDED("ended");

    private final String code;

    PlanStatus(String code) {
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
    public static PlanStatus fromCode(String code) {
        return Coded.fromCode(PlanStatus.class, code);
    }
}
