package org.waymark.templates.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * The kind of crisis resource.
 * <p>
 * Each constant has a stable code, used in resources and exports, that never changes meaning.
 */
public enum CrisisResourceKind {
    /** The emergency number for the country. */
    EMERGENCY("emergency"),

    /** A telephone crisis line. */
    CRISIS_LINE("crisis-line"),

    /** A crisis service reached by text message. */
    TEXT_LINE("text-line"),

    /** An urgent health advice service with a mental health option. */
    URGENT_ADVICE("urgent-advice");

    private final String code;

    CrisisResourceKind(String code) {
        this.code = code;
    }

    /**
     * Returns the stable code, such as {@code "emergency"}.
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
     * @param code  the code, such as {@code "emergency"}
     * @return the constant, not null
     * @throws IllegalArgumentException if the code is unknown, naming the known codes
     */
    @JsonCreator
    public static CrisisResourceKind fromCode(String code) {
        for (CrisisResourceKind value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown CrisisResourceKind code '" + code + "'; expected one of "
                + Arrays.stream(values()).map(CrisisResourceKind::code).toList());
    }
}
