package org.waymark.model;

/**
 * The area of life a goal concerns.
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum GoalArea implements Coded {
    /** Safety and stabilisation. */
    SAFETY("safety"),
    /** Coping and emotion regulation. */
    COPING("coping"),
    /** Thinking patterns. */
    THINKING("thinking"),
    /** Relationships and family. */
    RELATIONSHIPS("relationships"),
    /** Education, employment or occupation. */
    EDUCATION_EMPLOYMENT_OCCUPATION("education-employment-occupation"),
    /** Quality of life. */
    QUALITY_OF_LIFE("quality-of-life"),
    /** Physical health. */
    PHYSICAL_HEALTH("physical-health"),
    /** Another area. */
    OTHER("other");

    private final String code;

    GoalArea(String code) {
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
    public static GoalArea fromCode(String code) {
        return Coded.fromCode(GoalArea.class, code);
    }
}
