package org.waymark.validation;

import java.util.List;
import org.waymark.model.CarePlan;
import org.waymark.model.InstrumentObservation;
import org.waymark.model.Intervention;
import org.waymark.model.ItemResponse;
import org.waymark.model.Medication;
import org.waymark.model.MethodRecord;
import org.waymark.model.NeedsDomain;
import org.waymark.model.SelfHarmHistory;
import org.waymark.model.Modality;
import org.waymark.model.PlanPath;
import org.waymark.model.SignOff;
import org.waymark.model.SignatoryRole;
import org.waymark.model.TreatmentDecision;

/** The checks on decisions, instruments, interventions, medication and sign-off. */
final class TreatmentChecks {

    private TreatmentChecks() {
    }

    /**
     * NO-TOOL-GATEKEEPING. The needs a decision rests on are its basis where recorded (each must be a domain
     * the needs assessment holds a finding for), else its rationale in words. Words that cite a score or a
     * risk level are reported wherever they stand, because the guidance forbids the reason, not a field.
     */
    static void gatekeeping(CarePlan plan, Evaluation ev, Emitter out) {
        List<TreatmentDecision> decisions = plan.treatmentDecisions();
        for (int i = 0; i < decisions.size(); i++) {
            TreatmentDecision d = decisions.get(i);
            PlanPath here = PlanPath.of("treatmentDecisions").index(i);
            PlanPath at = here.property("rationale");
            if (d.rationale() == null && d.basis().isEmpty()) {
                out.report(at, "noRationale", Param.DECISION_ID.of(d.id()), Param.KIND.of(d.kind()));
            } else if (d.rationale() != null && Wording.citesScoreOrLevel(ev.read(d.rationale()))) {
                out.report(at, "citesScore", Param.DECISION_ID.of(d.id()), Param.KIND.of(d.kind()));
            }
            List<NeedsDomain> basis = d.basis();
            for (int j = 0; j < basis.size(); j++) {
                NeedsDomain domain = basis.get(j);
                boolean found = plan.needsAssessment().finding(domain).map(f -> f.finding() != null).orElse(false);
                if (!found) {
                    out.report(here.property("basis").index(j), "basisNotAssessed", Param.DECISION_ID.of(d.id()),
                            Param.KIND.of(d.kind()), Param.DOMAIN.of(domain));
                }
            }
        }
    }

    /** INSTRUMENT-DESCRIPTIVE-ONLY. */
    static void instrumentDescriptive(CarePlan plan, Evaluation ev, Emitter out) {
        List<InstrumentObservation> list = plan.instrumentObservations();
        for (int i = 0; i < list.size(); i++) {
            InstrumentObservation o = list.get(i);
            PlanPath at = PlanPath.of("instrumentObservations").index(i);
            if (o.observation() != null && Wording.derivesCategory(ev.read(o.observation()))) {
                out.report(at.property("observation"), "derived", Param.OBSERVATION_ID.of(o.id()));
            }
            List<ItemResponse> responses = o.responses();
            for (int j = 0; j < responses.size(); j++) {
                if (Wording.derivesCategory(ev.read(responses.get(j).response()))) {
                    out.report(at.property("responses").index(j).property("response"), "derived", Param.OBSERVATION_ID.of(o.id()));
                }
            }
        }
    }

    /** PSYCH-INTERVENTION-SESSIONS: adults only; the range is the profile's. */
    static void sessions(CarePlan plan, Evaluation ev, Emitter out) {
        if (ev.isUnder18()) {
            return;
        }
        Profile profile = ev.profile();
        List<Intervention> list = plan.interventions();
        for (int i = 0; i < list.size(); i++) {
            Intervention x = list.get(i);
            if (!x.structuredForSelfHarm()) {
                continue;
            }
            PlanPath at = PlanPath.of("interventions").index(i).property("plannedSessions");
            Integer n = x.plannedSessions();
            if (n == null) {
                out.report(at, "noSessions", Param.INTERVENTION_ID.of(x.id()));
            } else if (n < profile.minSessions() || n > profile.maxSessions()) {
                out.report(at, "outOfRange", Param.INTERVENTION_ID.of(x.id()), Param.SESSIONS.of(n),
                        Param.MIN.of(profile.minSessions()), Param.MAX.of(profile.maxSessions()), Param.GUIDELINE.of(profile.guideline().name()));
            }
        }
    }

