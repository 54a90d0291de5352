package org.waymark.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.waymark.model.PlanVisitor.Item;
import org.waymark.model.PlanVisitor.Target;

/**
 * Walks a care plan in plan order and gives every component of every record to a {@link PlanVisitor},
 * with its {@link PlanPath} and what kind of value it is.
 * <p>
 * The walk is written out by hand, one method per record, so that it says for each component whether it
 * is prose, a name, a phone number, a code, an id or a reference; no naming convention decides. A test
 * holds it to the model: it enumerates every component of every record reachable from {@link CarePlan}
 * by reflection and fails if the walk leaves one out, so a component added to a record needs its line
 * here.
 * <pre>{@code
 * PlanWalker.walk(plan, new PlanVisitor() {
 *     public void prose(PlanPath path, String text) {
 *         System.out.println(path + ": " + text.length() + " chars");
 *     }
 * });
 * }</pre>
 * A walk does no reflection and costs one step per component. This class is immutable and thread-safe.
 */
public final class PlanWalker {

    /** Walks a record's components below its path. */
    @FunctionalInterface
    private interface Components<R> {
        void walk(PlanWalker walker, PlanPath at, R record);
    }

    private final PlanVisitor visitor;

    private PlanWalker(PlanVisitor visitor) {
        this.visitor = visitor;
    }

    /**
     * Walks a plan: gives each of its components to the visitor in plan order, the components of each
     * record in the order the record declares them, and the elements of each list in list order.
     * Absent components are skipped.
     *
     * @param plan    the plan, not null
     * @param visitor the visitor, not null
     * @throws NullPointerException if {@code plan} or {@code visitor} is null
     */
    public static void walk(CarePlan plan, PlanVisitor visitor) {
        Objects.requireNonNull(plan, "plan");
        new PlanWalker(Objects.requireNonNull(visitor, "visitor")).plan(plan);
    }

    private void plan(CarePlan p) {
        id(null, "id", p.id(), Item.PLAN);
        number(null, "version", p.version());
        code(null, "status", p.status());
        code(null, "origin", p.origin());
        date(null, "startDate", p.startDate());
        record(null, "person", p.person(), PlanWalker::person);
        record(null, "history", p.history(), PlanWalker::history);
        record(null, "needsAssessment", p.needsAssessment(), PlanWalker::needsAssessment);
        record(null, "riskFormulation", p.riskFormulation(), PlanWalker::riskFormulation);
        records(null, "instrumentObservations", p.instrumentObservations(), PlanWalker::instrumentObservation);
        records(null, "aims", p.aims(), PlanWalker::aim);
        record(null, "aimsAgreement", p.aimsAgreement(), PlanWalker::agreement);
        records(null, "goals", p.goals(), PlanWalker::goal);
        prose(null, "noOccupationalGoalReason", p.noOccupationalGoalReason());
        records(null, "interventions", p.interventions(), PlanWalker::intervention);
        prose(null, "dbtANotPlannedReason", p.dbtANotPlannedReason());
        records(null, "medications", p.medications(), PlanWalker::medication);
        record(null, "careTeam", p.careTeam(), PlanWalker::careTeam);
        record(null, "riskManagementPlan", p.riskManagementPlan(), PlanWalker::riskManagementPlan);
        record(null, "safetyPlan", p.safetyPlan(), PlanWalker::safetyPlan);
        records(null, "contacts", p.contacts(), PlanWalker::contact);
        record(null, "sharing", p.sharing(), PlanWalker::sharing);
        record(null, "review", p.review(), PlanWalker::reviewSchedule);
        records(null, "treatmentDecisions", p.treatmentDecisions(), PlanWalker::treatmentDecision);
        record(null, "signOff", p.signOff(), PlanWalker::signOff);
    }

    private void person(PlanPath at, Person p) {
        id(at, "id", p.id(), Item.PERSON);
        name(at, "preferredName", p.preferredName());
        date(at, "dateOfBirth", p.dateOfBirth());
        code(at, "ageBand", p.ageBand());
        locale(at, "locale", p.locale());
        prose(at, "pronouns", p.pronouns());
        flag(at, "hasDependentChildren", p.hasDependentChildren());
    }

