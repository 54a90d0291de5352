package org.waymark.templates.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * Who a shipped text is written for. Text for the person is kept at about US grade 8 or below
 * (Flesch-Kincaid); text for clinicians may be technical.
 * <p>
 * Each constant has a stable code, used in resources and exports, that never changes meaning.
 */
public enum Audience {
    /** Read by the person receiving care: plain, second or first person, grade 8 or below. */
    PERSON("person"),

    /** Read by clinicians: may use technical terms. */
    CLINICIAN("clinician");

    private final String code;

    Audience(String code) {
        this.code = code;
    }

    /**
     * Returns the stable code, such as {@code "person"}.
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
     * @param code  the code, such as {@code "person"}
     * @return the constant, not null
     * @throws IllegalArgumentException if the code is unknown, naming the known codes
     */
    @JsonCreator
    public static Audience fromCode(String code) {
        for (Audience value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown Audience code '" + code + "'; expected one of "
                + Arrays.stream(values()).map(Audience::code).toList());
    }
}