    /**
     * NO-DRUG-FOR-SELF-HARM. Structure first: a coded condition is what the medication treats (self-harm is
     * not a code), so the condition in words is then a note and not read; a medication recorded as not for
     * self-harm has none of its words read for self-harm. Otherwise the words are read, as the fallback.
     * The indication in words is read while "not for self-harm" is not recorded, even beside a coded
     * condition: words that say a drug is for self-harm are what the guidance advises against.
     */
    static void noDrugForSelfHarm(CarePlan plan, Evaluation ev, Emitter out) {
        List<Medication> list = plan.medications();
        for (int i = 0; i < list.size(); i++) {
            Medication m = list.get(i);
            PlanPath at = PlanPath.of("medications").index(i);
            boolean notForSelfHarm = Boolean.TRUE.equals(m.notForSelfHarm());
            if (m.indication() == null) {
                if (m.condition() == null) {
                    out.report(at.property("indication"), "noIndication", Param.MEDICATION_ID.of(m.id()));
                }
            } else if (!notForSelfHarm && Wording.selfHarmIndication(ev.read(m.indication()))) {
                out.report(at.property("indication"), "forSelfHarm", Param.MEDICATION_ID.of(m.id()));
            }
            if (m.condition() != null) {
                continue;
            }
            if (m.associatedCondition() == null) {
                out.report(at.property("condition"), "noCondition", Param.MEDICATION_ID.of(m.id()));
            } else if (!notForSelfHarm && Wording.selfHarmIndication(ev.read(m.associatedCondition()))) {
                out.report(at.property("associatedCondition"), "conditionIsSelfHarm", Param.MEDICATION_ID.of(m.id()));
            }
        }
    }

    /**
     * Self-harm counts as frequent for DBT-A-CONSIDERED at {@value} episodes a year or more across the methods'
     * recorded rates: about two a month. NG225 does not define "frequent"; the DBT-A trial (Mehlum et al. 2014)
     * took in young people with repeated self-harm, and two a month is a threshold clinicians can check.
     */
    static final int FREQUENT_PER_YEAR = 24;

    /**
     * DBT-A-CONSIDERED. Self-harm is frequent when the clinician records it so, or when the methods' rates
     * add up to {@link #FREQUENT_PER_YEAR} episodes a year or more, so that the rule does not depend on a flag
     * the method records already answer.
     */
    static void dbtAConsidered(CarePlan plan, Evaluation ev, Emitter out) {
        if (!ev.isUnder18() || !isFrequent(plan.history())
                || !Boolean.TRUE.equals(plan.history().emotionalDysregulation()) || plan.dbtANotPlannedReason() != null) {
            return;
        }
        for (Intervention x : plan.interventions()) {
            if (x.modality() == Modality.DBT_A) {
                return;
            }
        }
        out.report(PlanPath.of("interventions"), "notConsidered");
    }

    private static boolean isFrequent(SelfHarmHistory history) {
        if (Boolean.TRUE.equals(history.frequentSelfHarm())) {
            return true;
        }
        int perYear = 0;
        for (MethodRecord m : history.methods()) {
            if (m.rate() != null) {
                perYear += m.rate().perYear();
            }
        }
        return perYear >= FREQUENT_PER_YEAR;
    }

    /** SIGNED-OFF: active plans only. A care coordinator's signature counts as a clinician's. */
    static void signedOff(CarePlan plan, Evaluation ev, Emitter out) {
        if (!plan.isActive()) {
            return;
        }
        SignOff s = plan.signOff();
        PlanPath at = PlanPath.of("signOff").property("signatures");
        if (!s.isSignedBy(SignatoryRole.CLINICIAN) && !s.isSignedBy(SignatoryRole.CARE_COORDINATOR)) {
            out.report(at, "noClinician");
        }
        if (!s.isSignedBy(SignatoryRole.PERSON) && s.personNotSignedReason() == null) {
            out.report(at, "noPerson");
        }
    }
}
