package org.waymark.validation;

import java.util.List;
import org.waymark.model.CarePlan;
import org.waymark.model.NeedsDomain;
import org.waymark.model.NeedsFinding;
import org.waymark.model.PlanPath;
import org.waymark.model.RiskDomain;
import org.waymark.model.RiskDomainEntry;
import org.waymark.model.RiskFormulation;

/** The checks on the needs assessment and the risk formulation. */
final class AssessmentChecks {

    private static final PlanPath NEEDS = PlanPath.of("needsAssessment").property("findings");
    private static final PlanPath FORMULATION = PlanPath.of("riskFormulation");

    private AssessmentChecks() {
    }

    /** ASSESSMENT-NEEDS-DOMAINS. */
    static void needsDomains(CarePlan plan, Evaluation ev, Emitter out) {
        List<NeedsFinding> findings = plan.needsAssessment().findings();
        for (NeedsDomain domain : NeedsDomain.values()) {
            int i = indexOf(findings, domain);
            if (i < 0) {
                out.report(NEEDS, "missingDomain", Param.DOMAIN.of(domain));
            } else if (findings.get(i).finding() == null && findings.get(i).notAssessedReason() == null) {
                out.report(NEEDS.index(i), "emptyDomain", Param.DOMAIN.of(domain));
            }
        }
    }

    /** ASSESSMENT-DEPENDENT-CHILDREN. */
    static void dependentChildren(CarePlan plan, Evaluation ev, Emitter out) {
        List<NeedsFinding> findings = plan.needsAssessment().findings();
        int i = indexOf(findings, NeedsDomain.DEPENDENT_CHILDREN);
        boolean assessed = i >= 0 && findings.get(i).isAssessed();
        if (assessed) {
            return;
        }
        Boolean has = plan.person().hasDependentChildren();
        if (Boolean.TRUE.equals(has)) {
            PlanPath at = i < 0 ? NEEDS : NEEDS.index(i).property("finding");
            out.report(at, "notAssessed", Param.DOMAIN.of(NeedsDomain.DEPENDENT_CHILDREN));
        } else if (has == null) {
            out.report(PlanPath.of("person").property("hasDependentChildren"), "notAsked");
        }
    }

    /** RISK-FORMULATION-DOMAINS. */
    static void formulationDomains(CarePlan plan, Evaluation ev, Emitter out) {
        RiskFormulation f = plan.riskFormulation();
        List<RiskDomainEntry> domains = f.domains();
        PlanPath at = FORMULATION.property("domains");
        for (RiskDomain domain : RiskDomain.values()) {
            int i = -1;
            for (int k = 0; k < domains.size(); k++) {
                if (domains.get(k).domain() == domain) {
                    i = k;
                    break;
                }
            }
            if (i < 0) {
                out.report(at, "missingDomain", Param.DOMAIN.of(domain));
            } else if (domains.get(i).summary() == null && domains.get(i).notAddressedReason() == null) {
                out.report(at.index(i), "emptyDomain", Param.DOMAIN.of(domain));
            }
        }
        if (f.risks().isEmpty()) {
            out.report(FORMULATION.property("risks"), "noRisks");
        }
        if (f.agreement() == null) {
            out.report(FORMULATION.property("agreement"), "notAgreed");
        }
    }

    private static int indexOf(List<NeedsFinding> findings, NeedsDomain domain) {
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).domain() == domain) {
                return i;
            }
        }
        return -1;
    }
}
