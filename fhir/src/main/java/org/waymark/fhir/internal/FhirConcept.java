package org.waymark.fhir.internal;

import org.waymark.model.Coded;

/**
 * Waymark's own concepts for categories and codes of the FHIR resources it exports (not the
 * clinical-language concepts of {@code org.waymark.language}). Their CodeSystem is published as
 * {@value #CODE_SYSTEM_NAME}.
 */
public enum FhirConcept implements Coded {
    /** A care plan for a person who self-harms (category of the main CarePlan). */
    SELF_HARM_CARE_PLAN("self-harm-care-plan"),
    /** A safety plan (category of the safety plan's CarePlan). */
    SAFETY_PLAN("safety-plan"),
    /** Self-harm, as the concern a care plan addresses (code of the Condition). */
    SELF_HARM("self-harm");

    /** The name the CodeSystem of these concepts is published under (its URL ends {@code /concept}). */
    public static final String CODE_SYSTEM_NAME = "Concept";

    private final String code;

    FhirConcept(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
