package org.waymark.model;

/**
 * A link in a chain analysis.
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum ChainLinkKind implements Coded {
    /** A thought. */
    THOUGHT("thought"),
    /** A feeling. */
    FEELING("feeling"),
    /** A body sensation. */
    BODY_SENSATION("body-sensation"),
    /** Something done. */
    ACTION("action"),
    /** Something that happened. */
    EVENT("event");

    private final String code;

    ChainLinkKind(String code) {
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
    public static ChainLinkKind fromCode(String code) {
        return Coded.fromCode(ChainLinkKind.class, code);
    }
}
