package org.waymark.model;

/**
 * The kind of a risk or protective factor, as NICE CG133 groups them.
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum FactorCategory implements Coded {
    /** Social. */
    SOCIAL("social"),
    /** Psychological. */
    PSYCHOLOGICAL("psychological"),
    /** Pharmacological. */
    PHARMACOLOGICAL("pharmacological"),
    /** Motivational. */
    MOTIVATIONAL("motivational"),
    /** Another kind. */
    OTHER("other");

    private final String code;

    FactorCategory(String code) {
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
    public static FactorCategory fromCode(String code) {
        return Coded.fromCode(FactorCategory.class, code);
    }
}
