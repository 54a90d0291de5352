package org.waymark.pdf.internal.doc;

import static org.waymark.pdf.internal.doc.Doc.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.waymark.model.Agreement;
import org.waymark.model.CarePlan;
import org.waymark.model.ChainAnalysis;
import org.waymark.model.ChainLink;
import org.waymark.model.CoProduction;
import org.waymark.model.Contact;
import org.waymark.model.CrisisPlan;
import org.waymark.model.Episode;
import org.waymark.model.FactorEffect;
import org.waymark.model.FamilyInvolvement;
import org.waymark.model.FunctionRecord;
import org.waymark.model.Goal;
import org.waymark.model.GoalProgress;
import org.waymark.model.GoalStep;
import org.waymark.model.GpSharing;
import org.waymark.model.IdentifiedRisk;
import org.waymark.model.InformationGiven;
import org.waymark.model.InstrumentObservation;
import org.waymark.model.ItemResponse;
import org.waymark.model.Intervention;
import org.waymark.model.MeansAction;
import org.waymark.model.Medication;
import org.waymark.model.MethodRecord;
import org.waymark.model.NeedsDomain;
import org.waymark.model.NeedsFinding;
import org.waymark.model.Person;
import org.waymark.model.ProgressEntry;
import org.waymark.model.Review;
import org.waymark.model.RiskDomain;
import org.waymark.model.RiskDomainEntry;
import org.waymark.model.RiskFactor;
import org.waymark.model.RiskFormulation;
import org.waymark.model.RiskHorizon;
import org.waymark.model.RiskManagementEntry;
import org.waymark.model.RiskManagementPlan;
import org.waymark.model.SafetyPlan;
import org.waymark.model.SignatoryRole;
import org.waymark.model.Signature;
import org.waymark.model.TeamMember;
import org.waymark.model.TreatmentAim;
import org.waymark.model.TreatmentDecision;
import org.waymark.pdf.internal.layout.Checkbox;
import org.waymark.pdf.internal.layout.KeepTogether;
import org.waymark.pdf.internal.layout.LayoutDocument;
import org.waymark.pdf.internal.layout.Paragraph;
import org.waymark.pdf.internal.layout.RenderSettings;
import org.waymark.pdf.internal.layout.SignatureLine;
import org.waymark.pdf.internal.layout.Span;
import org.waymark.validation.Finding;
import org.waymark.validation.ValidationReport;

/**
 * Lays out the clinician's care plan: every section of the plan, in a fixed order, each with a
 * level 2 heading and a bookmark. A section with nothing recorded says so in a short line, so
 * that gaps are visible rather than silently missing. Nothing here derives a score, a category
 * or a level from anything in the plan.
 */
public final class CarePlanLayout {

    private final CarePlan plan;
    private final DocumentWording w;
    private final Doc d;
    private final RenderSettings settings;

    private CarePlanLayout(CarePlan plan, RenderSettings settings) {
        this.plan = plan;
        this.w = DocumentWording.forLocale(plan.person().locale());
        String header = w.format("cp.header", plan.id(), plan.version(), w.label("status", plan.status()));
        LayoutDocument.Builder b = LayoutDocument.builder(w.text("cp.title"), w.language())
                .pageLabel(w.text("footer.page"))
                .outline(2);
        Common.furniture(b, plan, w, settings, header, w.text("footer.confidential"));
        this.d = new Doc(b, w);
        this.settings = settings;
    }

    /**
     * Lays out a plan.
     *
     * @param plan  the plan, not null
     * @param validation  findings to print as an appendix, or null for none
     * @param settings  the settings: service name, logo and print date for the page furniture, not null
     * @return the document, not null
     */
    public static LayoutDocument layout(CarePlan plan, ValidationReport validation, RenderSettings settings) {
        CarePlanLayout l = new CarePlanLayout(plan, settings);
        l.title();
        l.person();
        l.history();
        l.needs();
        l.formulation();
        l.instruments();
        l.aims();
        l.goals();
        l.interventions();
        l.medication();
        l.team();
        l.riskManagement();
        l.safetyPlan();
        l.contacts();
        l.sharing();
        l.review();
        l.decisions();
        l.signatures();
        if (validation != null) {
            l.validation(validation);
        }
        return l.d.build();
    }

    private String date(java.time.LocalDate date) {
        return date == null ? null : w.date(date);
    }

    /** The rate as a count per period where recorded, with the clinician's words beneath as a note. */
    private Paragraph frequency(MethodRecord m) {
        if (m.rate() == null) {
            return Paragraph.of(orNot(m.frequency()));
        }
        String period = w.label("period", m.rate().per());
        String rate = switch (m.rate().count()) {
            case 0 -> w.text("rate.none");
            case 1 -> w.format("rate.once", period);
            case 2 -> w.format("rate.twice", period);
            default -> w.format("rate.times", m.rate().count(), period);
        };
        return m.frequency() == null ? Paragraph.of(rate) : Paragraph.of(Span.of(rate), Span.italic("\n" + m.frequency()));
    }

    /** The indication in words, and the clinician's record that the medicine is not for self-harm. */
    private Paragraph indication(Medication m) {
        if (!Boolean.TRUE.equals(m.notForSelfHarm())) {
            return Paragraph.of(orNot(m.indication()));
        }
        String note = w.text("cp.medication.notForSelfHarm");
        return m.indication() == null ? Paragraph.of(Span.bold(note))
                : Paragraph.of(Span.of(m.indication() + "\n"), Span.bold(note));
    }

