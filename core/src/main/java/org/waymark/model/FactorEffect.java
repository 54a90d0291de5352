package org.waymark.model;

/**
 * Whether a factor in the formulation makes harm more likely or helps protect against it.
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum FactorEffect implements Coded {
    /** Makes harm more likely for this person. */
    INCREASES_RISK("increases-risk"),
    /** Helps protect this person. */
    PROTECTIVE("protective");

    private final String code;

    FactorEffect(String code) {
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
    public static FactorEffect fromCode(String code) {
        return Coded.fromCode(FactorEffect.class, code);
    }
}
