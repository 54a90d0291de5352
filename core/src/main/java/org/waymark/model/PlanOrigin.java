package org.waymark.model;

/**
 * Where a plan came from, so that examples and synthetic research data are never mistaken for clinical records.
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum PlanOrigin implements Coded {
    /** Written for a real person in real care. */
    CLINICAL("clinical"),
    /** A fictional example shipped with the library. */
    EXAMPLE("example"),
    /** Generated for research or testing; describes nobody. */
    SYNTHETIC("synthetic");

    private final String code;

    PlanOrigin(String code) {
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
    public static PlanOrigin fromCode(String code) {
        return Coded.fromCode(PlanOrigin.class, code);
    }
}
