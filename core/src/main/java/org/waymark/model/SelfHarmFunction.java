package org.waymark.model;

/**
 * What self-harm does for the person: the function it serves, as they describe it.
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum SelfHarmFunction implements Coded {
    /** Relief from overwhelming emotion. */
    EMOTION_RELIEF("emotion-relief"),
    /** Ending numbness; feeling something. */
    ENDING_NUMBNESS("ending-numbness"),
    /** Punishing oneself. */
    SELF_PUNISHMENT("self-punishment"),
    /** Showing or communicating distress. */
    COMMUNICATING_DISTRESS("communicating-distress"),
    /** A sense of control. */
    CONTROL("control"),
    /** Seeking a sensation. */
    SENSATION_SEEKING("sensation-seeking"),
    /** Holding off suicidal thoughts or acts. */
    AVERTING_SUICIDE("averting-suicide"),
    /** Another function, described in the record. */
    OTHER("other");

    private final String code;

    SelfHarmFunction(String code) {
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
    public static SelfHarmFunction fromCode(String code) {
        return Coded.fromCode(SelfHarmFunction.class, code);
    }
}