    /** The coded condition where recorded, then the clinician's words for it when they add to the code. */
    private String condition(Medication m) {
        if (m.condition() == null) {
            return orNot(m.associatedCondition());
        }
        String coded = w.label("condition", m.condition());
        return m.associatedCondition() == null || m.associatedCondition().equalsIgnoreCase(coded) ? coded
                : coded + "\n" + m.associatedCondition();
    }

    /** The needs a decision rests on, where recorded, before the rationale in words. */
    private Paragraph rationale(TreatmentDecision td) {
        if (td.basis().isEmpty()) {
            return Paragraph.of(orNot(td.rationale()));
        }
        List<String> needs = new ArrayList<>();
        for (NeedsDomain domain : td.basis()) {
            needs.add(w.label("needs", domain));
        }
        Span basis = Span.of(w.format("cp.decisions.basis", String.join("; ", needs)));
        return td.rationale() == null ? Paragraph.of(basis) : Paragraph.of(basis, Span.of("\n" + td.rationale()));
    }

    private String orNot(String s) {
        return s == null ? w.text("notRecorded") : s;
    }

    private String owner(String ownerId) {
        return Common.owner(plan, ownerId, w.text("cp.ownerPerson"), w);
    }

    // ---- sections ----

    private void title() {
        Common.head(settings, Common.LOGO_HEIGHT).forEach(d::add);
        d.heading(1, w.text("cp.title"), "title");
        String notice = Common.originNotice(plan, w);
        if (notice != null) {
            d.callout(notice, false);
        }
        if (plan.status() == org.waymark.model.PlanStatus.DRAFT) {
            d.callout(w.text("cp.draftNotice"), false);
        }
        d.field(w.text("cp.plan.id"), plan.id());
        d.field(w.text("cp.plan.versionStatus"),
                w.format("cp.plan.versionStatusValue", plan.version(), w.label("status", plan.status())));
        d.field(w.text("cp.plan.start"), w.date(plan.startDate()));
    }

    private void person() {
        d.heading(2, w.text("cp.person"), "person");
        Person p = plan.person();
        d.field(w.text("cp.person.id"), p.id());
        d.field(w.text("cp.person.preferredName"), p.preferredName());
        if (p.dateOfBirth() != null) {
            int age = p.ageOn(plan.startDate()).orElse(-1);
            d.field(w.text("cp.person.age"), age < 0 ? null
                    : w.format("cp.person.ageValue", age, w.date(plan.startDate())));
        } else {
            d.field(w.text("cp.person.ageBand"), p.ageBand() == null ? null : w.label("ageBand", p.ageBand()));
        }
        d.field(w.text("cp.person.pronouns"), p.pronouns());
        d.field(w.text("cp.person.dependentChildren"), w.yesNo(p.hasDependentChildren()));
    }

    private void history() {
        d.heading(2, w.text("cp.history"), "history");
        var h = plan.history();
        d.heading(3, w.text("cp.history.methods"), "history.methods");
        if (h.methods().isEmpty()) {
            d.notRecorded();
        } else {
            var t = Doc.table(col(w.text("cp.history.method"), 2.4f), col(w.text("cp.history.frequency"), 1.7f),
                    col(w.text("cp.history.mostRecent"), 1.3f), col(w.text("cp.history.severity"), 1.8f),
                    col(w.text("cp.history.access"), 1.0f));
            for (MethodRecord m : h.methods()) {
                Paragraph method = m.detail() == null ? Paragraph.of(Span.bold(w.label("method", m.method())))
                        : Paragraph.of(Span.bold(w.label("method", m.method())), Span.of("\n" + m.detail()));
                t.row(method, frequency(m),
                        Paragraph.of(m.mostRecent() == null ? w.text("notRecorded") : w.shortDate(m.mostRecent())),
                        Paragraph.of(orNot(m.medicalSeverity())), Paragraph.of(w.yesNo(m.accessToMeans())));
            }
            d.add(t.build());
        }
        d.heading(3, w.text("cp.history.functions"), "history.functions");
        List<Paragraph> functions = new ArrayList<>();
        for (FunctionRecord f : h.functions()) {
            functions.add(f.description() == null ? Paragraph.of(Span.bold(w.label("function", f.function())))
                    : Paragraph.of(Span.bold(w.label("function", f.function()) + ": "), Span.of(f.description())));
        }
        d.bulletParagraphs(functions);
        d.heading(3, w.text("cp.history.triggers"), "history.triggers");
        d.bullets(h.triggers());
        d.heading(3, w.text("cp.history.context"), "history.context");
        d.field(w.text("cp.history.contextLabel"), h.context());
        d.field(w.text("cp.history.frequent"), w.yesNo(h.frequentSelfHarm()));
        d.field(w.text("cp.history.dysregulation"), w.yesNo(h.emotionalDysregulation()));
        d.heading(3, w.text("cp.history.episodes"), "history.episodes");
        if (h.episodes().isEmpty()) {
            d.notRecorded();
        } else {
            var t = Doc.table(col(w.text("cp.date"), 1.3f), col(w.text("cp.history.episodeMethods"), 1.3f),
                    col(w.text("cp.history.whatHappened"), 3.4f), col(w.text("cp.history.medicalCare"), 1.1f));
            for (Episode e : h.episodes()) {
                t.row(w.date(e.date()), methodNames(e.methodIds()), orNot(e.description()), w.yesNo(e.medicalCareNeeded()));
            }
            d.add(t.build());
        }
        d.heading(3, w.text("cp.history.chains"), "history.chains");
        if (h.chainAnalyses().isEmpty()) {
            d.notRecorded();
        }
        int n = 0;
        for (ChainAnalysis c : h.chainAnalyses()) {
            n++;
            String episode = c.episodeId() == null ? w.text("cp.history.chainUrge")
                    : h.episodes().stream().filter(e -> e.id().equals(c.episodeId())).findFirst()
                            .map(e -> w.format("cp.history.chainEpisode", w.date(e.date()))).orElse(c.episodeId());
            d.labelled(w.format("cp.history.chainTitle", n, episode),
                    d.fieldParagraph(w.text("cp.history.promptingEvent"), c.promptingEvent()));
            d.labelledBullets(w.text("cp.history.vulnerability"), c.vulnerabilityFactors());
            List<String> links = new ArrayList<>();
            for (ChainLink link : c.links()) {
                links.add(w.label("link", link.kind()) + ": " + link.description());
            }
            if (links.isEmpty()) {
                d.labelled(w.text("cp.history.links"), d.notRecordedParagraph());
            } else {
                d.labelled(w.text("cp.history.links"), new org.waymark.pdf.internal.layout.ItemList(
                        org.waymark.pdf.internal.layout.ItemList.Kind.NUMBERED,
                        links.stream().map(Paragraph::of).toList()));
            }
            d.labelledBullets(w.text("cp.history.consequences"), c.consequences());
            d.labelledBullets(w.text("cp.history.changes"), c.changes());
        }
    }

