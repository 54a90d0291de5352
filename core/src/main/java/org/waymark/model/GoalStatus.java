package org.waymark.model;

/**
 * Where a goal stands.
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum GoalStatus implements Coded {
    /** Being worked on. */
    ACTIVE("active"),
    /** Achieved. */
    ACHIEVED("achieved"),
    /** Replaced by a revised goal. */
    REVISED("revised"),
    /** No longer pursued. */
    DISCONTINUED("discontinued");

    private final String code;

    GoalStatus(String code) {
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
    public static GoalStatus fromCode(String code) {
        return Coded.fromCode(GoalStatus.class, code);
    }
}
