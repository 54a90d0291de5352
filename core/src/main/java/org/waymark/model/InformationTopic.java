package org.waymark.model;

/**
 * A topic of information given to the person (NICE NG225 1.1.1).
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum InformationTopic implements Coded {
    /** Their care plan. */
    CARE_PLAN("care-plan"),
    /** Their safety plan. */
    SAFETY_PLAN("safety-plan"),
    /** What to do in an emergency. */
    EMERGENCY("emergency"),
    /** Confidentiality and its limits. */
    CONFIDENTIALITY("confidentiality"),
    /** Treatment options. */
    TREATMENT_OPTIONS("treatment-options"),
    /** Services and how to reach them. */
    SERVICES("services"),
    /** Their rights in care. */
    RIGHTS("rights"),
    /** Self-help and harm minimisation. */
    SELF_HELP("self-help"),
    /** Another topic. */
    OTHER("other");

    private final String code;

    InformationTopic(String code) {
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
    public static InformationTopic fromCode(String code) {
        return Coded.fromCode(InformationTopic.class, code);
    }
}
