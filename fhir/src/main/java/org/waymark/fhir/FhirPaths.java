package org.waymark.fhir;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;

import org.waymark.fhir.internal.Placement;
import org.waymark.fhir.internal.RecordCodec;
import org.waymark.fhir.internal.SafetySteps;
import org.waymark.model.CarePlan;
import org.waymark.model.CareTeam;
import org.waymark.model.Consent;
import org.waymark.model.FamilyInvolvement;
import org.waymark.model.Goal;
import org.waymark.model.InstrumentObservation;
import org.waymark.model.Intervention;
import org.waymark.model.Medication;
import org.waymark.model.PlanPath;
import org.waymark.model.ReviewSchedule;
import org.waymark.model.SafetyPlan;
import org.waymark.model.SelfHarmHistory;
import org.waymark.model.Sharing;
import org.waymark.model.SignOff;
import org.waymark.model.Signature;
import org.waymark.model.TeamMember;

/**
 * Turns a path into a plan ({@link PlanPath}, e.g. {@code goals[2].dueDate}) into a FHIRPath
 * expression into the Bundle {@link FhirExport} writes for that plan, e.g.
 * {@code Bundle.entry[5].resource.target[0].due}. This is the one place that knows where each
 * part of a plan lands in the Bundle; {@link OperationOutcomes} uses it for {@code issue.expression}.
 * <p>
 * A path to something the plan does not hold (a finding about a missing due date, say) gives the
 * expression where it would be, which evaluates to nothing; a path below what FHIR represents as
 * one element gives that element's expression.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class FhirPaths {

    private final CarePlan plan;
    private final int goalsAt;
    private final int observationsAt;
    private final int medicationsAt;
    private final int consentsAt;
    private final int safetyPlanAt;
    private final int signaturesAt;

    private FhirPaths(CarePlan plan) {
        this.plan = plan;
        // The entry order of FhirExport: CarePlan, CareTeam, Condition, goals, observations,
        // medications, consents, safety plan, signatures.
        goalsAt = 3;
        observationsAt = goalsAt + plan.goals().size();
        medicationsAt = observationsAt + plan.instrumentObservations().size();
        consentsAt = medicationsAt + plan.medications().size();
        safetyPlanAt = consentsAt + plan.sharing().family().size();
        signaturesAt = safetyPlanAt + (plan.safetyPlan() == null ? 0 : 1);
    }

    /**
     * Returns the paths of a plan's Bundle.
     *
     * @param plan the plan exported, not null
     * @return the paths, not null
     */
    public static FhirPaths of(CarePlan plan) {
        return new FhirPaths(Objects.requireNonNull(plan, "plan"));
    }

    /**
     * Returns the FHIRPath expression of a place in the plan.
     *
     * @param path the place, not null
     * @return the expression, starting {@code Bundle.entry[n].resource}, not null
     */
    public String toFhirPath(PlanPath path) {
        Objects.requireNonNull(path, "path");
        Cursor c = new Cursor(path.segments());
        String main = entry(0);
        String name = c.name();
        return switch (name) {
            case "id" -> main + ".identifier[0].value";
            case "status" -> main + ".status";
            case "startDate" -> main + ".period.start";
            case "history" -> c.atEnd() ? entry(2) : residual(c, SelfHarmHistory.class, entry(2));
            case "goals" -> c.hasIndex() ? goal(c, entry(goalsAt + c.index())) : main + ".goal";
            case "instrumentObservations" -> c.hasIndex() ? observation(c, entry(observationsAt + c.index())) : main + ".supportingInfo";
            case "medications" -> c.hasIndex() ? medication(c, entry(medicationsAt + c.index())) : main + ".supportingInfo";
            case "interventions" -> c.hasIndex() ? intervention(c, main + ".activity[" + c.index() + "]") : main + ".activity";
            case "careTeam" -> careTeam(c, entry(1));
            case "riskManagementPlan" -> riskManagementPlan(c, main);
            case "safetyPlan" -> safetyPlan(c);
            case "sharing" -> sharing(c, main);
            case "review" -> review(c, main);
            case "signOff" -> signOff(c, main);
            default -> residualComponent(c, name, CarePlan.class, main);
        };
    }

    private static String entry(int i) {
        return "Bundle.entry[" + i + "].resource";
    }

    private String goal(Cursor c, String at) {
        if (c.atEnd()) {
            return at;
        }
        String name = c.name();
        return switch (name) {
            case "id" -> at + ".identifier[0].value";
            case "area" -> at + ".category[0]";
            case "statement" -> at + ".description.text";
            case "addresses" -> at + ".addresses[0].display";
            case "measure" -> at + ".target[0].measure.text";
            case "target" -> at + ".target[0].detail";
            case "dueDate" -> at + ".target[0].due";
            case "startDate" -> at + ".start";
            case "status" -> at + ".lifecycleStatus";
            default -> residualComponent(c, name, Goal.class, at);
        };
    }

    private String observation(Cursor c, String at) {
        if (c.atEnd()) {
            return at;
        }
        String name = c.name();
        return switch (name) {
            case "id" -> at + ".identifier[0].value";
            case "instrument" -> at + ".code.text";
            case "administeredOn" -> at + ".effective";
            case "administeredBy" -> at + ".performer[0].display";
            case "observation" -> at + ".value";
            case "responses" -> {
                if (!c.hasIndex()) {
                    yield at + ".component";
                }
                String r = at + ".component[" + c.index() + "]";
                if (c.atEnd()) {
                    yield r;
                }
                yield "item".equals(c.name()) ? r + ".code.text" : r + ".value";
            }
            default -> residualComponent(c, name, InstrumentObservation.class, at);
        };
    }

    private String medication(Cursor c, String at) {
        if (c.atEnd()) {
            return at;
        }
        String name = c.name();
        return switch (name) {
            case "id" -> at + ".identifier[0].value";
            case "name" -> at + ".medication.text";
            case "indication" -> at + ".reasonCode[0].text";
            default -> residualComponent(c, name, Medication.class, at);
        };
    }

    private String intervention(Cursor c, String at) {
        if (c.atEnd()) {
            return at;
        }
        String name = c.name();
        return switch (name) {
            case "modality" -> at + ".detail.code";
            case "description" -> at + ".detail.description";
            case "startDate" -> at + ".detail.scheduled.start";
            case "goalIds" -> at + ".detail.goal" + (c.hasIndex() ? "[" + c.index() + "]" : "");
            default -> residualComponent(c, name, Intervention.class, at);
        };
    }

    private String careTeam(Cursor c, String at) {
        if (c.atEnd()) {
            return at;
        }
        String name = c.name();
        if (!"members".equals(name)) {
            return residualComponent(c, name, CareTeam.class, at);
        }
        if (!c.hasIndex()) {
            return at + ".participant";
        }
        String p = at + ".participant[" + c.index() + "]";
        if (c.atEnd()) {
            return p;
        }
        String member = c.name();
        return switch (member) {
            case "name" -> p + ".member.display";
            case "role" -> p + ".role[0].text";
            case "organisation" -> p + ".onBehalfOf.display";
            default -> residualComponent(c, member, TeamMember.class, p);
        };
    }

    private String riskManagementPlan(Cursor c, String main) {
        if (c.atEnd() || plan.riskManagementPlan() == null) {
            return main;
        }
        int first = plan.interventions().size();
        String name = c.name();
        if ("entries".equals(name)) {
            if (!c.hasIndex()) {
                return main + ".activity";
            }
            String a = main + ".activity[" + (first + c.index()) + "]";
            return c.atEnd() ? a : residual(c, org.waymark.model.RiskManagementEntry.class, a);
        }
        if ("crisisPlan".equals(name)) {
            if (plan.riskManagementPlan().crisisPlan() == null) {
                return main;
            }
            String a = main + ".activity[" + (first + plan.riskManagementPlan().entries().size()) + "]";
            return c.atEnd() ? a : residual(c, org.waymark.model.CrisisPlan.class, a);
        }
        return main;
    }

    private int reviewActivity() {
        int n = plan.interventions().size();
        if (plan.riskManagementPlan() != null) {
            n += plan.riskManagementPlan().entries().size() + (plan.riskManagementPlan().crisisPlan() == null ? 0 : 1);
        }
        return n;
    }

    private String review(Cursor c, String main) {
        String a = main + ".activity[" + reviewActivity() + "]";
        if (c.atEnd()) {
            return a;
        }
        String name = c.name();
        return "nextReviewDate".equals(name) ? a + ".detail.scheduled.start" : residualComponent(c, name, ReviewSchedule.class, a);
    }

    private String safetyPlan(Cursor c) {
        if (plan.safetyPlan() == null) {
            return entry(0);
        }
        String at = entry(safetyPlanAt);
        if (c.atEnd()) {
            return at;
        }
        String name = c.name();
        SafetySteps[] steps = SafetySteps.values();
        for (int s = 0; s < steps.length; s++) {
            if (steps[s].stepComponents().contains(name)) {
                return residualComponent(c, name, SafetyPlan.class, at + ".activity[" + s + "]");
            }
        }
        return residualComponent(c, name, SafetyPlan.class, at);
    }

    private String sharing(Cursor c, String main) {
        if (c.atEnd()) {
            return main;
        }
        String name = c.name();
        if (!"family".equals(name)) {
            return residualComponent(c, name, Sharing.class, main);
        }
        if (!c.hasIndex()) {
            return main + ".supportingInfo";
        }
        String at = entry(consentsAt + c.index());
        if (c.atEnd()) {
            return at;
        }
        String part = c.name();
        if (!"consent".equals(part)) {
            return residualComponent(c, part, FamilyInvolvement.class, at);
        }
        if (c.atEnd()) {
            return at;
        }
        String field = c.name();
        return switch (field) {
            case "given" -> at + ".provision.type";
            case "recordedOn" -> at + ".dateTime";
            default -> residualComponent(c, field, Consent.class, at);
        };
    }

    private String signOff(Cursor c, String main) {
        if (c.atEnd()) {
            return main;
        }
        String name = c.name();
        if (!"signatures".equals(name)) {
            return residualComponent(c, name, SignOff.class, main);
        }
        if (!c.hasIndex()) {
            return main;
        }
        String at = entry(signaturesAt + c.index());
        if (c.atEnd()) {
            return at;
        }
        String field = c.name();
        return switch (field) {
            case "role" -> at + ".agent[0].role[0]";
            case "name" -> at + ".agent[0].who.display";
            case "date" -> at + ".occurred";
            default -> residualComponent(c, field, Signature.class, at + ".agent[0]");
        };
    }

    /** The rest of the path is a component of {@code type} carried as an extension on {@code at}. */
    private static String residual(Cursor c, Class<?> type, String at) {
        return residualComponent(c, c.name(), type, at);
    }

    private static String residualComponent(Cursor c, String name, Class<?> type, String at) {
        RecordComponent component = component(type, name);
        if (component == null) {
            return at;
        }
        String expr = at + ".extension('" + RecordCodec.url(type, name) + "')";
        return inside(c, component, expr);
    }

    private static String inside(Cursor c, RecordComponent component, String expr) {
        if (RecordCodec.isList(component)) {
            if (!c.hasIndex()) {
                return expr;
            }
            expr = expr + "[" + c.index() + "]";
        }
        Class<?> value = RecordCodec.valueType(component);
        if (!value.isRecord()) {
            return expr + ".value";
        }
        if (c.atEnd()) {
            return expr;
        }
        String name = c.name();
        RecordComponent part = component(value, name);
        return part == null ? expr : inside(c, part, expr + ".extension('" + name + "')");
    }

    private static RecordComponent component(Class<?> type, String name) {
        for (RecordComponent rc : RecordCodec.components(type)) {
            if (rc.getName().equals(name)) {
                return rc;
            }
        }
        return null;
    }

    /** Reads a plan path's segments in order. */
    private static final class Cursor {
        private final List<Object> segments;
        private int i;

        Cursor(List<Object> segments) {
            this.segments = segments;
        }

        boolean atEnd() {
            return i >= segments.size();
        }

        boolean hasIndex() {
            return !atEnd() && segments.get(i) instanceof Integer;
        }

        int index() {
            return (Integer) segments.get(i++);
        }

        String name() {
            while (hasIndex()) {
                i++;
            }
            return atEnd() ? "" : (String) segments.get(i++);
        }
    }
}