    private String methodNames(List<String> ids) {
        List<String> names = new ArrayList<>();
        for (String id : ids) {
            plan.history().methods().stream().filter(m -> m.id().equals(id)).findFirst()
                    .ifPresent(m -> names.add(w.label("method", m.method())));
        }
        return names.isEmpty() ? w.text("notRecorded") : String.join(", ", names);
    }

    private void needs() {
        d.heading(2, w.text("cp.needs"), "needs");
        var a = plan.needsAssessment();
        d.field(w.text("cp.needs.assessedOn"), date(a.assessedOn()));
        var t = Doc.table(col(w.text("cp.needs.domain"), 2.2f), col(w.text("cp.needs.finding"), 4.0f));
        for (NeedsDomain domain : NeedsDomain.values()) {
            Optional<NeedsFinding> f = a.finding(domain);
            Paragraph finding;
            if (f.isEmpty() || (f.get().finding() == null && f.get().notAssessedReason() == null)) {
                finding = d.notRecordedParagraph();
            } else if (f.get().finding() != null) {
                finding = Paragraph.of(f.get().finding());
            } else {
                finding = Paragraph.of(Span.italic(w.text("cp.needs.notAssessed") + ": "),
                        Span.of(f.get().notAssessedReason()));
            }
            t.row(Paragraph.of(w.label("needs", domain)), finding);
        }
        d.add(t.build());
    }

    private void formulation() {
        d.heading(2, w.text("cp.formulation"), "formulation");
        RiskFormulation f = plan.riskFormulation();
        d.para(Span.italic(w.text("cp.formulation.note")));
        d.field(w.text("cp.formulation.on"), date(f.formulatedOn()));
        d.field(w.text("cp.formulation.agreed"), agreement(f.agreement()));
        d.heading(3, w.text("cp.formulation.summary"), "formulation.summary");
        if (f.summary() == null) {
            d.notRecorded();
        } else {
            d.para(f.summary());
        }
        d.heading(3, w.text("cp.formulation.domains"), "formulation.domains");
        var t = Doc.table(col(w.text("cp.formulation.domain"), 2.2f), col(w.text("cp.formulation.understood"), 4.0f));
        for (RiskDomain domain : RiskDomain.values()) {
            Optional<RiskDomainEntry> e = f.domain(domain);
            Paragraph text;
            if (e.isEmpty() || (e.get().summary() == null && e.get().notAddressedReason() == null)) {
                text = d.notRecordedParagraph();
            } else if (e.get().summary() != null) {
                text = Paragraph.of(e.get().summary());
            } else {
                text = Paragraph.of(Span.italic(w.text("cp.formulation.notAddressed") + ": "),
                        Span.of(e.get().notAddressedReason()));
            }
            t.row(Paragraph.of(w.label("riskDomain", domain)), text);
        }
        d.add(t.build());
        d.heading(3, w.text("cp.formulation.risks"), "formulation.risks");
        if (f.risks().isEmpty()) {
            d.notRecorded();
        } else {
            var rt = Doc.table(col(w.text("cp.formulation.horizon"), 1.2f), col(w.text("cp.formulation.risk"), 5.0f));
            for (RiskHorizon horizon : RiskHorizon.values()) {
                for (IdentifiedRisk r : f.risks()) {
                    if (r.horizon() == horizon) {
                        rt.row(w.label("horizon", horizon), r.description());
                    }
                }
            }
            d.add(rt.build());
        }
        d.heading(3, w.text("cp.formulation.factors"), "formulation.factors");
        if (f.factors().isEmpty()) {
            d.notRecorded();
        } else {
            var ft = Doc.table(col(w.text("cp.formulation.effect"), 1.6f), col(w.text("cp.formulation.category"), 1.6f),
                    col(w.text("cp.formulation.factor"), 4.0f));
            for (FactorEffect effect : FactorEffect.values()) {
                for (RiskFactor factor : f.factors()) {
                    if (factor.effect() == effect) {
                        ft.row(w.label("effect", effect), w.label("category", factor.category()), factor.description());
                    }
                }
            }
            d.add(ft.build());
        }
    }

