package org.waymark.templates.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * The age groups an intervention is described for.
 * <p>
 * Each constant has a stable code, used in resources and exports, that never changes meaning.
 */
public enum AgeGroup {
    /** Adults (18 and over). */
    ADULTS("adults"),

    /** Children and young people (under 18). */
    YOUNG_PEOPLE("young-people");

    private final String code;

    AgeGroup(String code) {
        this.code = code;
    }

    /**
     * Returns the stable code, such as {@code "adults"}.
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
     * @param code  the code, such as {@code "adults"}
     * @return the constant, not null
     * @throws IllegalArgumentException if the code is unknown, naming the known codes
     */
    @JsonCreator
    public static AgeGroup fromCode(String code) {
        for (AgeGroup value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown AgeGroup code '" + code + "'; expected one of "
                + Arrays.stream(values()).map(AgeGroup::code).toList());
    }
}
