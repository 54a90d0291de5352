package org.waymark.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityComponent;
import org.hl7.fhir.r4.model.CareTeam.CareTeamParticipantComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent.ConsentProvisionType;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.waymark.fhir.internal.ActivityKind;
import org.waymark.fhir.internal.BundleFailure;
import org.waymark.fhir.internal.FhirConcept;
import org.waymark.fhir.internal.Names;
import org.waymark.fhir.internal.Placement;
import org.waymark.fhir.internal.RecordCodec;
import org.waymark.fhir.internal.SafetySteps;
import org.waymark.fhir.internal.Vocabulary;
import org.waymark.model.CarePlan;
import org.waymark.model.CareTeam;
import org.waymark.model.Consent;
import org.waymark.model.CrisisPlan;
import org.waymark.model.FamilyInvolvement;
import org.waymark.model.Goal;
import org.waymark.model.GoalArea;
import org.waymark.model.GoalStatus;
import org.waymark.model.InstrumentObservation;
import org.waymark.model.Intervention;
import org.waymark.model.ItemResponse;
import org.waymark.model.Medication;
import org.waymark.model.Modality;
import org.waymark.model.Person;
import org.waymark.model.PlanOrigin;
import org.waymark.model.ReviewSchedule;
import org.waymark.model.RiskManagementEntry;
import org.waymark.model.RiskManagementPlan;
import org.waymark.model.SafetyPlan;
import org.waymark.model.SelfHarmHistory;
import org.waymark.model.Sharing;
import org.waymark.model.SignOff;
import org.waymark.model.SignatoryRole;
import org.waymark.model.Signature;
import org.waymark.model.TeamMember;

/**
 * Imports a care plan from a FHIR R4 {@link Bundle}: everything {@link FhirExport} writes reads
 * back to an equal plan, and a Bundle from another system is read by the same mapping.
 * <p>
 * What cannot be read is a {@link BundleFormatException} that says where, as a FHIRPath such as
 * {@code Bundle.entry[3].resource.target[0].dueDate}, and why: a missing required element, a
 * reference that resolves to no entry or to the wrong type, an unknown code, a value of the wrong
 * type. A Bundle that carries a risk prediction (a RiskAssessment with a prediction, an Observation
 * coded as a risk level such as LOINC 93374-7, a risk-level extension) is refused with rule id
 * {@code NO-RISK-PREDICTION} before anything else is read.
 * <p>
 * Reading JSON is bounded as {@link org.waymark.json.PlanJson#read(String)} is: document size,
 * nesting depth, string length and token count, and HAPI's parser runs in strict mode.
 * <p>
 * This class is thread-safe.
 */
public final class FhirImport {

    /** The largest Bundle read, in characters: a plan's Bundle with a rendered PDF attached. */
    public static final int MAX_DOCUMENT_LENGTH = 16_000_000;
    /** The deepest JSON nesting read. */
    public static final int MAX_DEPTH = 128;

