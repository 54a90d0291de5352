package org.waymark.model;

/**
 * A method of self-harm, as recorded in the assessment. The list follows the methods named in the source material; anything else is {@link #OTHER} with detail.
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum SelfHarmMethod implements Coded {
    /** Cutting the skin. */
    CUTTING("cutting"),
    /** Burning the skin. */
    BURNING("burning"),
    /** Picking the skin or wounds. */
    PICKING("picking"),
    /** Inserting objects under the skin. */
    INSERTING_OBJECTS("inserting-objects"),
    /** Hitting oneself or objects. */
    HITTING("hitting"),
    /** Taking an overdose or a harmful substance. */
    SELF_POISONING("self-poisoning"),
    /** Another method, described in the record's detail. */
    OTHER("other");

    private final String code;

    SelfHarmMethod(String code) {
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
    public static SelfHarmMethod fromCode(String code) {
        return Coded.fromCode(SelfHarmMethod.class, code);
    }
}
