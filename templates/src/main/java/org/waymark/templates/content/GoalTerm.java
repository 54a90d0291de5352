package org.waymark.templates.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * Whether a goal is long-term or short-term. NICE CG133 asks for realistic and optimistic long-term
 * goals, and short-term goals linked to them with steps to achieve them.
 * <p>
 * Each constant has a stable code, used in resources and exports, that never changes meaning.
 */
public enum GoalTerm {
    /** A realistic, optimistic long-term goal. */
    LONG_TERM("long-term"),

    /** A short-term goal, linked to at least one long-term goal. */
    SHORT_TERM("short-term");

    private final String code;

    GoalTerm(String code) {
        this.code = code;
    }

    /**
     * Returns the stable code, such as {@code "long-term"}.
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
     * @param code  the code, such as {@code "long-term"}
     * @return the constant, not null
     * @throws IllegalArgumentException if the code is unknown, naming the known codes
     */
    @JsonCreator
    public static GoalTerm fromCode(String code) {
        for (GoalTerm value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown GoalTerm code '" + code + "'; expected one of "
                + Arrays.stream(values()).map(GoalTerm::code).toList());
    }
}
