package org.waymark.templates.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * A part of a safety plan. The parts follow the structure of the Stanley-Brown Safety Planning
 * Intervention (six steps plus reasons for living) under the library's own labels; the labels shown to the
 * person are locale text (see {@link SafetyPlanLabel}).
 * <p>
 * Each constant has a stable code, used in resources and exports, that never changes meaning.
 */
public enum SafetyPlanSection {
    /** Step 1: signs that a hard time may be starting. */
    WARNING_SIGNS("warning-signs"),

    /** Step 2: things the person can do on their own. */
    OWN_COPING("own-coping"),

    /** Step 3: people and places that take the person's mind off things. */
    DISTRACTION("distraction"),

    /** Step 4: people the person can reach out to for help. */
    PEOPLE_TO_ASK("people-to-ask"),

    /** Step 5: the care team, services and crisis lines, including the emergency number. */
    SERVICES("services"),

    /** Step 6: making the person's surroundings safer. */
    SAFER_ENVIRONMENT("safer-environment"),

    /** What keeps the person going. */
    REASONS_FOR_LIVING("reasons-for-living");

    private final String code;

    SafetyPlanSection(String code) {
        this.code = code;
    }

    /**
     * Returns the stable code, such as {@code "warning-signs"}.
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
     * @param code  the code, such as {@code "warning-signs"}
     * @return the constant, not null
     * @throws IllegalArgumentException if the code is unknown, naming the known codes
     */
    @JsonCreator
    public static SafetyPlanSection fromCode(String code) {
        for (SafetyPlanSection value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown SafetyPlanSection code '" + code + "'; expected one of "
                + Arrays.stream(values()).map(SafetyPlanSection::code).toList());
    }
}
