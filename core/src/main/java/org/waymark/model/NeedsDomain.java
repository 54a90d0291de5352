package org.waymark.model;

/**
 * A domain of the psychosocial assessment of needs (NICE CG133 1.3.2 to 1.3.5).
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum NeedsDomain implements Coded {
    /** Skills, strengths and assets. */
    SKILLS_STRENGTHS_ASSETS("skills-strengths-assets"),
    /** Coping strategies. */
    COPING_STRATEGIES("coping-strategies"),
    /** Mental health problems or disorders. */
    MENTAL_HEALTH("mental-health"),
    /** Physical health problems or disorders. */
    PHYSICAL_HEALTH("physical-health"),
    /** Social circumstances and problems. */
    SOCIAL_CIRCUMSTANCES("social-circumstances"),
    /** Psychosocial and occupational functioning, and vulnerabilities. */
    FUNCTIONING_AND_VULNERABILITIES("functioning-and-vulnerabilities"),
    /** Recent and current life difficulties, including personal and financial problems. */
    LIFE_DIFFICULTIES("life-difficulties"),
    /** The need for psychological intervention, social care and support, occupational rehabilitation, and drug treatment for any associated conditions. */
    NEED_FOR_CARE("need-for-care"),
    /** The needs of any dependent children. */
    DEPENDENT_CHILDREN("dependent-children");

    private final String code;

    NeedsDomain(String code) {
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
    public static NeedsDomain fromCode(String code) {
        return Coded.fromCode(NeedsDomain.class, code);
    }
}
