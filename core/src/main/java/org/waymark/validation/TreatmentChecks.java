package org.waymark.validation;

import java.util.List;
import org.waymark.model.CarePlan;
import org.waymark.model.InstrumentObservation;
import org.waymark.model.Intervention;
import org.waymark.model.ItemResponse;
import org.waymark.model.Medication;
import org.waymark.model.Modality;
import org.waymark.model.PlanPath;
import org.waymark.model.SignOff;
import org.waymark.model.SignatoryRole;
import org.waymark.model.TreatmentDecision;

/** The checks on decisions, instruments, interventions, medication and sign-off. */
final class TreatmentChecks {

    private TreatmentChecks() {
    }

    /** NO-TOOL-GATEKEEPING. */
    static void gatekeeping(CarePlan plan, Evaluation ev, Emitter out) {
        List<TreatmentDecision> decisions = plan.treatmentDecisions();
        for (int i = 0; i < decisions.size(); i++) {
            TreatmentDecision d = decisions.get(i);
            PlanPath at = PlanPath.of("treatmentDecisions").index(i).property("rationale");
            if (d.rationale() == null) {
                out.report(at, "noRationale", Param.DECISION_ID.of(d.id()), Param.KIND.of(d.kind()));
            } else if (Wording.citesScoreOrLevel(ev.read(d.rationale()))) {
                out.report(at, "citesScore", Param.DECISION_ID.of(d.id()), Param.KIND.of(d.kind()));
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

    /** NO-DRUG-FOR-SELF-HARM. */
    static void noDrugForSelfHarm(CarePlan plan, Evaluation ev, Emitter out) {
        List<Medication> list = plan.medications();
        for (int i = 0; i < list.size(); i++) {
            Medication m = list.get(i);
            PlanPath at = PlanPath.of("medications").index(i);
            if (m.indication() == null) {
                out.report(at.property("indication"), "noIndication", Param.MEDICATION_ID.of(m.id()));
            } else if (Wording.selfHarmIndication(ev.read(m.indication()))) {
                out.report(at.property("indication"), "forSelfHarm", Param.MEDICATION_ID.of(m.id()));
            }
            if (m.associatedCondition() == null) {
                out.report(at.property("associatedCondition"), "noCondition", Param.MEDICATION_ID.of(m.id()));
            } else if (Wording.selfHarmIndication(ev.read(m.associatedCondition()))) {
                out.report(at.property("associatedCondition"), "conditionIsSelfHarm", Param.MEDICATION_ID.of(m.id()));
            }
        }
    }

    /** DBT-A-CONSIDERED. */
    static void dbtAConsidered(CarePlan plan, Evaluation ev, Emitter out) {
        if (!ev.isUnder18() || !Boolean.TRUE.equals(plan.history().frequentSelfHarm())
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
