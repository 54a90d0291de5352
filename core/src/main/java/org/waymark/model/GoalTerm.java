package org.waymark.model;

/**
 * Whether a goal is long-term or a short-term step towards one.
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum GoalTerm implements Coded {
    /** A long-term goal: realistic and optimistic. */
    LONG_TERM("long-term"),
    /** A short-term goal linked to a long-term goal. */
    SHORT_TERM("short-term");

    private final String code;

    GoalTerm(String code) {
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
    public static GoalTerm fromCode(String code) {
        return Coded.fromCode(GoalTerm.class, code);
    }
}