    private void history(PlanPath at, SelfHarmHistory h) {
        records(at, "methods", h.methods(), PlanWalker::method);
        records(at, "functions", h.functions(), PlanWalker::function);
        prose(at, "triggers", h.triggers());
        prose(at, "context", h.context());
        flag(at, "frequentSelfHarm", h.frequentSelfHarm());
        flag(at, "emotionalDysregulation", h.emotionalDysregulation());
        records(at, "episodes", h.episodes(), PlanWalker::episode);
        records(at, "chainAnalyses", h.chainAnalyses(), PlanWalker::chainAnalysis);
    }

    private void method(PlanPath at, MethodRecord m) {
        id(at, "id", m.id(), Item.METHOD);
        code(at, "method", m.method());
        prose(at, "detail", m.detail());
        prose(at, "frequency", m.frequency());
        date(at, "mostRecent", m.mostRecent());
        prose(at, "medicalSeverity", m.medicalSeverity());
        flag(at, "accessToMeans", m.accessToMeans());
        record(at, "rate", m.rate(), PlanWalker::rate);
    }

    private void rate(PlanPath at, EpisodeRate r) {
        number(at, "count", r.count());
        code(at, "per", r.per());
    }

    private void function(PlanPath at, FunctionRecord f) {
        code(at, "function", f.function());
        prose(at, "description", f.description());
    }

    private void episode(PlanPath at, Episode e) {
        id(at, "id", e.id(), Item.EPISODE);
        date(at, "date", e.date());
        references(at, "methodIds", e.methodIds(), Target.METHOD);
        prose(at, "description", e.description());
        flag(at, "medicalCareNeeded", e.medicalCareNeeded());
    }

    private void chainAnalysis(PlanPath at, ChainAnalysis c) {
        id(at, "id", c.id(), Item.CHAIN_ANALYSIS);
        reference(at, "episodeId", c.episodeId(), Target.EPISODE);
        prose(at, "vulnerabilityFactors", c.vulnerabilityFactors());
        prose(at, "promptingEvent", c.promptingEvent());
        records(at, "links", c.links(), PlanWalker::chainLink);
        prose(at, "consequences", c.consequences());
        prose(at, "changes", c.changes());
    }

    private void chainLink(PlanPath at, ChainLink l) {
        code(at, "kind", l.kind());
        prose(at, "description", l.description());
    }

    private void needsAssessment(PlanPath at, NeedsAssessment n) {
        date(at, "assessedOn", n.assessedOn());
        records(at, "findings", n.findings(), PlanWalker::needsFinding);
    }

    private void needsFinding(PlanPath at, NeedsFinding f) {
        code(at, "domain", f.domain());
        prose(at, "finding", f.finding());
        prose(at, "notAssessedReason", f.notAssessedReason());
    }

    private void riskFormulation(PlanPath at, RiskFormulation r) {
        date(at, "formulatedOn", r.formulatedOn());
        prose(at, "summary", r.summary());
        records(at, "domains", r.domains(), PlanWalker::riskDomain);
        records(at, "risks", r.risks(), PlanWalker::identifiedRisk);
        records(at, "factors", r.factors(), PlanWalker::riskFactor);
        record(at, "agreement", r.agreement(), PlanWalker::agreement);
    }

    private void riskDomain(PlanPath at, RiskDomainEntry d) {
        code(at, "domain", d.domain());
        prose(at, "summary", d.summary());
        prose(at, "notAddressedReason", d.notAddressedReason());
    }

    private void identifiedRisk(PlanPath at, IdentifiedRisk r) {
        id(at, "id", r.id(), Item.IDENTIFIED_RISK);
        code(at, "horizon", r.horizon());
        prose(at, "description", r.description());
    }

    private void riskFactor(PlanPath at, RiskFactor f) {
        id(at, "id", f.id(), Item.RISK_FACTOR);
        code(at, "effect", f.effect());
        code(at, "category", f.category());
        prose(at, "description", f.description());
    }

    private void agreement(PlanPath at, Agreement a) {
        date(at, "on", a.on());
        prose(at, "how", a.how());
    }

    private void instrumentObservation(PlanPath at, InstrumentObservation o) {
        id(at, "id", o.id(), Item.INSTRUMENT_OBSERVATION);
        name(at, "instrument", o.instrument());
        date(at, "administeredOn", o.administeredOn());
        name(at, "administeredBy", o.administeredBy());
        records(at, "responses", o.responses(), PlanWalker::itemResponse);
        prose(at, "observation", o.observation());
    }

