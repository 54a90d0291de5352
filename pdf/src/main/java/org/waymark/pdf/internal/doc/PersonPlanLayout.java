package org.waymark.pdf.internal.doc;

import static org.waymark.pdf.internal.doc.Doc.col;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.waymark.model.CarePlan;
import org.waymark.model.CoProduction;
import org.waymark.model.Contact;
import org.waymark.model.ContactKind;
import org.waymark.model.CrisisPlan;
import org.waymark.model.FamilyInvolvement;
import org.waymark.model.Goal;
import org.waymark.model.GoalStatus;
import org.waymark.model.GoalStep;
import org.waymark.model.Intervention;
import org.waymark.model.InvolvementKind;
import org.waymark.model.Medication;
import org.waymark.model.PlanStatus;
import org.waymark.model.SafetyPlan;
import org.waymark.model.TeamMember;
import org.waymark.model.TreatmentAim;
import org.waymark.pdf.Paper;
import org.waymark.pdf.internal.layout.Block;
import org.waymark.pdf.internal.layout.Checkbox;
import org.waymark.pdf.internal.layout.KeepTogether;
import org.waymark.pdf.internal.layout.LayoutDocument;
import org.waymark.pdf.internal.layout.Paragraph;
import org.waymark.pdf.internal.layout.Span;
import org.waymark.pdf.internal.layout.TypeSizes;

/**
 * Lays out the plan for the person: the same plan in plain words, in the second person, in
 * larger type. It leaves out what is written for clinicians (the formulation, the needs table,
 * instrument observations, treatment decisions, the history) and keeps what the person uses:
 * aims, goals and steps, what they and their team will do, the safety plan, who to call and
 * when, who knows about the plan and the next review.
 */
public final class PersonPlanLayout {

    private final CarePlan plan;
    private final Wording w;
    private final Doc d;

    private PersonPlanLayout(CarePlan plan, Paper paper) {
        this.plan = plan;
        this.w = Wording.forLocale(plan.person().locale());
        String origin = Common.originShort(plan, w);
        String header = w.text("p.title");
        LayoutDocument.Builder b = LayoutDocument.builder(w.text("p.title"), Common.documentLocale(plan, w))
                .runningHeader(origin == null ? header : header + " \u00b7 " + origin)
                .footerNotice(w.text("p.footer"))
                .pageLabel(w.text("footer.page"))
                .typeSizes(sizes(paper))
                .outline(2);
        this.d = new Doc(b, w);
    }

    /** Large type: 13.5 pt body on A4 and Letter. */
    private static TypeSizes sizes(Paper paper) {
        return switch (paper) {
            case A4, LETTER -> new TypeSizes(13.5f, 10f, 24f, 18f, 15f);
            case A5 -> new TypeSizes(12f, 9f, 20f, 16f, 13.5f);
            case A6 -> new TypeSizes(11f, 9f, 16f, 13.5f, 12f);
        };
    }

    /**
     * Lays out a plan for the person.
     *
     * @param plan  the plan, not null
     * @param paper  the paper, which sets the type sizes, not null
     * @return the document, not null
     */
    public static LayoutDocument layout(CarePlan plan, Paper paper) {
        PersonPlanLayout l = new PersonPlanLayout(plan, paper);
        l.intro();
        l.aims();
        l.goals();
        l.youWillDo();
        l.teamWillDo();
        l.safetyPlan();
        l.crisis();
        l.sharing();
        l.review();
        return l.d.build();
    }

    private String personOwner() {
        return plan.person().id();
    }

    private boolean isPersons(String ownerId) {
        return ownerId == null || ownerId.equals(personOwner());
    }

    private void empty() {
        d.notRecorded("p.empty");
    }

    private void intro() {
        d.heading(1, w.text("p.title"), "title");
        String notice = Common.originNotice(plan, w);
        if (notice != null) {
            d.callout(notice, false);
        }
        String name = plan.person().preferredName();
        d.para(name == null ? w.text("p.intro") : w.format("p.intro.named", name));
        d.para(w.format("p.started", w.date(plan.startDate())));
        if (plan.status() == PlanStatus.DRAFT) {
            d.para(Span.italic(w.text("p.draft")));
        }
    }

