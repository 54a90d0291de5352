package org.waymark.templates.content;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * The kind of psychological or supportive work an intervention belongs to.
 * <p>
 * Drug treatment is deliberately not a modality: NICE CG133 and NG225 advise against drug treatment as a
 * specific intervention to reduce self-harm. Medication appears only as treatment for an associated
 * condition (see {@link AssociatedConditionTreatment}).
 * <p>
 * Each constant has a stable code, used in resources and exports, that never changes meaning.
 */
public enum Modality {
    /** Cognitive-behavioural (CBT-informed) work. */
    CBT_INFORMED("cbt-informed"),

    /** Dialectical behaviour therapy and its skills. */
    DBT("dbt"),

    /** Dialectical behaviour therapy adapted for adolescents. */
    DBT_A("dbt-a"),

    /** Acceptance and commitment therapy. */
    ACT("act"),

    /** Mentalisation-based work. */
    MBT("mbt"),

    /** Psychodynamic elements of a structured intervention. */
    PSYCHODYNAMIC("psychodynamic"),

    /** Structured problem-solving work. */
    PROBLEM_SOLVING("problem-solving"),

    /** Trauma-focused work, after stabilisation. */
    TRAUMA_FOCUSED("trauma-focused"),

    /** Work with family, carers or significant others, with consent. */
    FAMILY_BASED("family-based"),

    /** Harm minimisation, only inside a broader plan. */
    HARM_MINIMISATION("harm-minimisation"),

    /** Co-produced safety planning. */
    SAFETY_PLANNING("safety-planning");

    private final String code;

    Modality(String code) {
        this.code = code;
    }

    /**
     * Returns the stable code, such as {@code "cbt-informed"}.
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
     * @param code  the code, such as {@code "cbt-informed"}
     * @return the constant, not null
     * @throws IllegalArgumentException if the code is unknown, naming the known codes
     */
    @JsonCreator
    public static Modality fromCode(String code) {
        for (Modality value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown Modality code '" + code + "'; expected one of "
                + Arrays.stream(values()).map(Modality::code).toList());
    }
}