    private String agreement(Agreement a) {
        return a == null ? null : w.format("cp.agreedValue", w.date(a.on()), a.how());
    }

    private void instruments() {
        d.heading(2, w.text("cp.instruments"), "instruments");
        d.para(Span.italic(w.text("cp.instruments.note")));
        if (plan.instrumentObservations().isEmpty()) {
            d.notRecorded();
            return;
        }
        for (InstrumentObservation o : plan.instrumentObservations()) {
            String by = o.administeredBy() == null ? w.format("cp.instruments.title", o.instrument(), w.date(o.administeredOn()))
                    : w.format("cp.instruments.titleBy", o.instrument(), w.date(o.administeredOn()), o.administeredBy());
            if (o.responses().isEmpty()) {
                d.labelled(by, d.fieldParagraph(w.text("cp.instruments.observation"), o.observation()));
                continue;
            }
            var t = Doc.table(col(w.text("cp.instruments.item"), 2f), col(w.text("cp.instruments.response"), 3f));
            for (ItemResponse r : o.responses()) {
                t.row(r.item(), r.response());
            }
            d.labelled(by, t.build());
            d.field(w.text("cp.instruments.observation"), o.observation());
        }
    }

    private void aims() {
        d.heading(2, w.text("cp.aims"), "aims");
        List<Paragraph> aims = new ArrayList<>();
        for (TreatmentAim a : plan.aims()) {
            aims.add(a.detail() == null ? Paragraph.of(Span.bold(w.label("aim", a.kind())))
                    : Paragraph.of(Span.bold(w.label("aim", a.kind()) + ": "), Span.of(a.detail())));
        }
        d.bulletParagraphs(aims);
        d.field(w.text("cp.aims.agreed"), agreement(plan.aimsAgreement()));
    }

    private void goals() {
        d.heading(2, w.text("cp.goals"), "goals");
        d.heading(3, w.text("cp.goals.longTerm"), "goals.long-term");
        List<Goal> longTerm = plan.longTermGoals();
        if (longTerm.isEmpty()) {
            d.notRecorded();
        } else {
            var t = Doc.table(col(w.text("cp.goals.goal"), 3.2f), col(w.text("cp.goals.area"), 1.4f),
                    col(w.text("cp.goals.addresses"), 2.0f), col(w.text("cp.goals.ownerStatus"), 1.6f));
            for (Goal g : longTerm) {
                t.row(Paragraph.of(g.statement()), Paragraph.of(w.label("area", g.area())),
                        Paragraph.of(orNot(g.addresses())), ownerStatus(g));
            }
            d.add(t.build());
        }
        if (plan.noOccupationalGoalReason() != null) {
            d.field(w.text("cp.goals.noOccupational"), plan.noOccupationalGoalReason());
        }
        d.heading(3, w.text("cp.goals.shortTerm"), "goals.short-term");
        List<Goal> shortTerm = plan.shortTermGoals();
        if (shortTerm.isEmpty()) {
            d.notRecorded();
        } else {
            var t = Doc.table(col(w.text("cp.goals.goal"), 2.8f), col(w.text("cp.goals.measure"), 2.1f),
                    col(w.text("cp.goals.baselineTarget"), 2.1f), col(w.text("cp.goals.dates"), 1.7f),
                    col(w.text("cp.goals.ownerStatus"), 1.5f));
            for (Goal g : shortTerm) {
                List<Span> goal = new ArrayList<>();
                goal.add(Span.of(g.statement()));
                plan.goal(g.longTermGoalId() == null ? "" : g.longTermGoalId()).ifPresent(lt ->
                        goal.add(Span.italic("\n" + w.format("cp.goals.serves", lt.statement()))));
                List<Span> dates = new ArrayList<>();
                dates.add(Span.of(w.text("cp.goals.start") + " " + orNot(g.startDate() == null ? null : w.shortDate(g.startDate()))));
                dates.add(Span.of("\n" + w.text("cp.goals.due") + " " + orNot(g.dueDate() == null ? null : w.shortDate(g.dueDate()))));
                if (g.dueDateReason() != null) {
                    dates.add(Span.italic("\n" + g.dueDateReason()));
                }
                Paragraph baselineTarget = Paragraph.of(Span.italic(w.text("cp.goals.baseline") + ": "),
                        Span.of(orNot(g.baseline())), Span.italic("\n" + w.text("cp.goals.target") + ": "),
                        Span.of(orNot(g.target())));
                t.row(new Paragraph(goal), Paragraph.of(orNot(g.measure())), baselineTarget, new Paragraph(dates),
                        ownerStatus(g));
            }
            d.add(t.build());
        }
        d.heading(3, w.text("cp.goals.steps"), "goals.steps");
        if (shortTerm.isEmpty()) {
            d.notRecorded();
        }
        for (Goal g : shortTerm) {
            Paragraph label = Paragraph.of(Span.bold(g.statement()));
            if (g.steps().isEmpty()) {
                d.add(KeepTogether.of(label, Paragraph.of(Span.italic(w.text("cp.goals.noSteps")))));
            } else {
                List<org.waymark.pdf.internal.layout.Block> blocks = new ArrayList<>();
                blocks.add(label);
                for (GoalStep s : g.steps()) {
                    blocks.add(step(s));
                }
                if (blocks.size() <= 4) {
                    d.add(new KeepTogether(blocks));
                } else {
                    d.add(KeepTogether.of(blocks.get(0), blocks.get(1)));
                    blocks.subList(2, blocks.size()).forEach(d::add);
                }
            }
            if (g.progress().isEmpty()) {
                d.para(Span.italic(w.text("cp.goals.noProgress")));
            } else {
                var t = Doc.table(col(w.text("cp.date"), 1.3f), col(w.text("cp.goals.value"), 1.6f),
                        col(w.text("cp.goals.note"), 3.6f));
                for (ProgressEntry p : g.progress()) {
                    t.row(w.date(p.date()), orNot(p.value()), p.note() == null ? "" : p.note());
                }
                d.add(t.build());
            }
        }
    }

