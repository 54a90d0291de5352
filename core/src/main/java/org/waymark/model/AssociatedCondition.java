package org.waymark.model;

/**
 * The condition a medication treats. NICE CG133 and NG225 advise against drug treatment to reduce
 * self-harm; a medication in a plan is for an associated condition (NO-DRUG-FOR-SELF-HARM). Self-harm
 * is therefore not one of the values.
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum AssociatedCondition implements Coded {
    /** Depression. */
    DEPRESSION("depression"),
    /** An anxiety disorder. */
    ANXIETY("anxiety"),
    /** Psychosis, including schizophrenia. */
    PSYCHOSIS("psychosis"),
    /** Bipolar disorder. */
    BIPOLAR_DISORDER("bipolar-disorder"),
    /** Post-traumatic stress disorder. */
    POST_TRAUMATIC_STRESS("post-traumatic-stress"),
    /** An eating disorder. */
    EATING_DISORDER("eating-disorder"),
    /** Attention deficit hyperactivity disorder. */
    ADHD("adhd"),
    /** Harmful use of or dependence on alcohol. */
    ALCOHOL_USE("alcohol-use"),
    /** Harmful use of or dependence on other drugs. */
    DRUG_USE("drug-use"),
    /** A sleep problem. */
    SLEEP_PROBLEM("sleep-problem"),
    /** A physical health condition, including the treatment of an injury. */
    PHYSICAL_HEALTH("physical-health"),
    /** Another associated condition, named in the medication's words. */
    OTHER("other");

    private final String code;

    AssociatedCondition(String code) {
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
    public static AssociatedCondition fromCode(String code) {
        return Coded.fromCode(AssociatedCondition.class, code);
    }
}
