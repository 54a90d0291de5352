package org.waymark.model;

/**
 * When an identified risk applies.
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum RiskHorizon implements Coded {
    /** A risk now or in the coming days. */
    IMMEDIATE("immediate"),
    /** A risk over the longer term. */
    LONGER_TERM("longer-term");

    private final String code;

    RiskHorizon(String code) {
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
    public static RiskHorizon fromCode(String code) {
        return Coded.fromCode(RiskHorizon.class, code);
    }
}