    private Checkbox step(GoalStep s) {
        String who = owner(s.ownerId());
        Paragraph label = who == null ? Paragraph.of(s.description())
                : Paragraph.of(Span.of(s.description() + " "), Span.italic("(" + who + ")"));
        return new Checkbox(label, s.done());
    }

    private Paragraph ownerStatus(Goal g) {
        String who = owner(g.ownerId());
        return Paragraph.of(Span.of(who == null ? w.text("cp.goals.noOwner") : who),
                Span.italic("\n" + w.label("goalStatus", g.status())));
    }

    private void interventions() {
        d.heading(2, w.text("cp.interventions"), "interventions");
        if (plan.interventions().isEmpty()) {
            d.notRecorded();
        } else {
            var t = Doc.table(col(w.text("cp.interventions.intervention"), 3.6f),
                    col(w.text("cp.interventions.sessions"), 1.5f), col(w.text("cp.interventions.provider"), 1.7f));
            for (Intervention i : plan.interventions()) {
                List<Span> what = new ArrayList<>();
                what.add(Span.bold(w.label("modality", i.modality())));
                if (i.structuredForSelfHarm()) {
                    what.add(Span.italic(" \u2014 " + w.text("cp.interventions.structured")));
                }
                what.add(Span.of("\n" + i.description()));
                if (i.startDate() != null) {
                    what.add(Span.of("\n" + w.format("cp.interventions.starts", w.date(i.startDate()))));
                }
                List<String> sessions = new ArrayList<>();
                if (i.plannedSessions() != null) {
                    sessions.add(w.format("cp.interventions.sessionCount", i.plannedSessions()));
                }
                if (i.frequency() != null) {
                    sessions.add(i.frequency());
                }
                String provider = i.providerId() == null ? null
                        : plan.careTeam().member(i.providerId()).map(Common::memberName).orElse(null);
                t.row(new Paragraph(what), Paragraph.of(sessions.isEmpty() ? w.text("notRecorded") : String.join("\n", sessions)),
                        Paragraph.of(orNot(provider)));
            }
            d.add(t.build());
        }
        if (plan.dbtANotPlannedReason() != null) {
            d.field(w.text("cp.interventions.dbtANotPlanned"), plan.dbtANotPlannedReason());
        }
    }

    private void medication() {
        d.heading(2, w.text("cp.medication"), "medication");
        d.para(Span.italic(w.text("cp.medication.note")));
        if (plan.medications().isEmpty()) {
            d.notRecorded();
            return;
        }
        var t = Doc.table(col(w.text("cp.medication.medicine"), 2f), col(w.text("cp.medication.indication"), 2f),
                col(w.text("cp.medication.condition"), 1.6f), col(w.text("cp.medication.prescriber"), 1.8f));
        for (Medication m : plan.medications()) {
            String prescriber = m.prescriberId() == null ? null
                    : plan.careTeam().member(m.prescriberId()).map(Common::memberName).orElse(null);
            t.row(Paragraph.of(m.name()), indication(m), Paragraph.of(condition(m)), Paragraph.of(orNot(prescriber)));
        }
        d.add(t.build());
    }

    private void team() {
        d.heading(2, w.text("cp.team"), "team");
        var team = plan.careTeam();
        if (team.members().isEmpty()) {
            d.notRecorded();
        } else {
            var t = Doc.table(col(w.text("cp.team.member"), 2.2f), col(w.text("cp.team.responsibilities"), 3.2f),
                    col(w.text("cp.team.contact"), 1.8f));
            for (TeamMember m : team.members()) {
                List<Span> who = new ArrayList<>();
                who.add(Span.bold(m.name()));
                who.add(Span.of("\n" + orNot(m.role())));
                if (m.organisation() != null) {
                    who.add(Span.of("\n" + m.organisation()));
                }
                if (m.id().equals(team.coordinatorId())) {
                    who.add(Span.bold("\n" + w.text("cp.team.coordinator")));
                }
                Paragraph duties = m.responsibilities().isEmpty() ? d.notRecordedParagraph()
                        : Paragraph.of("\u2022 " + String.join("\n\u2022 ", m.responsibilities()));
                Paragraph contact = m.contactId() == null ? d.notRecordedParagraph()
                        : plan.contact(m.contactId()).map(c -> Common.reachParagraph(c, w)).orElse(d.notRecordedParagraph());
                t.row(new Paragraph(who), duties, contact);
            }
            d.add(t.build());
            if (team.coordinator().isEmpty()) {
                d.field(w.text("cp.team.coordinator"), null);
            }
        }
        d.heading(3, w.format("cp.team.personResponsibilities", Common.personName(plan, w)), "team.person");
        d.bullets(team.personResponsibilities());
    }

