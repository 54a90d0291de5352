package org.waymark.templates.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * An area of life a goal belongs to, following the aims of longer-term treatment in NICE CG133
 * (prevent escalation, reduce harm, improve social or occupational functioning, improve quality of life).
 * <p>
 * Each constant has a stable code, used in resources and exports, that never changes meaning.
 */
public enum GoalArea {
    /** Safety and stabilisation: safety plans, a safer space, getting help early. */
    SAFETY("safety"),

    /** Coping and emotion regulation: skills for strong feelings and urges. */
    COPING("coping"),

    /** Thinking patterns: harsh self-talk, beliefs, problem solving. */
    THINKING("thinking"),

    /** Relationships and family: support, trust and communication. */
    RELATIONSHIPS("relationships"),

    /** Education, employment and occupation, which CG133 names among long-term goals. */
    EDUCATION_EMPLOYMENT_OCCUPATION("education-employment-occupation"),

    /** Quality of life: enjoyment, values, health and reasons for living. */
    QUALITY_OF_LIFE("quality-of-life");

    private final String code;

    GoalArea(String code) {
        this.code = code;
    }

    /**
     * Returns the stable code, such as {@code "safety"}.
     *
     * @return the code, not null
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * Obtains the constant for a code.
     *
     * @param code  the code, such as {@code "safety"}
     * @return the constant, not null
     * @throws IllegalArgumentException if the code is unknown, naming the known codes
     */
    @JsonCreator
    public static GoalArea fromCode(String code) {
        for (GoalArea value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown GoalArea code '" + code + "'; expected one of "
                + Arrays.stream(values()).map(GoalArea::code).toList());
    }
}
