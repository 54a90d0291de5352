package org.waymark.templates;

/**
 * What a template puts into a new draft before anyone writes in it.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param reviewIntervalMonths the review interval to propose, from 1 to 12 (NICE CG133: at most a year)
 * @param needsDomains         whether to list every needs domain, ready to be filled in
 * @param riskDomains          whether to list every risk formulation domain, ready to be filled in
 * @param crisisContacts       whether to add the locale's crisis and emergency contacts
 * @param safetyPlan           whether to start a safety plan
 * @param riskManagementPlan   whether to start a risk management plan with a crisis plan
 * @param chainAnalysis        whether to start a chain analysis and an after-episode review
 */
public record TemplateDefaults(int reviewIntervalMonths, boolean needsDomains, boolean riskDomains, boolean crisisContacts,
                               boolean safetyPlan, boolean riskManagementPlan, boolean chainAnalysis) {

    /**
     * Checks the components.
     *
     * @param reviewIntervalMonths the review interval to propose, from 1 to 12 (NICE CG133: at most a year)
     * @param needsDomains         whether to list every needs domain, ready to be filled in
     * @param riskDomains          whether to list every risk formulation domain, ready to be filled in
     * @param crisisContacts       whether to add the locale's crisis and emergency contacts
     * @param safetyPlan           whether to start a safety plan
     * @param riskManagementPlan   whether to start a risk management plan with a crisis plan
     * @param chainAnalysis        whether to start a chain analysis and an after-episode review
     */
    public TemplateDefaults {
        if (reviewIntervalMonths < 1 || reviewIntervalMonths > 12) {
            throw new IllegalArgumentException("reviewIntervalMonths must be from 1 to 12: NICE CG133 asks for review at least once a year");
        }
    }
}
