package org.waymark.fhir.internal;

import org.waymark.model.Coded;

/** Waymark's own concepts for categories and codes of the resources it exports. */
public enum Concept implements Coded {
    /** A care plan for a person who self-harms (category of the main CarePlan). */
    SELF_HARM_CARE_PLAN("self-harm-care-plan"),
    /** A safety plan (category of the safety plan's CarePlan). */
    SAFETY_PLAN("safety-plan"),
    /** Self-harm, as the concern a care plan addresses (code of the Condition). */
    SELF_HARM("self-harm");

    private final String code;

    Concept(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