    private void itemResponse(PlanPath at, ItemResponse r) {
        prose(at, "item", r.item());
        prose(at, "response", r.response());
    }

    private void aim(PlanPath at, TreatmentAim a) {
        code(at, "kind", a.kind());
        prose(at, "detail", a.detail());
    }

    private void goal(PlanPath at, Goal g) {
        id(at, "id", g.id(), g.term() == GoalTerm.LONG_TERM ? Item.LONG_TERM_GOAL : Item.SHORT_TERM_GOAL);
        code(at, "term", g.term());
        code(at, "area", g.area());
        prose(at, "statement", g.statement());
        prose(at, "addresses", g.addresses());
        reference(at, "longTermGoalId", g.longTermGoalId(), Target.LONG_TERM_GOAL);
        prose(at, "measure", g.measure());
        prose(at, "baseline", g.baseline());
        prose(at, "target", g.target());
        date(at, "startDate", g.startDate());
        date(at, "dueDate", g.dueDate());
        prose(at, "dueDateReason", g.dueDateReason());
        reference(at, "ownerId", g.ownerId(), Target.MEMBER_OR_PERSON);
        code(at, "status", g.status());
        records(at, "steps", g.steps(), PlanWalker::goalStep);
        records(at, "progress", g.progress(), PlanWalker::progressEntry);
        prose(at, "inOwnWords", g.inOwnWords());
        prose(at, "measureInOwnWords", g.measureInOwnWords());
    }

    private void goalStep(PlanPath at, GoalStep s) {
        prose(at, "description", s.description());
        reference(at, "ownerId", s.ownerId(), Target.MEMBER_OR_PERSON);
        flag(at, "done", s.done());
        prose(at, "inOwnWords", s.inOwnWords());
    }

    private void progressEntry(PlanPath at, ProgressEntry e) {
        date(at, "date", e.date());
        prose(at, "value", e.value());
        prose(at, "note", e.note());
    }

    private void intervention(PlanPath at, Intervention i) {
        id(at, "id", i.id(), Item.INTERVENTION);
        code(at, "modality", i.modality());
        prose(at, "description", i.description());
        flag(at, "structuredForSelfHarm", i.structuredForSelfHarm());
        number(at, "plannedSessions", i.plannedSessions());
        prose(at, "frequency", i.frequency());
        reference(at, "providerId", i.providerId(), Target.TEAM_MEMBER);
        references(at, "goalIds", i.goalIds(), Target.GOAL);
        date(at, "startDate", i.startDate());
    }

    private void medication(PlanPath at, Medication m) {
        id(at, "id", m.id(), Item.MEDICATION);
        name(at, "name", m.name());
        prose(at, "indication", m.indication());
        prose(at, "associatedCondition", m.associatedCondition());
        reference(at, "prescriberId", m.prescriberId(), Target.TEAM_MEMBER);
        code(at, "condition", m.condition());
        flag(at, "notForSelfHarm", m.notForSelfHarm());
    }

    private void careTeam(PlanPath at, CareTeam t) {
        records(at, "members", t.members(), PlanWalker::teamMember);
        reference(at, "coordinatorId", t.coordinatorId(), Target.TEAM_MEMBER);
        prose(at, "personResponsibilities", t.personResponsibilities());
    }

    private void teamMember(PlanPath at, TeamMember m) {
        id(at, "id", m.id(), Item.TEAM_MEMBER);
        name(at, "name", m.name());
        prose(at, "role", m.role());
        name(at, "organisation", m.organisation());
        prose(at, "responsibilities", m.responsibilities());
        reference(at, "contactId", m.contactId(), Target.CONTACT);
    }

    private void riskManagementPlan(PlanPath at, RiskManagementPlan r) {
        records(at, "entries", r.entries(), PlanWalker::riskManagementEntry);
        record(at, "crisisPlan", r.crisisPlan(), PlanWalker::crisisPlan);
    }

    private void riskManagementEntry(PlanPath at, RiskManagementEntry e) {
        id(at, "id", e.id(), Item.RISK_MANAGEMENT_ENTRY);
        references(at, "riskIds", e.riskIds(), Target.IDENTIFIED_RISK);
        references(at, "factorIds", e.factorIds(), Target.RISK_FACTOR);
        prose(at, "actions", e.actions());
        reference(at, "ownerId", e.ownerId(), Target.MEMBER_OR_PERSON);
        prose(at, "timescale", e.timescale());
    }

