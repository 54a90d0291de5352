package org.waymark.fhir.internal;

import org.waymark.model.Coded;

/**
 * What a CarePlan activity that is not an intervention holds: a part of the risk management plan,
 * the review schedule, or one step of the safety plan. Interventions carry their modality instead.
 */
public enum ActivityKind implements Coded {
    /** One entry of the risk management plan. */
    RISK_MANAGEMENT("risk-management"),
    /** The crisis plan. */
    CRISIS_PLAN("crisis-plan"),
    /** The review schedule: the next review and the interval. */
    REVIEW("review"),
    /** Safety plan step 1: warning signs. */
    WARNING_SIGNS("warning-signs"),
    /** Safety plan step 2: things the person can do on their own. */
    COPING_STRATEGIES("coping-strategies"),
    /** Safety plan step 3: people and places that take the mind off things. */
    DISTRACTIONS("distractions"),
    /** Safety plan step 4: people the person can ask for help. */
    HELP_CONTACTS("help-contacts"),
    /** Safety plan step 5: professionals and services to contact. */
    PROFESSIONAL_CONTACTS("professional-contacts"),
    /** Safety plan step 6: making the surroundings safer. */
    MEANS_SAFETY("means-safety"),
    /** The person's reasons for living. */
    REASONS_FOR_LIVING("reasons-for-living");

    private final String code;

    ActivityKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
