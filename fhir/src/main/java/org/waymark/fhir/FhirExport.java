package org.waymark.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CareTeam.CareTeamParticipantComponent;
import org.hl7.fhir.r4.model.CareTeam.CareTeamStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent.ConsentProvisionType;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.MedicationStatement.MedicationStatementStatus;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.waymark.fhir.internal.ActivityKind;
import org.waymark.fhir.internal.FhirConcept;
import org.waymark.fhir.internal.Names;
import org.waymark.fhir.internal.Narratives;
import org.waymark.fhir.internal.Placement;
import org.waymark.fhir.internal.RecordCodec;
import org.waymark.fhir.internal.SafetySteps;
import org.waymark.fhir.internal.Vocabulary;
import org.waymark.model.CarePlan;
import org.waymark.model.CareTeam;
import org.waymark.model.Contact;
import org.waymark.model.CrisisPlan;
import org.waymark.model.FamilyInvolvement;
import org.waymark.model.Goal;
import org.waymark.model.GoalStatus;
import org.waymark.model.InstrumentObservation;
import org.waymark.model.Intervention;
import org.waymark.model.ItemResponse;
import org.waymark.model.Medication;
import org.waymark.model.RiskManagementEntry;
import org.waymark.model.RiskManagementPlan;
import org.waymark.model.SafetyPlan;
import org.waymark.model.Signature;
import org.waymark.model.TeamMember;

/**
 * Exports a care plan as a FHIR R4 {@link Bundle}.
 * <p>
 * The Bundle holds, in this order: the CarePlan; its CareTeam; the Condition it addresses
 * (self-harm, carrying the self-harm history); one Goal per goal; one Observation per instrument
 * observation (descriptive, with no interpretation and no score); one MedicationStatement per
 * medication, its indication as the reason; one Consent per family involvement; the safety plan as
 * a CarePlan that is part of the first, one activity per step and one for reasons for living; one
 * Provenance per signature; and, when the caller gives one, the rendered PDF as a DocumentReference.
 * Entries refer to each other by {@code urn:uuid} full URLs derived from the plan id, so the same
 * plan always gives the same Bundle. What FHIR has no element for is carried in extensions under
 * {@value WaymarkFhir#CANONICAL} (see {@link WaymarkFhir#conformanceResources()}).
 * <p>
 * Never a risk score: no RiskAssessment is produced, nothing carries a probability or a risk level.
 * <p>
 * This class is thread-safe.
 */
public final class FhirExport {

    /** The guideline a family involvement's Consent follows. */
    static final String CONSENT_POLICY = "https://www.nice.org.uk/guidance/ng225";
    /** The category of a consent record. */
    static final Coding CONSENT_CATEGORY = new Coding("http://loinc.org", "59284-0", "Patient Consent");
    /** The scope of a consent to share. */
    static final Coding CONSENT_SCOPE = new Coding("http://terminology.hl7.org/CodeSystem/consentscope",
            "patient-privacy", "Privacy Consent");
    /** The category of an instrument observation. */
    static final Coding SURVEY = new Coding("http://terminology.hl7.org/CodeSystem/observation-category",
            "survey", "Survey");
    /** The role of a signatory in a Provenance. */
    static final Coding ATTESTER = new Coding("http://terminology.hl7.org/CodeSystem/provenance-participant-type",
            "attester", "Attester");
    /** The marker that a risk management plan exists although it has no entries and no crisis plan. */
    static final String RISK_MANAGEMENT_PLAN_RECORDED = Names.EXTENSION + "risk-management-plan-recorded";

    private FhirExport() {
    }

    /**
     * Exports a plan as a collection Bundle without a host subject.
     *
     * @param plan the plan, not null
     * @return a new Bundle, not null
     */
    public static Bundle toFhir(CarePlan plan) {
        return toFhir(plan, ExportOptions.DEFAULT);
    }