    private void crisisPlan(PlanPath at, CrisisPlan c) {
        prose(at, "selfManagement", c.selfManagement());
        prose(at, "whenToGetHelp", c.whenToGetHelp());
        references(at, "contactIds", c.contactIds(), Target.CONTACT);
    }

    private void safetyPlan(PlanPath at, SafetyPlan s) {
        prose(at, "warningSigns", s.warningSigns());
        prose(at, "copingStrategies", s.copingStrategies());
        prose(at, "distractions", s.distractions());
        references(at, "distractionContactIds", s.distractionContactIds(), Target.CONTACT);
        references(at, "helpContactIds", s.helpContactIds(), Target.CONTACT);
        references(at, "professionalContactIds", s.professionalContactIds(), Target.CONTACT);
        records(at, "meansSafety", s.meansSafety(), PlanWalker::meansAction);
        prose(at, "meansNotNeededReason", s.meansNotNeededReason());
        prose(at, "reasonsForLiving", s.reasonsForLiving());
        flag(at, "reasonsForLivingDeclined", s.reasonsForLivingDeclined());
        record(at, "coProduction", s.coProduction(), PlanWalker::coProduction);
    }

    private void meansAction(PlanPath at, MeansAction m) {
        reference(at, "methodId", m.methodId(), Target.METHOD);
        prose(at, "action", m.action());
    }

    private void coProduction(PlanPath at, CoProduction c) {
        flag(at, "writtenWithPerson", c.writtenWithPerson());
        flag(at, "inOwnWords", c.inOwnWords());
        date(at, "on", c.on());
        prose(at, "copiesKept", c.copiesKept());
    }

    private void contact(PlanPath at, Contact c) {
        id(at, "id", c.id(), Item.CONTACT);
        name(at, "name", c.name());
        code(at, "kind", c.kind());
        prose(at, "relationship", c.relationship());
        phoneNumber(at, "phone", c.phone());
        phoneNumber(at, "sms", c.sms());
        code(at, "smsKeyword", c.smsKeyword());
        name(at, "address", c.address());
        code(at, "country", c.country());
        prose(at, "hours", c.hours());
        flag(at, "available24x7", c.available24x7());
    }

    private void sharing(PlanPath at, Sharing s) {
        record(at, "gp", s.gp(), PlanWalker::gpSharing);
        date(at, "confidentialityExplainedOn", s.confidentialityExplainedOn());
        records(at, "family", s.family(), PlanWalker::familyInvolvement);
        records(at, "information", s.information(), PlanWalker::informationGiven);
    }

    private void gpSharing(PlanPath at, GpSharing g) {
        date(at, "sharedOn", g.sharedOn());
        prose(at, "notSharedReason", g.notSharedReason());
    }

    private void familyInvolvement(PlanPath at, FamilyInvolvement f) {
        reference(at, "contactId", f.contactId(), Target.CONTACT);
        code(at, "kind", f.kind());
        record(at, "consent", f.consent(), PlanWalker::consent);
        prose(at, "exceptionReason", f.exceptionReason());
        date(at, "since", f.since());
    }

    private void consent(PlanPath at, Consent c) {
        flag(at, "given", c.given());
        date(at, "recordedOn", c.recordedOn());
        prose(at, "scope", c.scope());
    }

    private void informationGiven(PlanPath at, InformationGiven i) {
        code(at, "topic", i.topic());
        date(at, "givenOn", i.givenOn());
        prose(at, "format", i.format());
    }

    private void reviewSchedule(PlanPath at, ReviewSchedule r) {
        number(at, "intervalMonths", r.intervalMonths());
        date(at, "nextReviewDate", r.nextReviewDate());
        records(at, "history", r.history(), PlanWalker::review);
    }

    private void review(PlanPath at, Review r) {
        date(at, "date", r.date());
        code(at, "trigger", r.trigger());
        reference(at, "episodeId", r.episodeId(), Target.EPISODE);
        prose(at, "participants", r.participants());
        prose(at, "summary", r.summary());
        flag(at, "safetyPlanReviewed", r.safetyPlanReviewed());
        flag(at, "riskPlanReviewed", r.riskPlanReviewed());
        records(at, "goalProgress", r.goalProgress(), PlanWalker::goalProgress);
    }