    private void riskManagement() {
        d.heading(2, w.text("cp.riskPlan"), "risk-management");
        RiskManagementPlan rp = plan.riskManagementPlan();
        if (rp == null) {
            d.notRecorded();
            d.heading(3, w.text("cp.crisis"), "crisis-plan");
            d.notRecorded();
            return;
        }
        if (rp.entries().isEmpty()) {
            d.notRecorded();
        } else {
            var t = Doc.table(col(w.text("cp.riskPlan.addresses"), 2.4f), col(w.text("cp.riskPlan.actions"), 3.2f),
                    col(w.text("cp.riskPlan.ownerTimescale"), 1.6f));
            for (RiskManagementEntry e : rp.entries()) {
                List<Span> addresses = new ArrayList<>();
                for (String id : e.riskIds()) {
                    plan.riskFormulation().risks().stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(r -> {
                        addresses.add(Span.of((addresses.isEmpty() ? "" : "\n") + w.label("horizon", r.horizon()) + ": "));
                        addresses.add(Span.of(r.description()));
                    });
                }
                for (String id : e.factorIds()) {
                    plan.riskFormulation().factors().stream().filter(f -> f.id().equals(id)).findFirst().ifPresent(f -> {
                        addresses.add(Span.italic((addresses.isEmpty() ? "" : "\n") + w.text("cp.riskPlan.factor") + ": "));
                        addresses.add(Span.of(f.description()));
                    });
                }
                Paragraph actions = e.actions().isEmpty() ? d.notRecordedParagraph()
                        : Paragraph.of("\u2022 " + String.join("\n\u2022 ", e.actions()));
                String who = owner(e.ownerId());
                t.row(addresses.isEmpty() ? d.notRecordedParagraph() : new Paragraph(addresses), actions,
                        Paragraph.of(Span.of(orNot(who)), Span.italic("\n" + orNot(e.timescale()))));
            }
            d.add(t.build());
        }
        d.heading(3, w.text("cp.crisis"), "crisis-plan");
        CrisisPlan cp = rp.crisisPlan();
        if (cp == null) {
            d.notRecorded();
            return;
        }
        d.labelledBullets(w.text("cp.crisis.selfManagement"), cp.selfManagement());
        d.field(w.text("cp.crisis.whenToGetHelp"), cp.whenToGetHelp());
        List<Contact> contacts = Common.contacts(plan, cp.contactIds());
        if (contacts.isEmpty()) {
            d.labelled(w.text("cp.crisis.contacts"), d.notRecordedParagraph());
        } else {
            d.labelled(w.text("cp.crisis.contacts"), contactTable(contacts));
        }
        emergency();
    }

    private void emergency() {
        Optional<String> number = Common.emergencyNumber(plan, w);
        d.callout(number.map(n -> Common.messageWithNumber(w, "emergency.call", n))
                .orElse(List.of(Span.bold(w.text("emergency.notRecorded")))), false);
    }

    private org.waymark.pdf.internal.layout.Table contactTable(List<Contact> contacts) {
        var t = Doc.table(col(w.text("cp.contacts.who"), 2.4f), col(w.text("cp.contacts.reach"), 2.0f),
                col(w.text("cp.contacts.when"), 1.8f));
        for (Contact c : contacts) {
            String hours = Common.hours(c, w);
            t.row(Paragraph.of(Common.nameWithRelationship(c)), Common.reachParagraph(c, w),
                    hours == null ? d.notRecordedParagraph() : Paragraph.of(hours));
        }
        return t.build();
    }

