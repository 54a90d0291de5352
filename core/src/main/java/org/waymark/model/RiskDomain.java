package org.waymark.model;

/**
 * A domain of the risk formulation (NICE CG133 1.3.6 to 1.3.8; NG225 1.6.6). A domain is addressed in words; there is never a score.
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum RiskDomain implements Coded {
    /** Methods and frequency of current and past self-harm. */
    METHODS_AND_FREQUENCY("methods-and-frequency"),
    /** Current and past suicidal intent. */
    SUICIDAL_INTENT("suicidal-intent"),
    /** Depressive symptoms and their relation to self-harm. */
    DEPRESSIVE_SYMPTOMS("depressive-symptoms"),
    /** Any psychiatric illness and its relation to self-harm. */
    PSYCHIATRIC_ILLNESS("psychiatric-illness"),
    /** The personal and social context and factors preceding self-harm. */
    PERSONAL_AND_SOCIAL_CONTEXT("personal-and-social-context"),
    /** Specific risk factors and protective factors. */
    RISK_AND_PROTECTIVE_FACTORS("risk-and-protective-factors"),
    /** Coping strategies that have limited or averted self-harm. */
    COPING_THAT_HELPED("coping-that-helped"),
    /** Significant relationships, supportive or threatening. */
    SIGNIFICANT_RELATIONSHIPS("significant-relationships"),
    /** Immediate and longer-term risks. */
    IMMEDIATE_AND_LONGER_TERM_RISKS("immediate-and-longer-term-risks");

    private final String code;

    RiskDomain(String code) {
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
    public static RiskDomain fromCode(String code) {
        return Coded.fromCode(RiskDomain.class, code);
    }
}