    private void goalProgress(PlanPath at, GoalProgress g) {
        reference(at, "goalId", g.goalId(), Target.GOAL);
        prose(at, "note", g.note());
    }

    private void treatmentDecision(PlanPath at, TreatmentDecision d) {
        id(at, "id", d.id(), Item.TREATMENT_DECISION);
        date(at, "date", d.date());
        code(at, "kind", d.kind());
        prose(at, "rationale", d.rationale());
        codes(at, "basis", d.basis());
    }

    private void signOff(PlanPath at, SignOff s) {
        records(at, "signatures", s.signatures(), PlanWalker::signature);
        prose(at, "personNotSignedReason", s.personNotSignedReason());
    }

    private void signature(PlanPath at, Signature s) {
        code(at, "role", s.role());
        name(at, "name", s.name());
        date(at, "date", s.date());
        reference(at, "memberId", s.memberId(), Target.TEAM_MEMBER);
    }

    // --- one step for each kind of component ---------------------------------------------------

    private static PlanPath path(PlanPath parent, String name) {
        return parent == null ? PlanPath.of(name) : parent.property(name);
    }

    private <R extends Record> void record(PlanPath parent, String name, R value, Components<R> components) {
        if (value != null) {
            PlanPath at = path(parent, name);
            visitor.enter(at, value);
            components.walk(this, at, value);
            visitor.leave(at, value);
        }
    }

    private <R extends Record> void records(PlanPath parent, String name, List<R> list, Components<R> components) {
        if (list.isEmpty()) {
            return;
        }
        PlanPath base = path(parent, name);
        for (int i = 0; i < list.size(); i++) {
            PlanPath at = base.index(i);
            R value = list.get(i);
            visitor.enter(at, value);
            components.walk(this, at, value);
            visitor.leave(at, value);
        }
    }

    private void prose(PlanPath parent, String name, String text) {
        if (text != null) {
            visitor.prose(path(parent, name), text);
        }
    }

    private void prose(PlanPath parent, String name, List<String> texts) {
        if (texts.isEmpty()) {
            return;
        }
        PlanPath base = path(parent, name);
        for (int i = 0; i < texts.size(); i++) {
            visitor.prose(base.index(i), texts.get(i));
        }
    }

    private void name(PlanPath parent, String component, String name) {
        if (name != null) {
            visitor.name(path(parent, component), name);
        }
    }

    private void phoneNumber(PlanPath parent, String name, String number) {
        if (number != null) {
            visitor.phoneNumber(path(parent, name), number);
        }
    }

    private void code(PlanPath parent, String name, String code) {
        if (code != null) {
            visitor.code(path(parent, name), code);
        }
    }

    private void code(PlanPath parent, String name, Coded value) {
        if (value != null) {
            visitor.code(path(parent, name), value);
        }
    }

    private void codes(PlanPath parent, String name, List<? extends Coded> values) {
        if (values.isEmpty()) {
            return;
        }
        PlanPath base = path(parent, name);
        for (int i = 0; i < values.size(); i++) {
            visitor.code(base.index(i), values.get(i));
        }
    }

    private void id(PlanPath parent, String name, String id, Item item) {
        if (id != null) {
            visitor.id(path(parent, name), id, item);
        }
    }

    private void reference(PlanPath parent, String name, String id, Target target) {
        if (id != null) {
            visitor.reference(path(parent, name), id, target);
        }
    }

    private void references(PlanPath parent, String name, List<String> ids, Target target) {
        if (ids.isEmpty()) {
            return;
        }
        PlanPath base = path(parent, name);
        for (int i = 0; i < ids.size(); i++) {
            visitor.reference(base.index(i), ids.get(i), target);
        }
    }

    private void date(PlanPath parent, String name, LocalDate date) {
        if (date != null) {
            visitor.date(path(parent, name), date);
        }
    }

    private void number(PlanPath parent, String name, Integer value) {
        if (value != null) {
            visitor.number(path(parent, name), value);
        }
    }

    private void flag(PlanPath parent, String name, Boolean value) {
        if (value != null) {
            visitor.flag(path(parent, name), value);
        }
    }

    private void locale(PlanPath parent, String name, Locale locale) {
        if (locale != null) {
            visitor.locale(path(parent, name), locale);
        }
    }
}
