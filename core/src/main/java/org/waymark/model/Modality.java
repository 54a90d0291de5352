package org.waymark.model;

/**
 * The kind of an intervention.
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum Modality implements Coded {
    /** A CBT-informed psychological intervention. */
    CBT_INFORMED("cbt-informed"),
    /** Dialectical behaviour therapy or its skills. */
    DBT("dbt"),
    /** Dialectical behaviour therapy adapted for adolescents. */
    DBT_A("dbt-a"),
    /** Acceptance and commitment therapy. */
    ACT("act"),
    /** Mentalisation-based therapy. */
    MBT("mbt"),
    /** Psychodynamic therapy. */
    PSYCHODYNAMIC("psychodynamic"),
    /** Problem-solving therapy. */
    PROBLEM_SOLVING("problem-solving"),
    /** Trauma-focused work, after stabilisation. */
    TRAUMA_FOCUSED("trauma-focused"),
    /** Family-based work. */
    FAMILY_BASED("family-based"),
    /** Harm minimisation within a broader plan. */
    HARM_MINIMISATION("harm-minimisation"),
    /** Safety planning. */
    SAFETY_PLANNING("safety-planning"),
    /** Social care and practical support. */
    SOCIAL_SUPPORT("social-support"),
    /** Another intervention. */
    OTHER("other");

    private final String code;

    Modality(String code) {
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
    public static Modality fromCode(String code) {
        return Coded.fromCode(Modality.class, code);
    }
}
