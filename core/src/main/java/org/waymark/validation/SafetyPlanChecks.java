package org.waymark.validation;

import java.util.List;
import org.waymark.model.CarePlan;
import org.waymark.model.CoProduction;
import org.waymark.model.Contact;
import org.waymark.model.ContactKind;
import org.waymark.model.MeansAction;
import org.waymark.model.MethodRecord;
import org.waymark.model.PlanPath;
import org.waymark.model.SafetyPlan;

/** The checks on the safety plan. */
final class SafetyPlanChecks {

    private static final PlanPath SAFETY = PlanPath.of("safetyPlan");

    private SafetyPlanChecks() {
    }

    /** SAFETY-PLAN-STEPS; also reports a missing safety plan. */
    static void steps(CarePlan plan, Evaluation ev, Emitter out) {
        SafetyPlan sp = plan.safetyPlan();
        if (sp == null) {
            out.report(SAFETY, "missing");
            return;
        }
        if (sp.warningSigns().isEmpty()) {
            out.report(SAFETY.property("warningSigns"), "emptyStep", Param.STEP.of(1));
        }
        if (sp.copingStrategies().isEmpty()) {
            out.report(SAFETY.property("copingStrategies"), "emptyStep", Param.STEP.of(2));
        }
        if (sp.distractions().isEmpty() && sp.distractionContactIds().isEmpty()) {
            out.report(SAFETY.property("distractions"), "emptyStep", Param.STEP.of(3));
        }
        if (sp.helpContactIds().isEmpty()) {
            out.report(SAFETY.property("helpContactIds"), "emptyStep", Param.STEP.of(4));
        }
        if (sp.professionalContactIds().isEmpty()) {
            out.report(SAFETY.property("professionalContactIds"), "emptyStep", Param.STEP.of(5));
        } else {
            boolean emergency = false;
            for (String id : sp.professionalContactIds()) {
                Contact c = ev.contact(id);
                emergency |= c.kind() == ContactKind.EMERGENCY;
            }
            if (!emergency) {
                out.report(SAFETY.property("professionalContactIds"), "noEmergencyContact", Param.STEP.of(5));
            }
        }
        if (sp.meansSafety().isEmpty() && sp.meansNotNeededReason() == null) {
            out.report(SAFETY.property("meansSafety"), "emptyStep", Param.STEP.of(6));
        }
        if (sp.reasonsForLiving().isEmpty() && !sp.reasonsForLivingDeclined()) {
            out.report(SAFETY.property("reasonsForLiving"), "noReasonsForLiving");
        }
    }

    /**
     * SAFETY-PLAN-MEANS: each method the person has access to has a making-safe action; a method
     * whose access was not asked about, and that has no action, is reported too unless step 6 records
     * why no action is needed.
     */
    static void means(CarePlan plan, Evaluation ev, Emitter out) {
        SafetyPlan sp = plan.safetyPlan();
        List<MethodRecord> methods = plan.history().methods();
        for (int i = 0; i < methods.size(); i++) {
            MethodRecord m = methods.get(i);
            if (hasAction(sp, m.id())) {
                continue;
            }
            if (Boolean.TRUE.equals(m.accessToMeans())) {
                out.report(SAFETY.property("meansSafety"), "noAction", Param.METHOD_ID.of(m.id()), Param.METHOD.of(m.method()));
            } else if (m.accessToMeans() == null && (sp == null || sp.meansNotNeededReason() == null)) {
                out.report(PlanPath.of("history").property("methods").index(i).property("accessToMeans"), "accessNotAsked",
                        Param.METHOD_ID.of(m.id()), Param.METHOD.of(m.method()));
            }
        }
    }

    /** SAFETY-PLAN-CO-PRODUCED; nothing to say when there is no safety plan (SAFETY-PLAN-STEPS says it). */
    static void coProduced(CarePlan plan, Evaluation ev, Emitter out) {
        SafetyPlan sp = plan.safetyPlan();
        if (sp == null) {
            return;
        }
        CoProduction cp = sp.coProduction();
        PlanPath at = SAFETY.property("coProduction");
        if (cp == null) {
            out.report(at, "notRecorded");
            return;
        }
        if (!cp.writtenWithPerson()) {
            out.report(at.property("writtenWithPerson"), "notWithPerson");
        }
        if (!cp.inOwnWords()) {
            out.report(at.property("inOwnWords"), "notOwnWords");
        }
        if (cp.copiesKept().isEmpty()) {
            out.report(at.property("copiesKept"), "noCopies");
        }
    }

    private static boolean hasAction(SafetyPlan sp, String methodId) {
        if (sp == null) {
            return false;
        }
        for (MeansAction a : sp.meansSafety()) {
            if (methodId.equals(a.methodId())) {
                return true;
            }
        }
        return false;
    }
}