    private void safetyPlan() {
        d.heading(2, w.text("cp.safety"), "safety-plan");
        SafetyPlan sp = plan.safetyPlan();
        if (sp == null) {
            d.notRecorded();
            return;
        }
        d.heading(3, w.text("safety.step1"), "safety-plan.warning-signs");
        d.bullets(sp.warningSigns());
        d.heading(3, w.text("safety.step2"), "safety-plan.coping");
        d.bullets(sp.copingStrategies());
        d.heading(3, w.text("safety.step3"), "safety-plan.distractions");
        List<Paragraph> step3 = new ArrayList<>();
        sp.distractions().forEach(s -> step3.add(Paragraph.of(s)));
        Common.contacts(plan, sp.distractionContactIds()).forEach(c -> step3.add(contactLine(c)));
        d.bulletParagraphs(step3);
        d.heading(3, w.text("safety.step4"), "safety-plan.help");
        d.bulletParagraphs(Common.contacts(plan, sp.helpContactIds()).stream().map(this::contactLine).toList());
        d.heading(3, w.text("safety.step5"), "safety-plan.professionals");
        List<Contact> professionals = Common.contacts(plan, sp.professionalContactIds());
        if (professionals.isEmpty()) {
            d.notRecorded();
        } else {
            d.add(contactTable(professionals));
        }
        d.heading(3, w.text("safety.step6"), "safety-plan.means");
        List<Paragraph> means = new ArrayList<>();
        for (MeansAction m : sp.meansSafety()) {
            String method = m.methodId() == null ? null : plan.history().methods().stream()
                    .filter(x -> x.id().equals(m.methodId())).findFirst().map(x -> w.label("method", x.method())).orElse(null);
            means.add(method == null ? Paragraph.of(m.action())
                    : Paragraph.of(Span.bold(method + ": "), Span.of(m.action())));
        }
        if (means.isEmpty() && sp.meansNotNeededReason() != null) {
            d.field(w.text("cp.safety.meansNotNeeded"), sp.meansNotNeededReason());
        } else {
            d.bulletParagraphs(means);
        }
        d.heading(3, w.text("safety.reasons"), "safety-plan.reasons");
        if (sp.reasonsForLiving().isEmpty() && sp.reasonsForLivingDeclined()) {
            d.para(Span.italic(w.text("cp.safety.reasonsDeclined")));
        } else {
            d.bullets(sp.reasonsForLiving());
        }
        d.heading(3, w.text("cp.safety.made"), "safety-plan.co-production");
        CoProduction cp = sp.coProduction();
        if (cp == null) {
            d.notRecorded();
        } else {
            d.field(w.text("cp.safety.withPerson"), w.yesNo(cp.writtenWithPerson()));
            d.field(w.text("cp.safety.ownWords"), w.yesNo(cp.inOwnWords()));
            d.field(w.text("cp.safety.on"), date(cp.on()));
            d.field(w.text("cp.safety.copies"), cp.copiesKept().isEmpty() ? null : String.join("; ", cp.copiesKept()));
        }
    }