    private void aims() {
        d.heading(2, w.text("p.aims"), "aims");
        List<String> aims = new ArrayList<>();
        for (TreatmentAim a : plan.aims()) {
            aims.add(a.detail() != null ? a.detail() : w.label("p.aim", a.kind()));
        }
        if (aims.isEmpty()) {
            empty();
        } else {
            d.bullets(aims);
        }
    }

    private void goals() {
        d.heading(2, w.text("p.goals"), "goals");
        List<Goal> longTerm = plan.longTermGoals();
        List<Goal> shortTerm = plan.shortTermGoals();
        if (longTerm.isEmpty() && shortTerm.isEmpty()) {
            empty();
            return;
        }
        d.heading(3, w.text("p.goals.longTerm"), "goals.long-term");
        if (longTerm.isEmpty()) {
            empty();
        } else {
            List<Paragraph> items = new ArrayList<>();
            for (Goal g : longTerm) {
                items.add(goalLine(g));
            }
            d.bulletParagraphs(items);
        }
        d.heading(3, w.text("p.goals.now"), "goals.short-term");
        if (shortTerm.isEmpty()) {
            empty();
            return;
        }
        for (Goal g : shortTerm) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(boldGoal(g));
            List<String> lines = new ArrayList<>();
            if (g.measure() != null) {
                lines.add(w.format("p.goal.measure", g.measure()));
            }
            if (g.baseline() != null) {
                lines.add(w.format("p.goal.from", g.baseline()));
            }
            if (g.target() != null) {
                lines.add(w.format("p.goal.to", g.target()));
            }
            if (g.dueDate() != null) {
                lines.add(w.format("p.goal.by", w.date(g.dueDate())));
            }
            if (!lines.isEmpty()) {
                blocks.add(Paragraph.of(String.join("\n", lines)));
            }
            d.add(new KeepTogether(blocks));
        }
    }

    private Paragraph boldGoal(Goal g) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.bold(g.statement()));
        if (g.status() != GoalStatus.ACTIVE) {
            spans.add(Span.italic(" " + w.label("p.goalStatus", g.status())));
        }
        return new Paragraph(spans);
    }

    private Paragraph goalLine(Goal g) {
        if (g.status() == GoalStatus.ACTIVE) {
            return Paragraph.of(g.statement());
        }
        return Paragraph.of(Span.of(g.statement() + " "), Span.italic(w.label("p.goalStatus", g.status())));
    }

    private void youWillDo() {
        d.heading(2, w.text("p.doing"), "you");
        List<Checkbox> steps = new ArrayList<>();
        for (Goal g : plan.shortTermGoals()) {
            for (GoalStep s : g.steps()) {
                if (isPersons(s.ownerId())) {
                    steps.add(new Checkbox(Paragraph.of(s.description()), s.done()));
                }
            }
        }
        List<String> agreed = plan.careTeam().personResponsibilities();
        if (steps.isEmpty() && agreed.isEmpty()) {
            empty();
            return;
        }
        if (!steps.isEmpty()) {
            d.heading(3, w.text("p.doing.steps"), "you.steps");
            steps.forEach(d::add);
        }
        if (!agreed.isEmpty()) {
            d.heading(3, w.text("p.doing.agreed"), "you.agreed");
            d.bullets(agreed);
        }
    }

    private void teamWillDo() {
        d.heading(2, w.text("p.team"), "team");
        List<Checkbox> steps = new ArrayList<>();
        for (Goal g : plan.shortTermGoals()) {
            for (GoalStep s : g.steps()) {
                if (!isPersons(s.ownerId())) {
                    String who = plan.careTeam().member(s.ownerId()).map(TeamMember::name).orElse(null);
                    steps.add(new Checkbox(who == null ? Paragraph.of(s.description())
                            : Paragraph.of(Span.of(s.description() + " "), Span.italic("(" + who + ")")), s.done()));
                }
            }
        }
        if (!steps.isEmpty()) {
            d.heading(3, w.text("p.team.steps"), "team.steps");
            steps.forEach(d::add);
        }
        if (!plan.interventions().isEmpty()) {
            d.heading(3, w.text("p.team.support"), "team.support");
            List<String> items = new ArrayList<>();
            for (Intervention i : plan.interventions()) {
                items.add(intervention(i));
            }
            d.bullets(items);
        }
        if (!plan.medications().isEmpty()) {
            d.heading(3, w.text("p.medicines"), "team.medicines");
            List<String> items = new ArrayList<>();
            for (Medication m : plan.medications()) {
                items.add(m.indication() == null ? m.name() : w.format("p.medicine", m.name(), m.indication()));
            }
            d.bullets(items);
        }
        d.heading(3, w.text("p.team.people"), "team.people");
        if (plan.careTeam().members().isEmpty()) {
            empty();
            return;
        }
        var t = Doc.table(col(w.text("p.team.who"), 2.2f), col(w.text("p.team.what"), 3f),
                col(w.text("p.team.reach"), 2f));
        for (TeamMember m : plan.careTeam().members()) {
            List<Span> who = new ArrayList<>();
            who.add(Span.bold(m.name()));
            if (m.role() != null) {
                who.add(Span.of("\n" + m.role()));
            }
            if (m.id().equals(plan.careTeam().coordinatorId())) {
                who.add(Span.italic("\n" + w.text("p.team.coordinator")));
            }
            Paragraph notYet = Paragraph.of(Span.italic(w.text("p.notYet")));
            Paragraph what = m.responsibilities().isEmpty() ? notYet
                    : Paragraph.of("\u2022 " + String.join("\n\u2022 ", m.responsibilities()));
            Paragraph ask = plan.careTeam().coordinator().isPresent() && !m.id().equals(plan.careTeam().coordinatorId())
                    ? Paragraph.of(Span.italic(w.text("p.team.viaCoordinator"))) : notYet;
            Paragraph reach = m.contactId() == null ? ask
                    : plan.contact(m.contactId()).map(c -> Common.reachParagraph(c, w)).orElse(ask);
            t.row(new Paragraph(who), what, reach);
        }
        d.add(t.build());
    }

    private String intervention(Intervention i) {
        List<String> parts = new ArrayList<>();
        if (i.plannedSessions() != null) {
            parts.add(w.format("p.sessions", i.plannedSessions()));
        }
        if (i.frequency() != null) {
            parts.add(i.frequency().toLowerCase(w.language()));
        }
        plan.careTeam().member(i.providerId() == null ? "" : i.providerId())
                .ifPresent(m -> parts.add(w.format("p.with", m.name())));
        String label = w.label("p.modality", i.modality());
        return parts.isEmpty() ? label : label + ": " + String.join(", ", parts);
    }

    private void safetyPlan() {
        d.heading(2, w.text("p.safety"), "safety-plan");
        SafetyPlan sp = plan.safetyPlan();
        if (sp == null) {
            empty();
            return;
        }
        d.para(w.text("p.safety.intro"));
        section(w.text("p.safety.step1"), "safety-plan.warning-signs", paragraphs(sp.warningSigns()));
        section(w.text("p.safety.step2"), "safety-plan.coping", paragraphs(sp.copingStrategies()));
        List<Paragraph> step3 = paragraphs(sp.distractions());
        Common.contacts(plan, sp.distractionContactIds()).forEach(c -> step3.add(contactLine(c)));
        section(w.text("p.safety.step3"), "safety-plan.distractions", step3);
        section(w.text("p.safety.step4"), "safety-plan.help",
                Common.contacts(plan, sp.helpContactIds()).stream().map(this::contactLine).toList());
        section(w.text("p.safety.step5"), "safety-plan.professionals",
                Common.contacts(plan, sp.professionalContactIds()).stream().map(this::contactLine).toList());
        List<Paragraph> means = new ArrayList<>();
        sp.meansSafety().forEach(m -> means.add(Paragraph.of(m.action())));
        if (means.isEmpty() && sp.meansNotNeededReason() != null) {
            means.add(Paragraph.of(sp.meansNotNeededReason()));
        }
        section(w.text("p.safety.step6"), "safety-plan.means", means);
        d.heading(3, w.text("p.safety.reasons"), "safety-plan.reasons");
        if (sp.reasonsForLiving().isEmpty() && sp.reasonsForLivingDeclined()) {
            d.para(w.text("p.safety.reasonsDeclined"));
        } else if (sp.reasonsForLiving().isEmpty()) {
            empty();
        } else {
            d.bullets(sp.reasonsForLiving());
        }
        CoProduction cp = sp.coProduction();
        if (cp != null && !cp.copiesKept().isEmpty()) {
            d.para(Span.bold(w.text("p.safety.copies") + " "), Span.of(String.join("; ", cp.copiesKept())));
        }
    }

    private List<Paragraph> paragraphs(List<String> texts) {
        List<Paragraph> list = new ArrayList<>();
        texts.forEach(t -> list.add(Paragraph.of(t)));
        return list;
    }

    private void section(String heading, String id, List<Paragraph> items) {
        d.heading(3, heading, id);
        if (items.isEmpty()) {
            empty();
        } else {
            d.bulletParagraphs(items);
        }
    }

    private Paragraph contactLine(Contact c) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(Common.nameWithRelationship(c) + ": "));
        for (Span s : Common.reach(c, w)) {
            spans.add(s.text().equals("\n") ? Span.of(", ") : s);
        }
        String hours = Common.hours(c, w);
        if (hours != null) {
            spans.add(Span.of(" (" + hours + ")"));
        }
        return new Paragraph(spans);
    }

    private void crisis() {
        d.heading(2, w.text("p.crisis"), "crisis");
        d.callout(Common.emergencyNumber(plan, w).map(n -> Common.messageWithNumber(w, "p.emergency", n))
                .orElse(List.of(Span.bold(w.text("p.emergency.unknown")))), true);
        CrisisPlan cp = plan.riskManagementPlan() == null ? null : plan.riskManagementPlan().crisisPlan();
        if (cp == null) {
            empty();
            return;
        }
        if (!cp.selfManagement().isEmpty()) {
            d.heading(3, w.text("p.crisis.first"), "crisis.first");
            d.bullets(cp.selfManagement());
        }
        if (cp.whenToGetHelp() != null) {
            d.heading(3, w.text("p.crisis.when"), "crisis.when");
            d.para(cp.whenToGetHelp());
        }
        Set<Contact> contacts = new LinkedHashSet<>(Common.contacts(plan, cp.contactIds()));
        contacts.removeIf(c -> c.kind() == ContactKind.EMERGENCY);
        d.heading(3, w.text("p.crisis.who"), "crisis.who");
        if (contacts.isEmpty()) {
            empty();
            return;
        }
        var t = Doc.table(col(w.text("p.team.who"), 2.4f), col(w.text("p.crisis.number"), 2f),
                col(w.text("p.crisis.whenOpen"), 2f));
        for (Contact c : contacts) {
            String hours = Common.hours(c, w);
            t.row(Paragraph.of(Common.nameWithRelationship(c)), Common.reachParagraph(c, w),
                    Paragraph.of(hours == null ? "" : hours));
        }
        d.add(t.build());
    }

    private void sharing() {
        d.heading(2, w.text("p.sharing"), "sharing");
        var s = plan.sharing();
        List<String> lines = new ArrayList<>();
        if (s.gp() != null && s.gp().sharedOn() != null) {
            lines.add(w.format("p.sharing.gp", w.date(s.gp().sharedOn())));
        }
        for (FamilyInvolvement f : s.family()) {
            String who = plan.contact(f.contactId()).map(Contact::name).orElse(null);
            if (who == null) {
                continue;
            }
            if (f.consent() != null && f.consent().given()) {
                lines.add(w.format(f.kind() == InvolvementKind.INVOLVED_IN_CARE ? "p.sharing.involved" : "p.sharing.informed",
                        who, w.date(f.consent().recordedOn())));
            } else if (f.exceptionReason() != null) {
                lines.add(w.format("p.sharing.exception", who));
            }
        }
        if (s.confidentialityExplainedOn() != null) {
            lines.add(w.format("p.sharing.confidentiality", w.date(s.confidentialityExplainedOn())));
        }
        if (lines.isEmpty()) {
            empty();
        } else {
            d.bullets(lines);
        }
        d.para(w.text("p.sharing.ask"));
    }

    private void review() {
        d.heading(2, w.text("p.review"), "review");
        var next = plan.review().nextReviewDate();
        if (next == null) {
            d.para(w.text("p.review.none"));
        } else {
            d.para(Span.of(w.text("p.review.next") + " "), Span.bold(w.date(next) + "."));
        }
        d.para(w.text("p.review.early"));
    }
}
