package org.waymark.fhir.internal;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.waymark.model.CarePlan;
import org.waymark.model.CareTeam;
import org.waymark.model.Consent;
import org.waymark.model.CrisisPlan;
import org.waymark.model.FamilyInvolvement;
import org.waymark.model.Goal;
import org.waymark.model.InstrumentObservation;
import org.waymark.model.Intervention;
import org.waymark.model.Medication;
import org.waymark.model.ReviewSchedule;
import org.waymark.model.RiskManagementEntry;
import org.waymark.model.SafetyPlan;
import org.waymark.model.SelfHarmHistory;
import org.waymark.model.Sharing;
import org.waymark.model.SignOff;
import org.waymark.model.Signature;
import org.waymark.model.TeamMember;

/**
 * Where the record components that FHIR has no element for are carried: on which FHIR element, as
 * extensions. Every other component of the record is mapped to a FHIR element by the exporter.
 * This list is what the StructureDefinitions are generated from, so export, import and the
 * published definitions cannot disagree.
 *
 * @param type     the model record, not null
 * @param context  the FHIR element the extensions sit on, e.g. {@code CarePlan.activity}, not null
 * @param mapped   the components mapped to FHIR elements (not carried), used when {@code only} is empty
 * @param only     when not empty, exactly the components carried here
 */
public record Placement(Class<?> type, String context, Set<String> mapped, Set<String> only) implements Predicate<String> {

    /** The plan's own components without a FHIR element, on the main CarePlan. */
    public static final Placement CARE_PLAN = except(CarePlan.class, "CarePlan", "id", "status", "startDate", "history",
            "instrumentObservations", "goals", "interventions", "medications", "careTeam", "riskManagementPlan",
            "safetyPlan", "sharing", "review", "signOff");
    /** GP sharing, confidentiality and information given, on the main CarePlan; family involvement is Consent. */
    public static final Placement SHARING = except(Sharing.class, "CarePlan", "family");
    /** Why the person did not sign, on the main CarePlan; signatures are Provenance. */
    public static final Placement SIGN_OFF = except(SignOff.class, "CarePlan", "signatures");
    /** The self-harm history, on the Condition the plan addresses. */
    public static final Placement HISTORY = except(SelfHarmHistory.class, "Condition");
    /** A goal's term, long-term link, baseline, owner, steps and progress. */
    public static final Placement GOAL = except(Goal.class, "Goal", "id", "area", "statement", "addresses",
            "measure", "target", "dueDate", "startDate", "status");
    /** An intervention's id, planned sessions, frequency, provider and self-harm focus, on its activity. */
    public static final Placement INTERVENTION = except(Intervention.class, "CarePlan.activity", "modality",
            "description", "goalIds", "startDate");
    /** A risk management entry, on its activity. */
    public static final Placement RISK_MANAGEMENT_ENTRY = except(RiskManagementEntry.class, "CarePlan.activity");
    /** The crisis plan, on its activity. */
    public static final Placement CRISIS_PLAN = except(CrisisPlan.class, "CarePlan.activity");
    /** The review interval and the reviews held, on the review activity. */
    public static final Placement REVIEW = except(ReviewSchedule.class, "CarePlan.activity", "nextReviewDate");
    /** Anything of an instrument observation without an Observation element (nothing today). */
    public static final Placement OBSERVATION = except(InstrumentObservation.class, "Observation", "id", "instrument",
            "administeredOn", "administeredBy", "responses", "observation");
    /** A medication's associated condition and prescriber. */
    public static final Placement MEDICATION = except(Medication.class, "MedicationStatement", "id", "name", "indication");
    /** The coordinator and the person's own responsibilities, on the CareTeam. */
    public static final Placement CARE_TEAM = except(CareTeam.class, "CareTeam", "members");
    /** A member's id, responsibilities and contact, on their participant. */
    public static final Placement TEAM_MEMBER = except(TeamMember.class, "CareTeam.participant", "name", "role", "organisation");
    /** Who is involved and how, on the involvement's Consent. */
    public static final Placement FAMILY_INVOLVEMENT = except(FamilyInvolvement.class, "Consent", "consent");
    /** What the consent covers, in the person's words, on the Consent. */
    public static final Placement CONSENT = except(Consent.class, "Consent", "given", "recordedOn");
    /** The safety plan's components that are not one of its steps (co-production), on its CarePlan. */
    public static final Placement SAFETY_PLAN = except(SafetyPlan.class, "CarePlan", SafetySteps.components());
    /** The safety plan's steps, each on its activity. */
    public static final Placement SAFETY_PLAN_STEP = new Placement(SafetyPlan.class, "CarePlan.activity", Set.of(),
            Set.of(SafetySteps.components()));
    /** The care team member who signed, on the Provenance agent. */
    public static final Placement SIGNATURE = except(Signature.class, "Provenance.agent", "role", "name", "date");

    /** A validation finding's plan path, message key, message and citation, on its OperationOutcome issue. */
    public static final Placement FINDING = except(FindingSource.class, "OperationOutcome.issue");

    /** Every placement. */
    public static final List<Placement> ALL = List.of(CARE_PLAN, SHARING, SIGN_OFF, HISTORY, GOAL, INTERVENTION,
            RISK_MANAGEMENT_ENTRY, CRISIS_PLAN, REVIEW, OBSERVATION, MEDICATION, CARE_TEAM, TEAM_MEMBER,
            FAMILY_INVOLVEMENT, CONSENT, SAFETY_PLAN, SAFETY_PLAN_STEP, SIGNATURE, FINDING);

    /**
     * Checks and copies.
     *
     * @param type     the model record, not null
     * @param context  the FHIR element the extensions sit on, not null
     * @param mapped   the components mapped to FHIR elements, used when {@code only} is empty
     * @param only     when not empty, exactly the components carried here
     * @throws IllegalArgumentException if a name is not a component of the record
     */
    public Placement {
        mapped = Set.copyOf(mapped);
        only = Set.copyOf(only);
        for (String name : mapped.isEmpty() ? only : mapped) {
            if (RecordCodec.components(type).stream().noneMatch(c -> c.getName().equals(name))) {
                throw new IllegalArgumentException(type.getSimpleName() + " has no component " + name);
            }
        }
    }

    private static Placement except(Class<?> type, String context, String... mapped) {
        return new Placement(type, context, Set.of(mapped), Set.of());
    }

    /**
     * Tells whether a component is carried as an extension here.
     *
     * @param component the component name, not null
     * @return true if carried here
     */
    @Override
    public boolean test(String component) {
        return only.isEmpty() ? !mapped.contains(component) : only.contains(component);
    }

    /**
     * Returns the components carried as extensions here, in declaration order.
     *
     * @return the components, not null
     */
    public List<RecordComponent> carried() {
        return RecordCodec.components(type).stream().filter(c -> test(c.getName())).toList();
    }
}
