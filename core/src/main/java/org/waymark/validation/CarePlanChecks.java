package org.waymark.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.waymark.model.CarePlan;
import org.waymark.model.CareTeam;
import org.waymark.model.Contact;
import org.waymark.model.ContactKind;
import org.waymark.model.CrisisPlan;
import org.waymark.model.FactorEffect;
import org.waymark.model.IdentifiedRisk;
import org.waymark.model.PlanPath;
import org.waymark.model.RiskFactor;
import org.waymark.model.RiskManagementEntry;
import org.waymark.model.RiskManagementPlan;
import org.waymark.model.TeamMember;

/** The checks on the care team, the risk management plan and the crisis plan. */
final class CarePlanChecks {

    private static final PlanPath TEAM = PlanPath.of("careTeam");
    private static final PlanPath RISK_PLAN = PlanPath.of("riskManagementPlan");
    private static final PlanPath CRISIS = RISK_PLAN.property("crisisPlan");

    private CarePlanChecks() {
    }

    /** TEAM-ROLES. */
    static void teamRoles(CarePlan plan, Evaluation ev, Emitter out) {
        CareTeam team = plan.careTeam();
        List<TeamMember> members = team.members();
        for (int i = 0; i < members.size(); i++) {
            TeamMember m = members.get(i);
            PlanPath at = TEAM.property("members").index(i);
            if (m.role() == null) {
                out.report(at.property("role"), "noRole", Param.MEMBER_ID.of(m.id()));
            }
            if (m.responsibilities().isEmpty()) {
                out.report(at.property("responsibilities"), "noResponsibilities", Param.MEMBER_ID.of(m.id()));
            }
        }
        if (team.personResponsibilities().isEmpty()) {
            out.report(TEAM.property("personResponsibilities"), "noPersonResponsibilities");
        }
        if (team.coordinatorId() == null) {
            out.report(TEAM.property("coordinatorId"), "noCoordinator");
            return;
        }
        for (int i = 0; i < members.size(); i++) {
            TeamMember m = members.get(i);
            if (m.id().equals(team.coordinatorId()) && m.contactId() == null) {
                out.report(TEAM.property("members").index(i).property("contactId"), "coordinatorNoContact", Param.MEMBER_ID.of(m.id()));
            }
        }
    }

    /** RISK-PLAN-PRESENT. */
    static void riskPlanPresent(CarePlan plan, Evaluation ev, Emitter out) {
        RiskManagementPlan rmp = plan.riskManagementPlan();
        if (rmp == null) {
            out.report(RISK_PLAN, "missing");
        } else if (rmp.entries().isEmpty()) {
            out.report(RISK_PLAN.property("entries"), "noEntries");
        }
    }

    /** RISK-PLAN-COVERS-RISKS; nothing to say when there is no risk management plan (RISK-PLAN-PRESENT says it). */
    static void coversRisks(CarePlan plan, Evaluation ev, Emitter out) {
        RiskManagementPlan rmp = plan.riskManagementPlan();
        if (rmp == null) {
            return;
        }
        Set<String> covered = new HashSet<>();
        for (RiskManagementEntry e : rmp.entries()) {
            covered.addAll(e.riskIds());
        }
        List<IdentifiedRisk> risks = plan.riskFormulation().risks();
        for (int i = 0; i < risks.size(); i++) {
            IdentifiedRisk r = risks.get(i);
            if (!covered.contains(r.id())) {
                out.report(PlanPath.of("riskFormulation").property("risks").index(i), "uncovered",
                        Param.RISK_ID.of(r.id()), Param.HORIZON.of(r.horizon()));
            }
        }
    }

    /** RISK-PLAN-COVERS-FACTORS; nothing to say when there is no risk management plan. */
    static void coversFactors(CarePlan plan, Evaluation ev, Emitter out) {
        RiskManagementPlan rmp = plan.riskManagementPlan();
        if (rmp == null) {
            return;
        }
        Set<String> covered = new HashSet<>();
        for (RiskManagementEntry e : rmp.entries()) {
            covered.addAll(e.factorIds());
        }
        List<RiskFactor> factors = plan.riskFormulation().factors();
        for (int i = 0; i < factors.size(); i++) {
            RiskFactor f = factors.get(i);
            if (f.effect() == FactorEffect.INCREASES_RISK && !covered.contains(f.id())) {
                out.report(PlanPath.of("riskFormulation").property("factors").index(i), "uncovered",
                        Param.FACTOR_ID.of(f.id()), Param.CATEGORY.of(f.category()));
            }
        }
    }

    /** CRISIS-PLAN; nothing to say when there is no risk management plan. */
    static void crisisPlan(CarePlan plan, Evaluation ev, Emitter out) {
        RiskManagementPlan rmp = plan.riskManagementPlan();
        if (rmp == null) {
            return;
        }
        CrisisPlan crisis = rmp.crisisPlan();
        if (crisis == null) {
            out.report(CRISIS, "missing");
            return;
        }
        if (crisis.selfManagement().isEmpty()) {
            out.report(CRISIS.property("selfManagement"), "noSelfManagement");
        }
        String country = ev.personCountry();
        List<String> numbers = Phones.emergencyNumbers(country);
        boolean allHours = false;
        boolean emergency = false;
        for (String id : crisis.contactIds()) {
            Contact c = ev.contact(id);
            allHours |= c.available24x7();
            emergency |= c.kind() == ContactKind.EMERGENCY && c.phone() != null
                    && (numbers == null || numbers.contains(Phones.normalise(c.phone())));
        }
        if (!allHours) {
            out.report(CRISIS.property("contactIds"), "no24x7");
        }
        if (!emergency) {
            if (numbers == null) {
                out.report(CRISIS.property("contactIds"), "noEmergencyContact");
            } else {
                out.report(CRISIS.property("contactIds"), "noEmergencyNumber", Param.COUNTRY.of(country),
                        Param.NUMBER.of(numbers.get(0)));
            }
        }
    }
}