    private static final JsonFactory BOUNDED = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_DOCUMENT_LENGTH)
                    .maxNumberLength(100)
                    .maxNameLength(256)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .maxTokenCount(2_000_000)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private FhirImport() {
    }

    /**
     * Reads a plan from FHIR JSON.
     *
     * @param json the Bundle as JSON, not null
     * @return the plan, not null
     * @throws BundleFormatException if the JSON is not a Bundle Waymark can read, or carries a risk prediction
     */
    public static CarePlan read(String json) {
        Objects.requireNonNull(json, "json");
        return fromFhir(parse(json));
    }

    /**
     * Reads a plan from FHIR JSON in UTF-8.
     *
     * @param in the Bundle as JSON; read to the end, not closed
     * @return the plan, not null
     * @throws BundleFormatException if the JSON is not a Bundle Waymark can read, or carries a risk prediction
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static CarePlan read(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            byte[] bytes = in.readNBytes(MAX_DOCUMENT_LENGTH * 4 + 1);
            if (bytes.length > MAX_DOCUMENT_LENGTH * 4) {
                throw new BundleFormatException("Bundle", "the document is larger than " + MAX_DOCUMENT_LENGTH + " characters");
            }
            return read(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses FHIR JSON into a Bundle, bounded and strict, without reading it as a plan.
     *
     * @param json the Bundle as JSON, not null
     * @return the Bundle, not null
     * @throws BundleFormatException if the JSON is too large or deep, malformed, or not an R4 Bundle
     */
    public static Bundle parse(String json) {
        Objects.requireNonNull(json, "json");
        if (json.length() > MAX_DOCUMENT_LENGTH) {
            throw new BundleFormatException("Bundle", "the document is larger than " + MAX_DOCUMENT_LENGTH + " characters");
        }
        try (JsonParser p = BOUNDED.createParser(json)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.VALUE_NULL) {
                    throw new BundleFormatException("Bundle", "null is not a FHIR JSON value (line "
                            + p.currentLocation().getLineNr() + ")");
                }
            }
        } catch (StreamConstraintsException e) {
            throw new BundleFormatException("Bundle", "the document is too large or nested too deeply");
        } catch (JsonProcessingException e) {
            throw new BundleFormatException("Bundle", "not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        IParser parser = WaymarkFhir.context().newJsonParser();
        parser.setParserErrorHandler(new StrictErrorHandler());
        try {
            return parser.parseResource(Bundle.class, json);
        } catch (DataFormatException e) {
            // HAPI's messages may quote the document's values; say where in general terms only.
            throw new BundleFormatException("Bundle", "not a valid FHIR R4 Bundle: an element is unknown, repeated, "
                    + "or has a value of the wrong form, or the resource is not a Bundle");
        }
    }

    /**
     * Reads a plan from a Bundle.
     *
     * @param bundle the Bundle, not null
     * @return the plan, not null
     * @throws BundleFormatException if the Bundle cannot be read as a plan, or carries a risk prediction
     */
    public static CarePlan fromFhir(Bundle bundle) {
        Objects.requireNonNull(bundle, "bundle");
        RiskPredictionGuard.check(bundle);
        try {
            return new Reader(bundle).plan();
        } catch (BundleFailure f) {
            throw BundleFormatException.of(f);
        }
    }

    private record Entry(int index, Resource resource) {
        String at() {
            return "Bundle.entry[" + index + "].resource";
        }
    }

    private static final class Reader {
        private final Bundle bundle;
        private final Map<String, Entry> byUrl = new HashMap<>();
        private final Map<Resource, Entry> byResource = new java.util.IdentityHashMap<>();

        Reader(Bundle bundle) {
            this.bundle = bundle;
            if (bundle.getType() != Bundle.BundleType.COLLECTION && bundle.getType() != Bundle.BundleType.TRANSACTION) {
                throw new BundleFormatException("Bundle.type", bundle.getType() == null ? "required element is missing"
                        : "expected collection or transaction");
            }
            for (int i = 0; i < bundle.getEntry().size(); i++) {
                Bundle.BundleEntryComponent e = bundle.getEntry().get(i);
                if (e.getResource() == null) {
                    throw new BundleFormatException("Bundle.entry[" + i + "].resource", "required element is missing");
                }
                Entry entry = new Entry(i, e.getResource());
                byResource.put(e.getResource(), entry);
                if (e.hasFullUrl() && byUrl.putIfAbsent(e.getFullUrl(), entry) != null) {
                    throw new BundleFormatException("Bundle.entry[" + i + "].fullUrl", "repeated: another entry has this full URL");
                }
                if (e.getResource().getIdElement().hasIdPart()) {
                    byUrl.putIfAbsent(e.getResource().fhirType() + "/" + e.getResource().getIdElement().getIdPart(), entry);
                }
            }
        }

        private <R extends Resource> R resolve(Reference ref, Class<R> type, String at) {
            if (ref == null || !ref.hasReference()) {
                throw new BundleFormatException(at + ".reference", "required element is missing");
            }
            Entry e = byUrl.get(ref.getReference());
            if (e == null) {
                throw new BundleFormatException(at + ".reference", "unresolvable reference: no entry of the Bundle has this full URL");
            }
            if (!type.isInstance(e.resource())) {
                throw new BundleFormatException(at + ".reference", "wrong type: expected a " + type.getSimpleName()
                        + ", found a " + e.resource().fhirType());
            }
            return type.cast(e.resource());
        }

        private String at(Resource r) {
            return byResource.get(r).at();
        }

        CarePlan plan() {
            List<org.hl7.fhir.r4.model.CarePlan> mains = new ArrayList<>();
            for (var e : bundle.getEntry()) {
                if (e.getResource() instanceof org.hl7.fhir.r4.model.CarePlan cp && !cp.hasPartOf()) {
                    mains.add(cp);
                }
            }
            if (mains.size() != 1) {
                throw new BundleFormatException("Bundle.entry", mains.isEmpty()
                        ? "required element is missing: a CarePlan that is not part of another"
                        : "more than one CarePlan that is not part of another; expected one");
            }
            org.hl7.fhir.r4.model.CarePlan cp = mains.get(0);
            String at = at(cp);
            RecordCodec.Reader ext = new RecordCodec.Reader(cp.getExtension(), at);
            Map<String, Object> values = new LinkedHashMap<>(ext.read(CarePlan.class, Placement.CARE_PLAN));
            Map<String, Object> sharing = new LinkedHashMap<>(ext.read(Sharing.class, Placement.SHARING));
            Map<String, Object> signOff = new LinkedHashMap<>(ext.read(SignOff.class, Placement.SIGN_OFF));
            boolean rmpRecorded = ext.take(FhirExport.RISK_MANAGEMENT_PLAN_RECORDED);
            ext.finish();

            values.put("id", identifier(cp.getIdentifier(), Names.PLAN_ID, at));
            values.put("status", Vocabulary.planStatus(cp.getStatus(), at + ".status"));
            values.put("startDate", date(cp.getPeriod().getStartElement(), at + ".period.start", true));
            values.putIfAbsent("version", 1);
            values.putIfAbsent("origin", PlanOrigin.CLINICAL);
            if (!values.containsKey("person")) {
                values.put("person", person(cp, at));
            }
            values.put("history", history(cp, at));
            values.put("careTeam", careTeam(cp, at));

            List<Goal> goals = new ArrayList<>();
            Map<Resource, String> goalIds = new java.util.IdentityHashMap<>();
            for (int i = 0; i < cp.getGoal().size(); i++) {
                org.hl7.fhir.r4.model.Goal g = resolve(cp.getGoal().get(i), org.hl7.fhir.r4.model.Goal.class, at + ".goal[" + i + "]");
                Goal goal = goal(g);
                goals.add(goal);
                goalIds.put(g, goal.id());
            }
            values.put("goals", goals);

            List<InstrumentObservation> observations = new ArrayList<>();
            List<Medication> medications = new ArrayList<>();
            List<FamilyInvolvement> family = new ArrayList<>();
            for (int i = 0; i < cp.getSupportingInfo().size(); i++) {
                String refAt = at + ".supportingInfo[" + i + "]";
                Resource r = resolve(cp.getSupportingInfo().get(i), Resource.class, refAt);
                if (r instanceof Observation o) {
                    observations.add(observation(o));
                } else if (r instanceof MedicationStatement m) {
                    medications.add(medication(m));
                } else if (r instanceof org.hl7.fhir.r4.model.Consent c) {
                    family.add(involvement(c));
                } else {
                    throw new BundleFormatException(refAt + ".reference", "wrong type: expected an Observation, "
                            + "a MedicationStatement or a Consent, found a " + r.fhirType());
                }
            }
            values.put("instrumentObservations", observations);
            values.put("medications", medications);
            sharing.put("family", family);
            values.put("sharing", RecordCodec.construct(Sharing.class, sharing, at));

            List<Intervention> interventions = new ArrayList<>();
            List<RiskManagementEntry> riskEntries = new ArrayList<>();
            CrisisPlan crisis = null;
            ReviewSchedule review = null;
            for (int i = 0; i < cp.getActivity().size(); i++) {
                CarePlanActivityComponent a = cp.getActivity().get(i);
                String aAt = at + ".activity[" + i + "]";
                CodeableConcept code = a.getDetail().getCode();
                Modality modality = Vocabulary.find(Modality.class, code, aAt + ".detail.code");
                ActivityKind kind = Vocabulary.find(ActivityKind.class, code, aAt + ".detail.code");
                RecordCodec.Reader aExt = new RecordCodec.Reader(a.getExtension(), aAt);
                if (modality != null) {
                    interventions.add(intervention(a, modality, aExt, goalIds, aAt));
                } else if (kind == ActivityKind.RISK_MANAGEMENT) {
                    riskEntries.add(RecordCodec.construct(RiskManagementEntry.class,
                            aExt.read(RiskManagementEntry.class, Placement.RISK_MANAGEMENT_ENTRY), aAt));
                } else if (kind == ActivityKind.CRISIS_PLAN && crisis == null) {
                    crisis = RecordCodec.construct(CrisisPlan.class, aExt.read(CrisisPlan.class, Placement.CRISIS_PLAN), aAt);
                } else if (kind == ActivityKind.REVIEW && review == null) {
                    Map<String, Object> r = new LinkedHashMap<>(aExt.read(ReviewSchedule.class, Placement.REVIEW));
                    if (a.getDetail().hasScheduled()) {
                        r.put("nextReviewDate", scheduledStart(a, aAt));
                    }
                    review = RecordCodec.construct(ReviewSchedule.class, r, aAt);
                } else if (kind == ActivityKind.CRISIS_PLAN || kind == ActivityKind.REVIEW) {
                    throw new BundleFormatException(aAt, "repeated: a plan has one " + kind.code() + " activity");
                } else {
                    throw new BundleFormatException(aAt + ".detail.code", "unknown code: expected a Waymark modality "
                            + "or one of the activity kinds risk-management, crisis-plan, review");
                }
                aExt.finish();
            }
            values.put("interventions", interventions);
            values.put("riskManagementPlan", riskEntries.isEmpty() && crisis == null && !rmpRecorded ? null
                    : new RiskManagementPlan(riskEntries, crisis));
            values.put("review", review == null ? ReviewSchedule.EMPTY : review);
            values.put("safetyPlan", safetyPlan(cp));
            signOff.put("signatures", signatures(cp));
            values.put("signOff", RecordCodec.construct(SignOff.class, signOff, at));
            return RecordCodec.construct(CarePlan.class, values, at);
        }

        private Person person(org.hl7.fhir.r4.model.CarePlan cp, String at) {
            Reference subject = cp.getSubject();
            String id = subject.hasIdentifier() ? subject.getIdentifier().getValue()
                    : subject.hasReferenceElement() && subject.getReferenceElement().hasIdPart()
                    ? subject.getReferenceElement().getIdPart() : null;
            if (id == null) {
                throw new BundleFormatException(at + ".subject", "required element is missing: the person's id "
                        + "(an identifier or a reference) or the extension " + RecordCodec.url(CarePlan.class, "person"));
            }
            if (!cp.hasLanguage()) {
                throw new BundleFormatException(at + ".language", "required element is missing: the person's language "
                        + "(or the extension " + RecordCodec.url(CarePlan.class, "person") + ")");
            }
            try {
                return Person.of(id, Locale.forLanguageTag(cp.getLanguage()));
            } catch (IllegalArgumentException e) {
                throw new BundleFormatException(at + ".subject", "not a valid person: " + e.getMessage());
            }
        }

        private SelfHarmHistory history(org.hl7.fhir.r4.model.CarePlan cp, String at) {
            SelfHarmHistory history = null;
            for (int i = 0; i < cp.getAddresses().size(); i++) {
                Condition c = resolve(cp.getAddresses().get(i), Condition.class, at + ".addresses[" + i + "]");
                String cAt = at(c);
                if (Vocabulary.find(FhirConcept.class, c.getCode(), cAt + ".code") != FhirConcept.SELF_HARM) {
                    continue;
                }
                if (history != null) {
                    throw new BundleFormatException(at + ".addresses[" + i + "]", "repeated: one self-harm Condition is read");
                }
                RecordCodec.Reader ext = new RecordCodec.Reader(c.getExtension(), cAt);
                history = RecordCodec.construct(SelfHarmHistory.class, ext.read(SelfHarmHistory.class, Placement.HISTORY), cAt);
                ext.finish();
            }
            return history == null ? SelfHarmHistory.EMPTY : history;
        }

        private CareTeam careTeam(org.hl7.fhir.r4.model.CarePlan cp, String at) {
            if (!cp.hasCareTeam()) {
                return CareTeam.EMPTY;
            }
            if (cp.getCareTeam().size() > 1) {
                throw new BundleFormatException(at + ".careTeam[1]", "repeated: a plan has one care team");
            }
            org.hl7.fhir.r4.model.CareTeam ct = resolve(cp.getCareTeamFirstRep(), org.hl7.fhir.r4.model.CareTeam.class,
                    at + ".careTeam[0]");
            String ctAt = at(ct);
            List<TeamMember> members = new ArrayList<>();
            for (int i = 0; i < ct.getParticipant().size(); i++) {
                CareTeamParticipantComponent p = ct.getParticipant().get(i);
                String pAt = ctAt + ".participant[" + i + "]";
                RecordCodec.Reader ext = new RecordCodec.Reader(p.getExtension(), pAt);
                Map<String, Object> m = new LinkedHashMap<>(ext.read(TeamMember.class, Placement.TEAM_MEMBER));
                ext.finish();
                m.put("name", required(p.getMember().getDisplay(), pAt + ".member.display"));
                if (p.getRole().size() > 1) {
                    throw new BundleFormatException(pAt + ".role[1]", "repeated: a member has one role");
                }
                if (p.hasRole()) {
                    m.put("role", required(p.getRoleFirstRep().getText(), pAt + ".role[0].text"));
                }
                if (p.hasOnBehalfOf()) {
                    m.put("organisation", required(p.getOnBehalfOf().getDisplay(), pAt + ".onBehalfOf.display"));
                }
                members.add(RecordCodec.construct(TeamMember.class, m, pAt));
            }
            RecordCodec.Reader ext = new RecordCodec.Reader(ct.getExtension(), ctAt);
            Map<String, Object> values = new LinkedHashMap<>(ext.read(CareTeam.class, Placement.CARE_TEAM));
            ext.finish();
            values.put("members", members);
            return RecordCodec.construct(CareTeam.class, values, ctAt);
        }

        private Goal goal(org.hl7.fhir.r4.model.Goal g) {
            String at = at(g);
            RecordCodec.Reader ext = new RecordCodec.Reader(g.getExtension(), at);
            Map<String, Object> values = new LinkedHashMap<>(ext.read(Goal.class, Placement.GOAL));
            ext.finish();
            values.put("id", identifier(g.getIdentifier(), Names.PART_ID, at));
            GoalStatus status = g.hasAchievementStatus()
                    ? Vocabulary.find(GoalStatus.class, g.getAchievementStatus(), at + ".achievementStatus") : null;
            values.put("status", status != null ? status : Vocabulary.goalStatus(g.getLifecycleStatus(), at + ".lifecycleStatus"));
            GoalArea area = null;
            for (int i = 0; i < g.getCategory().size() && area == null; i++) {
                area = Vocabulary.find(GoalArea.class, g.getCategory().get(i), at + ".category[" + i + "]");
            }
            if (area == null) {
                throw new BundleFormatException(at + ".category", "required element is missing: a coding from "
                        + Vocabulary.system(GoalArea.class));
            }
            values.put("area", area);
            values.put("statement", required(g.getDescription().getText(), at + ".description.text"));
            if (g.hasStart()) {
                if (!(g.getStart() instanceof DateType d)) {
                    throw new BundleFormatException(at + ".start", "wrong type: expected startDate");
                }
                values.put("startDate", date(d, at + ".start", true));
            }
            if (g.getTarget().size() > 1) {
                throw new BundleFormatException(at + ".target[1]", "repeated: a Waymark goal has one target");
            }
            if (g.hasTarget()) {
                var t = g.getTargetFirstRep();
                String tAt = at + ".target[0]";
                if (t.hasMeasure()) {
                    values.put("measure", required(t.getMeasure().getText(), tAt + ".measure.text"));
                }
                if (t.hasDetail()) {
                    values.put("target", string(t.getDetail(), tAt + ".detail"));
                }
                if (t.hasDue()) {
                    if (!(t.getDue() instanceof DateType d)) {
                        throw new BundleFormatException(tAt + ".due", "wrong type: expected dueDate");
                    }
                    values.put("dueDate", date(d, tAt + ".dueDate", true));
                }
            }
            if (g.getAddresses().size() > 1) {
                throw new BundleFormatException(at + ".addresses[1]", "repeated: a Waymark goal addresses one concern");
            }
            if (g.hasAddresses()) {
                values.put("addresses", required(g.getAddressesFirstRep().getDisplay(), at + ".addresses[0].display"));
            }
            return RecordCodec.construct(Goal.class, values, at);
        }

        private Intervention intervention(CarePlanActivityComponent a, Modality modality, RecordCodec.Reader ext,
                                          Map<Resource, String> goalIds, String at) {
            Map<String, Object> values = new LinkedHashMap<>(ext.read(Intervention.class, Placement.INTERVENTION));
            values.put("modality", modality);
            values.put("description", required(a.getDetail().getDescription(), at + ".detail.description"));
            if (a.getDetail().hasScheduled()) {
                values.put("startDate", scheduledStart(a, at));
            }
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < a.getDetail().getGoal().size(); i++) {
                String gAt = at + ".detail.goal[" + i + "]";
                org.hl7.fhir.r4.model.Goal g = resolve(a.getDetail().getGoal().get(i), org.hl7.fhir.r4.model.Goal.class, gAt);
                String id = goalIds.get(g);
                if (id == null) {
                    throw new BundleFormatException(gAt + ".reference", "unresolvable reference: the Goal is not one of the CarePlan's goals");
                }
                ids.add(id);
            }
            values.put("goalIds", ids);
            return RecordCodec.construct(Intervention.class, values, at);
        }

        private LocalDate scheduledStart(CarePlanActivityComponent a, String at) {
            if (!(a.getDetail().getScheduled() instanceof Period p)) {
                throw new BundleFormatException(at + ".detail.scheduled", "wrong type: expected scheduledPeriod");
            }
            return date(p.getStartElement(), at + ".detail.scheduled.start", true);
        }

        private InstrumentObservation observation(Observation o) {
            String at = at(o);
            RecordCodec.Reader ext = new RecordCodec.Reader(o.getExtension(), at);
            Map<String, Object> values = new LinkedHashMap<>(ext.read(InstrumentObservation.class, Placement.OBSERVATION));
            ext.finish();
            values.put("id", identifier(o.getIdentifier(), Names.PART_ID, at));
            values.put("instrument", required(o.getCode().getText(), at + ".code.text"));
            if (!(o.getEffective() instanceof DateTimeType when)) {
                throw new BundleFormatException(at + ".effective", o.hasEffective() ? "wrong type: expected effectiveDateTime"
                        : "required element is missing");
            }
            values.put("administeredOn", date(when, at + ".effective", true));
            if (o.getPerformer().size() > 1) {
                throw new BundleFormatException(at + ".performer[1]", "repeated: one performer is read");
            }
            if (o.hasPerformer()) {
                values.put("administeredBy", required(o.getPerformerFirstRep().getDisplay(), at + ".performer[0].display"));
            }
            if (o.hasValue()) {
                values.put("observation", string(o.getValue(), at + ".value"));
            }
            List<ItemResponse> responses = new ArrayList<>();
            for (int i = 0; i < o.getComponent().size(); i++) {
                ObservationComponentComponent c = o.getComponent().get(i);
                String cAt = at + ".component[" + i + "]";
                if (!c.hasValue()) {
                    throw new BundleFormatException(cAt + ".value", "required element is missing");
                }
                String item = required(c.getCode().getText(), cAt + ".code.text");
                String response = string(c.getValue(), cAt + ".value");
                try {
                    responses.add(new ItemResponse(item, response));
                } catch (IllegalArgumentException e) {
                    throw new BundleFormatException(cAt, "not a valid item response: " + e.getMessage());
                }
            }
            values.put("responses", responses);
            return RecordCodec.construct(InstrumentObservation.class, values, at);
        }

        private Medication medication(MedicationStatement m) {
            String at = at(m);
            RecordCodec.Reader ext = new RecordCodec.Reader(m.getExtension(), at);
            Map<String, Object> values = new LinkedHashMap<>(ext.read(Medication.class, Placement.MEDICATION));
            ext.finish();
            values.put("id", identifier(m.getIdentifier(), Names.PART_ID, at));
            if (!(m.getMedication() instanceof CodeableConcept med)) {
                throw new BundleFormatException(at + ".medication", m.hasMedication()
                        ? "wrong type: expected medicationCodeableConcept" : "required element is missing");
            }
            values.put("name", required(med.getText(), at + ".medication.text"));
            if (m.getReasonCode().size() > 1) {
                throw new BundleFormatException(at + ".reasonCode[1]", "repeated: a Waymark medication has one indication");
            }
            if (m.hasReasonCode()) {
                values.put("indication", required(m.getReasonCodeFirstRep().getText(), at + ".reasonCode[0].text"));
            }
            return RecordCodec.construct(Medication.class, values, at);
        }

        private FamilyInvolvement involvement(org.hl7.fhir.r4.model.Consent c) {
            String at = at(c);
            RecordCodec.Reader ext = new RecordCodec.Reader(c.getExtension(), at);
            Map<String, Object> values = new LinkedHashMap<>(ext.read(FamilyInvolvement.class, Placement.FAMILY_INVOLVEMENT));
            Map<String, Object> consent = new LinkedHashMap<>(ext.read(Consent.class, Placement.CONSENT));
            ext.finish();
            ConsentState state = c.getStatus();
            if (state == null || state == ConsentState.NULL) {
                throw new BundleFormatException(at + ".status", "required element is missing");
            }
            switch (state) {
                case PROPOSED, DRAFT -> {
                    if (!consent.isEmpty()) {
                        throw new BundleFormatException(at + ".status", "a consent not yet given has no scope");
                    }
                }
                case ACTIVE -> {
                    ConsentProvisionType type = c.getProvision().getType();
                    if (type == null || type == ConsentProvisionType.NULL) {
                        throw new BundleFormatException(at + ".provision.type", "required element is missing");
                    }
                    consent.put("given", type == ConsentProvisionType.PERMIT);
                    consent.put("recordedOn", date(c.getDateTimeElement(), at + ".dateTime", true));
                    values.put("consent", RecordCodec.construct(Consent.class, consent, at));
                }
                default -> throw new BundleFormatException(at + ".status", "status '" + state.toCode()
                        + "' has no Waymark equivalent; expected proposed, draft or active");
            }
            return RecordCodec.construct(FamilyInvolvement.class, values, at);
        }

        private SafetyPlan safetyPlan(org.hl7.fhir.r4.model.CarePlan main) {
            org.hl7.fhir.r4.model.CarePlan found = null;
            for (var e : bundle.getEntry()) {
                if (e.getResource() instanceof org.hl7.fhir.r4.model.CarePlan cp && cp.hasPartOf() && cp != main) {
                    String at = at(cp);
                    FhirConcept category = null;
                    for (int i = 0; i < cp.getCategory().size() && category == null; i++) {
                        category = Vocabulary.find(FhirConcept.class, cp.getCategory().get(i), at + ".category[" + i + "]");
                    }
                    if (category != FhirConcept.SAFETY_PLAN) {
                        continue;
                    }
                    for (int i = 0; i < cp.getPartOf().size(); i++) {
                        resolve(cp.getPartOf().get(i), org.hl7.fhir.r4.model.CarePlan.class, at + ".partOf[" + i + "]");
                    }
                    if (found != null) {
                        throw new BundleFormatException(at, "repeated: a plan has one safety plan");
                    }
                    found = cp;
                }
            }
            if (found == null) {
                return null;
            }
            String at = at(found);
            RecordCodec.Reader ext = new RecordCodec.Reader(found.getExtension(), at);
            Map<String, Object> values = new LinkedHashMap<>(ext.read(SafetyPlan.class, Placement.SAFETY_PLAN));
            ext.finish();
            for (int i = 0; i < found.getActivity().size(); i++) {
                CarePlanActivityComponent a = found.getActivity().get(i);
                String aAt = at + ".activity[" + i + "]";
                ActivityKind kind = Vocabulary.find(ActivityKind.class, a.getDetail().getCode(), aAt + ".detail.code");
                SafetySteps step = kind == null ? null : SafetySteps.of(kind);
                if (step == null) {
                    throw new BundleFormatException(aAt + ".detail.code", "unknown code: expected a safety plan step");
                }
                RecordCodec.Reader aExt = new RecordCodec.Reader(a.getExtension(), aAt);
                for (var v : aExt.read(SafetyPlan.class, c -> step.stepComponents().contains(c)).entrySet()) {
                    if (values.putIfAbsent(v.getKey(), v.getValue()) != null) {
                        throw new BundleFormatException(aAt, "repeated: the safety plan step " + kind.code() + " appears twice");
                    }
                }
                aExt.finish();
            }
            return RecordCodec.construct(SafetyPlan.class, values, at);
        }

        private List<Signature> signatures(org.hl7.fhir.r4.model.CarePlan main) {
            List<Signature> list = new ArrayList<>();
            for (var e : bundle.getEntry()) {
                if (!(e.getResource() instanceof Provenance p)) {
                    continue;
                }
                String at = at(p);
                boolean ofPlan = false;
                for (int i = 0; i < p.getTarget().size(); i++) {
                    Entry target = byUrl.get(p.getTarget().get(i).getReference());
                    ofPlan |= target != null && target.resource() == main;
                }
                if (!ofPlan) {
                    continue;
                }
                if (p.getAgent().size() != 1) {
                    throw new BundleFormatException(at + ".agent", "expected one agent: the person who signed");
                }
                var agent = p.getAgentFirstRep();
                String aAt = at + ".agent[0]";
                RecordCodec.Reader ext = new RecordCodec.Reader(agent.getExtension(), aAt);
                Map<String, Object> values = new LinkedHashMap<>(ext.read(Signature.class, Placement.SIGNATURE));
                ext.finish();
                SignatoryRole role = null;
                for (int i = 0; i < agent.getRole().size() && role == null; i++) {
                    role = Vocabulary.find(SignatoryRole.class, agent.getRole().get(i), aAt + ".role[" + i + "]");
                }
                if (role == null) {
                    throw new BundleFormatException(aAt + ".role", "required element is missing: a coding from "
                            + Vocabulary.system(SignatoryRole.class));
                }
                values.put("role", role);
                values.put("name", required(agent.getWho().getDisplay(), aAt + ".who.display"));
                if (!(p.getOccurred() instanceof DateTimeType when)) {
                    throw new BundleFormatException(at + ".occurred", p.hasOccurred() ? "wrong type: expected occurredDateTime"
                            : "required element is missing");
                }
                values.put("date", date(when, at + ".occurred", true));
                list.add(RecordCodec.construct(Signature.class, values, at));
            }
            return list;
        }

        private static String identifier(List<Identifier> ids, String system, String at) {
            for (int i = 0; i < ids.size(); i++) {
                if (system.equals(ids.get(i).getSystem())) {
                    return required(ids.get(i).getValue(), at + ".identifier[" + i + "].value");
                }
            }
            if (!ids.isEmpty()) {
                return required(ids.get(0).getValue(), at + ".identifier[0].value");
            }
            throw new BundleFormatException(at + ".identifier", "required element is missing");
        }

        private static String required(String value, String at) {
            if (value == null || value.isEmpty()) {
                throw new BundleFormatException(at, "required element is missing");
            }
            return value;
        }

        private static String string(Type value, String at) {
            if (value instanceof StringType s && s.getValue() != null) {
                return s.getValue();
            }
            throw new BundleFormatException(at, "wrong type: expected a string (" + at.substring(at.lastIndexOf('.') + 1)
                    + "String)");
        }

        private static LocalDate date(BaseDateTimeType value, String at, boolean required) {
            if (value == null || value.getValueAsString() == null) {
                if (required) {
                    throw new BundleFormatException(at, "required element is missing");
                }
                return null;
            }
            if (value.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
                throw new BundleFormatException(at, "a full date (YYYY-MM-DD) is required");
            }
            try {
                return LocalDate.parse(value.getValueAsString().substring(0, 10));
            } catch (DateTimeParseException | IndexOutOfBoundsException e) {
                throw new BundleFormatException(at, "a full date (YYYY-MM-DD) is required");
            }
        }
    }
}