    /**
     * Exports a plan as a Bundle.
     *
     * @param plan    the plan, not null
     * @param options the Bundle type, subject and document, not null
     * @return a new Bundle, not null
     */
    public static Bundle toFhir(CarePlan plan, ExportOptions options) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        return new Writer(plan, options).bundle();
    }

    /**
     * Exports a plan as FHIR JSON.
     *
     * @param plan    the plan, not null
     * @param options the Bundle type, subject and document, not null
     * @return the Bundle as pretty-printed JSON, not null
     */
    public static String toJson(CarePlan plan, ExportOptions options) {
        return WaymarkFhir.context().newJsonParser().setPrettyPrint(true).encodeResourceToString(toFhir(plan, options));
    }

    /** The entry places of a plan's resources, so references and paths use the same names. */
    static final class Places {
        static final String CARE_PLAN = "care-plan";
        static final String CARE_TEAM = "care-team";
        static final String HISTORY = "history";
        static final String SAFETY_PLAN = "safety-plan";
        static final String DOCUMENT = "document";

        static String goal(String id) {
            return "goals/" + id;
        }

        static String observation(String id) {
            return "instrument-observations/" + id;
        }

        static String medication(String id) {
            return "medications/" + id;
        }

        static String family(int i) {
            return "sharing/family/" + i;
        }

        static String signature(int i) {
            return "sign-off/signatures/" + i;
        }

        private Places() {
        }
    }

    private static final class Writer {
        private final CarePlan plan;
        private final ExportOptions options;
        private final Bundle bundle = new Bundle();
        private final Reference subject;
        private final Map<String, Contact> contacts = new HashMap<>();

        Writer(CarePlan plan, ExportOptions options) {
            this.plan = plan;
            this.options = options;
            this.subject = options.subject() != null ? new Reference(options.subject())
                    : new Reference().setIdentifier(new Identifier().setSystem(Names.PERSON_ID).setValue(plan.person().id()));
            plan.contacts().forEach(c -> contacts.put(c.id(), c));
        }

        private String url(String place) {
            return Names.entryUrl(plan.id(), place);
        }

        private Reference ref(String place) {
            return new Reference(url(place));
        }

        private Reference subject() {
            return subject.copy();
        }

        private void add(String place, Resource resource) {
            Bundle.BundleEntryComponent e = bundle.addEntry().setFullUrl(url(place)).setResource(resource);
            if (options.bundleType() == ExportOptions.BundleType.TRANSACTION) {
                e.getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl(resource.fhirType());
            }
        }

        Bundle bundle() {
            bundle.setType(options.bundleType() == ExportOptions.BundleType.TRANSACTION
                    ? Bundle.BundleType.TRANSACTION : Bundle.BundleType.COLLECTION);
            org.hl7.fhir.r4.model.CarePlan main = carePlan();
            add(Places.CARE_PLAN, main);
            add(Places.CARE_TEAM, careTeam());
            add(Places.HISTORY, condition());
            for (Goal g : plan.goals()) {
                add(Places.goal(g.id()), goal(g));
            }
            for (InstrumentObservation o : plan.instrumentObservations()) {
                add(Places.observation(o.id()), observation(o));
            }
            for (Medication m : plan.medications()) {
                add(Places.medication(m.id()), medication(m));
            }
            List<FamilyInvolvement> family = plan.sharing().family();
            for (int i = 0; i < family.size(); i++) {
                add(Places.family(i), consent(family.get(i)));
            }
            if (plan.safetyPlan() != null) {
                add(Places.SAFETY_PLAN, safetyPlan(plan.safetyPlan()));
            }
            List<Signature> signatures = plan.signOff().signatures();
            for (int i = 0; i < signatures.size(); i++) {
                add(Places.signature(i), provenance(signatures.get(i)));
            }
            byte[] pdf = options.pdf();
            if (pdf != null) {
                add(Places.DOCUMENT, document(pdf));
            }
            return bundle;
        }

        private org.hl7.fhir.r4.model.CarePlan carePlan() {
            org.hl7.fhir.r4.model.CarePlan cp = new org.hl7.fhir.r4.model.CarePlan();
            cp.setText(Narratives.of("Care plan for a person who self-harms (" + plan.status().code() + "), from "
                    + plan.startDate() + ": " + plan.goals().size() + " goals, " + plan.interventions().size()
                    + " interventions, next review " + (plan.review().nextReviewDate() == null ? "not set"
                    : plan.review().nextReviewDate().toString()) + "."));
            cp.addIdentifier().setSystem(Names.PLAN_ID).setValue(plan.id());
            cp.setStatus(Vocabulary.carePlanStatus(plan.status()));
            cp.setIntent(CarePlanIntent.PLAN);
            cp.addCategory(new CodeableConcept(new Coding(Vocabulary.US_CORE_CAREPLAN_CATEGORY, "assess-plan",
                    "Assessment and Plan of Treatment")));
            cp.addCategory(Vocabulary.concept(FhirConcept.SELF_HARM_CARE_PLAN));
            cp.setSubject(subject());
            cp.setPeriod(new Period().setStartElement(new DateTimeType(plan.startDate().toString())));
            cp.setAuthor(ref(Places.CARE_TEAM));
            cp.addCareTeam(ref(Places.CARE_TEAM));
            cp.addAddresses(ref(Places.HISTORY));
            for (InstrumentObservation o : plan.instrumentObservations()) {
                cp.addSupportingInfo(ref(Places.observation(o.id())));
            }
            for (Medication m : plan.medications()) {
                cp.addSupportingInfo(ref(Places.medication(m.id())));
            }
            for (int i = 0; i < plan.sharing().family().size(); i++) {
                cp.addSupportingInfo(ref(Places.family(i)));
            }
            for (Goal g : plan.goals()) {
                cp.addGoal(ref(Places.goal(g.id())));
            }
            for (Intervention iv : plan.interventions()) {
                cp.addActivity(intervention(iv));
            }
            RiskManagementPlan rmp = plan.riskManagementPlan();
            if (rmp != null) {
                for (RiskManagementEntry e : rmp.entries()) {
                    CarePlanActivityComponent a = activity(ActivityKind.RISK_MANAGEMENT, String.join("\n", e.actions()));
                    RecordCodec.write(e, Placement.RISK_MANAGEMENT_ENTRY, a.getExtension());
                    cp.addActivity(a);
                }
                CrisisPlan crisis = rmp.crisisPlan();
                if (crisis != null) {
                    CarePlanActivityComponent a = activity(ActivityKind.CRISIS_PLAN, crisis.whenToGetHelp());
                    RecordCodec.write(crisis, Placement.CRISIS_PLAN, a.getExtension());
                    cp.addActivity(a);
                }
            }
            CarePlanActivityComponent review = activity(ActivityKind.REVIEW, null);
            if (plan.review().nextReviewDate() != null) {
                review.getDetail().setScheduled(new Period().setStartElement(
                        new DateTimeType(plan.review().nextReviewDate().toString())));
            }
            RecordCodec.write(plan.review(), Placement.REVIEW, review.getExtension());
            cp.addActivity(review);

            RecordCodec.write(plan, Placement.CARE_PLAN, cp.getExtension());
            RecordCodec.write(plan.sharing(), Placement.SHARING, cp.getExtension());
            RecordCodec.write(plan.signOff(), Placement.SIGN_OFF, cp.getExtension());
            if (rmp != null && rmp.entries().isEmpty() && rmp.crisisPlan() == null) {
                cp.addExtension(new Extension(RISK_MANAGEMENT_PLAN_RECORDED, new BooleanType(true)));
            }
            return cp;
        }

        private CarePlanActivityComponent activity(ActivityKind kind, String description) {
            CarePlanActivityComponent a = new CarePlanActivityComponent();
            CarePlanActivityDetailComponent d = a.getDetail();
            d.setCode(Vocabulary.concept(kind));
            d.setStatus(CarePlanActivityStatus.UNKNOWN);
            if (description != null && !description.isEmpty()) {
                d.setDescription(description);
            }
            return a;
        }

        private CarePlanActivityComponent intervention(Intervention iv) {
            CarePlanActivityComponent a = new CarePlanActivityComponent();
            CarePlanActivityDetailComponent d = a.getDetail();
            d.setCode(Vocabulary.concept(iv.modality()));
            d.setStatus(CarePlanActivityStatus.UNKNOWN);
            d.setDescription(iv.description());
            if (iv.startDate() != null) {
                d.setScheduled(new Period().setStartElement(new DateTimeType(iv.startDate().toString())));
            }
            for (String goalId : iv.goalIds()) {
                d.addGoal(ref(Places.goal(goalId)));
            }
            RecordCodec.write(iv, Placement.INTERVENTION, a.getExtension());
            return a;
        }

        private org.hl7.fhir.r4.model.CareTeam careTeam() {
            CareTeam team = plan.careTeam();
            org.hl7.fhir.r4.model.CareTeam ct = new org.hl7.fhir.r4.model.CareTeam();
            ct.setText(Narratives.of("Care team of " + team.members().size() + " members."));
            ct.setStatus(CareTeamStatus.ACTIVE);
            ct.setSubject(subject());
            for (TeamMember m : team.members()) {
                CareTeamParticipantComponent p = ct.addParticipant();
                if (m.role() != null) {
                    p.addRole().setText(m.role());
                }
                p.setMember(new Reference().setDisplay(m.name()));
                if (m.organisation() != null) {
                    p.setOnBehalfOf(new Reference().setDisplay(m.organisation()));
                }
                RecordCodec.write(m, Placement.TEAM_MEMBER, p.getExtension());
            }
            RecordCodec.write(team, Placement.CARE_TEAM, ct.getExtension());
            return ct;
        }

        private Condition condition() {
            Condition c = new Condition();
            c.setText(Narratives.of("Self-harm: the concern this care plan addresses, with the history recorded."));
            c.setCode(Vocabulary.concept(FhirConcept.SELF_HARM).setText("Self-harm"));
            c.setSubject(subject());
            RecordCodec.write(plan.history(), Placement.HISTORY, c.getExtension());
            return c;
        }

        private org.hl7.fhir.r4.model.Goal goal(Goal g) {
            org.hl7.fhir.r4.model.Goal fg = new org.hl7.fhir.r4.model.Goal();
            fg.setText(Narratives.of(g.statement()));
            fg.addIdentifier().setSystem(Names.PART_ID).setValue(g.id());
            fg.setLifecycleStatus(Vocabulary.lifecycle(g.status()));
            CodeableConcept achievement = Vocabulary.concept(g.status());
            if (g.status() == GoalStatus.ACHIEVED) {
                achievement.addCoding(new Coding(Vocabulary.GOAL_ACHIEVEMENT, "achieved", "Achieved"));
            } else if (g.status() == GoalStatus.ACTIVE) {
                achievement.addCoding(new Coding(Vocabulary.GOAL_ACHIEVEMENT, "in-progress", "In Progress"));
            }
            fg.setAchievementStatus(achievement);
            fg.addCategory(Vocabulary.concept(g.area()));
            fg.setDescription(new CodeableConcept().setText(g.statement()));
            fg.setSubject(subject());
            if (g.startDate() != null) {
                fg.setStart(new DateType(g.startDate().toString()));
            }
            if (g.measure() != null || g.target() != null || g.dueDate() != null) {
                org.hl7.fhir.r4.model.Goal.GoalTargetComponent t = fg.addTarget();
                if (g.measure() != null) {
                    t.setMeasure(new CodeableConcept().setText(g.measure()));
                }
                if (g.target() != null) {
                    t.setDetail(new StringType(g.target()));
                }
                if (g.dueDate() != null) {
                    t.setDue(new DateType(g.dueDate().toString()));
                }
            }
            if (g.addresses() != null) {
                fg.addAddresses(new Reference().setDisplay(g.addresses()));
            }
            RecordCodec.write(g, Placement.GOAL, fg.getExtension());
            return fg;
        }

        private Observation observation(InstrumentObservation o) {
            Observation ob = new Observation();
            ob.setText(Narratives.of(o.instrument() + ", " + o.administeredOn() + ": "
                    + o.responses().size() + " responses recorded, no score."));
            ob.addIdentifier().setSystem(Names.PART_ID).setValue(o.id());
            ob.setStatus(ObservationStatus.FINAL);
            ob.addCategory(new CodeableConcept(SURVEY.copy()));
            ob.setCode(new CodeableConcept().setText(o.instrument()));
            ob.setSubject(subject());
            ob.setEffective(new DateTimeType(o.administeredOn().toString()));
            if (o.administeredBy() != null) {
                ob.addPerformer(new Reference().setDisplay(o.administeredBy()));
            }
            if (o.observation() != null) {
                ob.setValue(new StringType(o.observation()));
            }
            for (ItemResponse r : o.responses()) {
                ob.addComponent().setCode(new CodeableConcept().setText(r.item())).setValue(new StringType(r.response()));
            }
            RecordCodec.write(o, Placement.OBSERVATION, ob.getExtension());
            return ob;
        }

        private MedicationStatement medication(Medication m) {
            MedicationStatement ms = new MedicationStatement();
            ms.setText(Narratives.of(m.name()));
            ms.addIdentifier().setSystem(Names.PART_ID).setValue(m.id());
            ms.setStatus(MedicationStatementStatus.UNKNOWN);
            ms.setMedication(new CodeableConcept().setText(m.name()));
            ms.setSubject(subject());
            if (m.indication() != null) {
                ms.addReasonCode().setText(m.indication());
            }
            RecordCodec.write(m, Placement.MEDICATION, ms.getExtension());
            return ms;
        }

        private org.hl7.fhir.r4.model.Consent consent(FamilyInvolvement f) {
            org.hl7.fhir.r4.model.Consent c = new org.hl7.fhir.r4.model.Consent();
            Contact who = contacts.get(f.contactId());
            String name = who == null ? f.contactId() : who.name();
            c.setText(Narratives.of("Involvement of " + name + " (" + f.kind().code() + "): "
                    + (f.consent() == null ? "consent not recorded" : f.consent().given() ? "consent given" : "consent refused") + "."));
            c.setScope(new CodeableConcept(CONSENT_SCOPE.copy()));
            c.addCategory(new CodeableConcept(CONSENT_CATEGORY.copy()));
            c.setPatient(subject());
            c.addPolicy().setUri(CONSENT_POLICY);
            if (f.consent() == null) {
                c.setStatus(ConsentState.PROPOSED);
            } else {
                c.setStatus(ConsentState.ACTIVE);
                c.setDateTimeElement(new DateTimeType(f.consent().recordedOn().toString()));
                c.getProvision().setType(f.consent().given() ? ConsentProvisionType.PERMIT : ConsentProvisionType.DENY);
                RecordCodec.write(f.consent(), Placement.CONSENT, c.getExtension());
            }
            RecordCodec.write(f, Placement.FAMILY_INVOLVEMENT, c.getExtension());
            return c;
        }

        private org.hl7.fhir.r4.model.CarePlan safetyPlan(SafetyPlan sp) {
            org.hl7.fhir.r4.model.CarePlan cp = new org.hl7.fhir.r4.model.CarePlan();
            cp.setText(Narratives.of("Safety plan: " + sp.warningSigns().size() + " warning signs, "
                    + sp.copingStrategies().size() + " things to do on my own, " + sp.reasonsForLiving().size()
                    + " reasons for living."));
            cp.setStatus(Vocabulary.carePlanStatus(plan.status()));
            cp.setIntent(CarePlanIntent.PLAN);
            cp.addCategory(new CodeableConcept(new Coding(Vocabulary.US_CORE_CAREPLAN_CATEGORY, "assess-plan",
                    "Assessment and Plan of Treatment")));
            cp.addCategory(Vocabulary.concept(FhirConcept.SAFETY_PLAN));
            cp.setSubject(subject());
            cp.addPartOf(ref(Places.CARE_PLAN));
            for (SafetySteps step : SafetySteps.values()) {
                CarePlanActivityComponent a = activity(step.kind(), describe(sp, step));
                RecordCodec.write(sp, c -> step.stepComponents().contains(c), a.getExtension());
                cp.addActivity(a);
            }
            RecordCodec.write(sp, Placement.SAFETY_PLAN, cp.getExtension());
            return cp;
        }

        private String describe(SafetyPlan sp, SafetySteps step) {
            List<String> lines = new ArrayList<>();
            switch (step) {
                case WARNING_SIGNS -> lines.addAll(sp.warningSigns());
                case COPING_STRATEGIES -> lines.addAll(sp.copingStrategies());
                case DISTRACTIONS -> {
                    lines.addAll(sp.distractions());
                    lines.addAll(names(sp.distractionContactIds()));
                }
                case HELP_CONTACTS -> lines.addAll(names(sp.helpContactIds()));
                case PROFESSIONAL_CONTACTS -> lines.addAll(names(sp.professionalContactIds()));
                case MEANS_SAFETY -> {
                    sp.meansSafety().forEach(m -> lines.add(m.action()));
                    if (sp.meansNotNeededReason() != null) {
                        lines.add(sp.meansNotNeededReason());
                    }
                }
                case REASONS_FOR_LIVING -> lines.addAll(sp.reasonsForLiving());
            }
            return String.join("\n", lines);
        }

        private List<String> names(List<String> contactIds) {
            return contactIds.stream().map(id -> contacts.containsKey(id) ? contacts.get(id).name() : id).toList();
        }

        private Provenance provenance(Signature s) {
            Provenance p = new Provenance();
            p.setText(Narratives.of("Signed by " + s.name() + " (" + s.role().code() + ") on " + s.date() + "."));
            p.addTarget(ref(Places.CARE_PLAN));
            p.setOccurred(new DateTimeType(s.date().toString()));
            p.setRecordedElement(midnight(s.date()));
            Provenance.ProvenanceAgentComponent agent = p.addAgent();
            agent.setType(new CodeableConcept(ATTESTER.copy()));
            agent.addRole(Vocabulary.concept(s.role()));
            agent.setWho(new Reference().setDisplay(s.name()));
            RecordCodec.write(s, Placement.SIGNATURE, agent.getExtension());
            return p;
        }

        private static InstantType midnight(LocalDate date) {
            return new InstantType(date + "T00:00:00Z");
        }

        private DocumentReference document(byte[] pdf) {
            DocumentReference d = new DocumentReference();
            d.setText(Narratives.of("The care plan as a PDF document."));
            d.setStatus(DocumentReferenceStatus.CURRENT);
            d.setType(new CodeableConcept().setText("Care plan"));
            d.setSubject(subject());
            d.addContent().setAttachment(new Attachment().setContentType("application/pdf").setData(pdf)
                    .setTitle("Care plan " + plan.id()));
            d.getContext().addRelated(ref(Places.CARE_PLAN));
            return d;
        }
    }
}