    private Paragraph contactLine(Contact c) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(Common.nameWithRelationship(c) + " \u2014 "));
        spans.addAll(Common.reach(c, w).stream().map(s -> s.text().equals("\n") ? Span.of("; ") : s).toList());
        return new Paragraph(spans);
    }

    private void contacts() {
        d.heading(2, w.text("cp.contacts"), "contacts");
        if (plan.contacts().isEmpty()) {
            d.notRecorded();
            return;
        }
        var t = Doc.table(col(w.text("cp.contacts.who"), 2.4f), col(w.text("cp.contacts.kind"), 1.3f),
                col(w.text("cp.contacts.reach"), 2.0f), col(w.text("cp.contacts.when"), 1.8f));
        for (Contact c : plan.contacts()) {
            String hours = Common.hours(c, w);
            t.row(Paragraph.of(Common.nameWithRelationship(c)), Paragraph.of(w.label("contactKind", c.kind())),
                    Common.reachParagraph(c, w), hours == null ? d.notRecordedParagraph() : Paragraph.of(hours));
        }
        d.add(t.build());
    }

    private void sharing() {
        d.heading(2, w.text("cp.sharing"), "sharing");
        var s = plan.sharing();
        GpSharing gp = s.gp();
        String gpText = null;
        if (gp != null && gp.sharedOn() != null) {
            gpText = w.format("cp.sharing.gpShared", w.date(gp.sharedOn()));
        } else if (gp != null && gp.notSharedReason() != null) {
            gpText = w.format("cp.sharing.gpNotShared", gp.notSharedReason());
        }
        d.field(w.text("cp.sharing.gp"), gpText);
        d.field(w.text("cp.sharing.confidentiality"), date(s.confidentialityExplainedOn()));
        d.heading(3, w.text("cp.sharing.family"), "sharing.family");
        if (s.family().isEmpty()) {
            d.notRecorded();
        } else {
            var t = Doc.table(col(w.text("cp.sharing.who"), 1.8f), col(w.text("cp.sharing.involvement"), 1.8f),
                    col(w.text("cp.sharing.consent"), 3.0f), col(w.text("cp.sharing.since"), 1.3f));
            for (FamilyInvolvement f : s.family()) {
                String who = plan.contact(f.contactId()).map(Common::nameWithRelationship).orElse(f.contactId());
                List<Span> consent = new ArrayList<>();
                if (f.consent() != null) {
                    consent.add(Span.of(w.format(f.consent().given() ? "cp.sharing.consentGiven" : "cp.sharing.consentRefused",
                            w.date(f.consent().recordedOn()))));
                    if (f.consent().scope() != null) {
                        consent.add(Span.of("\n" + f.consent().scope()));
                    }
                }
                if (f.exceptionReason() != null) {
                    consent.add(Span.italic((consent.isEmpty() ? "" : "\n") + w.text("cp.sharing.exception") + ": "));
                    consent.add(Span.of(f.exceptionReason()));
                }
                t.row(Paragraph.of(who), Paragraph.of(w.label("involvement", f.kind())),
                        consent.isEmpty() ? d.notRecordedParagraph() : new Paragraph(consent),
                        Paragraph.of(orNot(date(f.since()))));
            }
            d.add(t.build());
        }
        d.heading(3, w.text("cp.sharing.information"), "sharing.information");
        if (s.information().isEmpty()) {
            d.notRecorded();
        } else {
            var t = Doc.table(col(w.text("cp.sharing.topic"), 2.2f), col(w.text("cp.sharing.givenOn"), 1.5f),
                    col(w.text("cp.sharing.how"), 2.6f));
            for (InformationGiven i : s.information()) {
                t.row(w.label("topic", i.topic()), orNot(date(i.givenOn())), orNot(i.format()));
            }
            d.add(t.build());
        }
    }

    private void review() {
        d.heading(2, w.text("cp.review"), "review");
        var r = plan.review();
        d.field(w.text("cp.review.interval"),
                r.intervalMonths() == null ? null : w.format(r.intervalMonths() == 1 ? "cp.review.month" : "cp.review.months",
                        r.intervalMonths()));
        d.field(w.text("cp.review.next"), date(r.nextReviewDate()));
        d.heading(3, w.text("cp.review.history"), "review.history");
        if (r.history().isEmpty()) {
            d.notRecorded();
            return;
        }
        List<Review> reviews = new ArrayList<>(r.history());
        reviews.sort(java.util.Comparator.comparing(Review::date));
        var t = Doc.table(col(w.text("cp.date"), 1.3f), col(w.text("cp.review.trigger"), 1.3f),
                col(w.text("cp.review.participants"), 1.6f), col(w.text("cp.review.changed"), 3.6f));
        for (Review rv : reviews) {
            List<Span> changed = new ArrayList<>();
            changed.add(Span.of(orNot(rv.summary())));
            changed.add(Span.italic("\n" + w.text("cp.review.safetyPlanReviewed") + ": " + w.yesNo(rv.safetyPlanReviewed())
                    + "; " + w.text("cp.review.riskPlanReviewed") + ": " + w.yesNo(rv.riskPlanReviewed())));
            for (GoalProgress gp : rv.goalProgress()) {
                String goal = plan.goal(gp.goalId()).map(Goal::statement).orElse(gp.goalId());
                changed.add(Span.of("\n\u2022 " + goal + " \u2014 " + gp.note()));
            }
            String trigger = w.label("trigger", rv.trigger());
            if (rv.episodeId() != null) {
                trigger = plan.history().episodes().stream().filter(e -> e.id().equals(rv.episodeId())).findFirst()
                        .map(e -> w.format("cp.review.afterEpisode", w.date(e.date()))).orElse(trigger);
            }
            t.row(Paragraph.of(w.date(rv.date())), Paragraph.of(trigger),
                    Paragraph.of(rv.participants().isEmpty() ? w.text("notRecorded") : String.join(", ", rv.participants())),
                    new Paragraph(changed));
        }
        d.add(t.build());
    }

    private void decisions() {
        d.heading(2, w.text("cp.decisions"), "decisions");
        if (plan.treatmentDecisions().isEmpty()) {
            d.notRecorded();
            return;
        }
        var t = Doc.table(col(w.text("cp.date"), 1.3f), col(w.text("cp.decisions.decision"), 1.6f),
                col(w.text("cp.decisions.rationale"), 4.4f));
        for (TreatmentDecision td : plan.treatmentDecisions()) {
            t.row(Paragraph.of(w.date(td.date())), Paragraph.of(w.label("decision", td.kind())), rationale(td));
        }
        d.add(t.build());
    }

    private void signatures() {
        d.heading(2, w.text("cp.signatures"), "signatures");
        var so = plan.signOff();
        for (Signature s : so.signatures()) {
            d.para(w.format("cp.signatures.signed", s.name(), w.label("signatory", s.role()), w.date(s.date())));
        }
        if (!so.isSignedBy(SignatoryRole.CLINICIAN)) {
            d.add(new SignatureLine(w.text("cp.signatures.clinicianLine"), w.text("cp.date")));
        }
        if (!so.isSignedBy(SignatoryRole.PERSON)) {
            if (so.personNotSignedReason() != null) {
                d.field(w.text("cp.signatures.personNotSigned"), so.personNotSignedReason());
            } else {
                d.add(new SignatureLine(w.format("cp.signatures.personLine", Common.personName(plan, w)), w.text("cp.date")));
            }
        }
    }

    private void validation(ValidationReport v) {
        d.heading(2, w.text("cp.validation"), "validation");
        List<String> about = new ArrayList<>();
        about.add(w.format("cp.validation.stage", v.stage().name().toLowerCase(Locale.ROOT)));
        about.add(w.format("cp.validation.profile", v.profile().guideline().name()));
        v.evaluationDate().ifPresent(on -> about.add(w.format("cp.validation.on", w.date(on))));
        d.para(String.join(" \u00b7 ", about));
        if (v.findings().isEmpty()) {
            d.para(Span.italic(w.text("cp.validation.none")));
            return;
        }
        // The place in a clinician's words (sections and names rather than a path); the rule id
        // and the raw path follow in italics for looking up.
        FindingWords words = new FindingWords(plan, w);
        var t = Doc.table(col(w.text("cp.validation.where"), 2.6f), col(w.text("cp.validation.finding"), 4f),
                col(w.text("cp.validation.rule"), 2.2f));
        for (Finding f : v.findings()) {
            List<Span> rule = new ArrayList<>();
            rule.add(Span.bold(w.text(f.isError() ? "cp.validation.error" : "cp.validation.warning")));
            if (f.citation() != null && !f.citation().isEmpty()) {
                rule.add(Span.of("\n" + f.citation()));
            }
            rule.add(Span.italic("\n" + f.ruleId()));
            String path = f.path().toString();
            List<Span> where = new ArrayList<>();
            where.add(Span.of(words.path(path)));
            if (!path.isEmpty()) {
                where.add(Span.italic("\n" + path));
            }
            t.row(new Paragraph(where), Paragraph.of(f.message()), new Paragraph(rule));
        }
        d.add(t.build());
    }
}
