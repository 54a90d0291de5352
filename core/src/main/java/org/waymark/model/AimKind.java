package org.waymark.model;

/**
 * An aim of longer-term treatment, as NICE CG133 lists them.
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum AimKind implements Coded {
    /** Prevent escalation of self-harm. */
    PREVENT_ESCALATION("prevent-escalation"),
    /** Reduce harm arising from self-harm. */
    REDUCE_HARM("reduce-harm"),
    /** Reduce or stop self-harm. */
    REDUCE_SELF_HARM("reduce-self-harm"),
    /** Reduce or stop other risk-related behaviour. */
    REDUCE_OTHER_RISK_BEHAVIOUR("reduce-other-risk-behaviour"),
    /** Improve social or occupational functioning. */
    IMPROVE_FUNCTIONING("improve-functioning"),
    /** Improve quality of life. */
    IMPROVE_QUALITY_OF_LIFE("improve-quality-of-life"),
    /** Improve any associated mental health conditions. */
    IMPROVE_MENTAL_HEALTH("improve-mental-health"),
    /** Another aim, described in the detail. */
    OTHER("other");

    private final String code;

    AimKind(String code) {
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
    public static AimKind fromCode(String code) {
        return Coded.fromCode(AimKind.class, code);
    }
}
