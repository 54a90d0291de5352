package org.waymark.model;

/**
 * What prompted a review.
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum ReviewTrigger implements Coded {
    /** The agreed review date. */
    SCHEDULED("scheduled"),
    /** A new episode of self-harm. */
    AFTER_EPISODE("after-episode"),
    /** A request by the person, family or team. */
    REQUESTED("requested");

    private final String code;

    ReviewTrigger(String code) {
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
    public static ReviewTrigger fromCode(String code) {
        return Coded.fromCode(ReviewTrigger.class, code);
    }
}
