package org.waymark.templates;

import java.util.Arrays;
import org.waymark.model.Coded;

/**
 * A part of a plan that a template asks the clinician, or the clinician and the person together, to fill in.
 * Each section maps onto a part of {@link org.waymark.model.CarePlan}; the code is the stable spelling
 * used in template resources.
 */
public enum TemplateSection implements Coded {
    /** The person: preferred name, pronouns, age, dependent children. Maps to {@code person}. */
    PERSON("person"),
    /** Methods, frequency, functions, triggers and context. Maps to {@code history}. */
    HISTORY("history"),
    /** A chain analysis of an episode. Maps to {@code history.chainAnalyses}. */
    CHAIN_ANALYSIS("chain-analysis"),
    /** The psychosocial assessment of needs. Maps to {@code needsAssessment}. */
    NEEDS_ASSESSMENT("needs-assessment"),
    /** The risk formulation. Maps to {@code riskFormulation}. */
    RISK_FORMULATION("risk-formulation"),
    /** Problems, aims and long- and short-term goals. Maps to {@code aims}, {@code aimsAgreement}, {@code goals}. */
    AIMS_AND_GOALS("aims-and-goals"),
    /** Interventions and medication for associated conditions. Maps to {@code interventions}, {@code medications}. */
    INTERVENTIONS("interventions"),
    /** The care team with roles and responsibilities. Maps to {@code careTeam}. */
    CARE_TEAM("care-team"),
    /** The risk management plan. Maps to {@code riskManagementPlan.entries}. */
    RISK_MANAGEMENT_PLAN("risk-management-plan"),
    /** The crisis plan. Maps to {@code riskManagementPlan.crisisPlan}. */
    CRISIS_PLAN("crisis-plan"),
    /** The safety plan. Maps to {@code safetyPlan}. */
    SAFETY_PLAN("safety-plan"),
    /** GP, family and carers, confidentiality. Maps to {@code sharing}. */
    SHARING_AND_CONSENT("sharing-and-consent"),
    /** Information given to the person. Maps to {@code sharing.information}. */
    INFORMATION("information"),
    /** The review schedule and reviews. Maps to {@code review}. */
    REVIEW("review"),
    /** Signatures. Maps to {@code signOff}. */
    SIGN_OFF("sign-off");

    private final String code;

    TemplateSection(String code) {
        this.code = code;
    }

    /** Returns the stable code, such as {@code "safety-plan"}. */
    @Override
    public String code() {
        return code;
    }

    /**
     * Obtains the section with a code.
     *
     * @param code the code, not null
     * @return the section, not null
     * @throws IllegalArgumentException if the code is unknown, naming the known codes
     */
    public static TemplateSection fromCode(String code) {
        for (TemplateSection s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown template section '" + code + "'; expected one of "
                + Arrays.stream(values()).map(TemplateSection::code).toList());
    }
}
