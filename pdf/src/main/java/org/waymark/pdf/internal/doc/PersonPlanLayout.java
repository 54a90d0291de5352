package org.waymark.pdf.internal.doc;

import static org.waymark.pdf.internal.doc.Doc.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.waymark.model.CarePlan;
import org.waymark.model.CoProduction;
import org.waymark.model.Contact;
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
import org.waymark.pdf.internal.layout.Block;
import org.waymark.pdf.internal.layout.Checkbox;
import org.waymark.pdf.internal.layout.KeepTogether;
import org.waymark.pdf.internal.layout.LayoutDocument;
import org.waymark.pdf.internal.layout.PageSize;
import org.waymark.pdf.internal.layout.Paragraph;
import org.waymark.pdf.internal.layout.RenderSettings;
import org.waymark.pdf.internal.layout.Span;
import org.waymark.pdf.internal.layout.TypeSizes;
import org.waymark.pdf.internal.layout.WriteIn;
import org.waymark.templates.content.CrisisResource;

/**
 * Lays out the plan for the person: the same plan in plain words, in the second person, in
 * larger type. It leaves out what is written for clinicians (the formulation, the needs table,
 * instrument observations, treatment decisions, the history) and keeps what the person uses:
 * aims, goals and steps, what they and their team will do, the safety plan, who to call and
 * when, who knows about the plan and the next review.
 * <p>
 * Every route to help in a crisis that the plan records is printed under "Who to call and when",
 * with the locale's emergency number; when the plan records no crisis line, the locale's national
 * lines are printed, labelled as such (unless the host turns them off). A part of the safety plan
 * with nothing in it gets lines to write on by hand rather than a line that looks finished. No
 * fixed sentence states what the plan does not record. The person's own words are used where the
 * plan holds them; clinicians' text that speaks of the person in the third person is left out.
 */
public final class PersonPlanLayout {

    /** Clinicians' text about the person: a third-person pronoun. */
    private static final Pattern THIRD_PERSON = Pattern.compile(
            "\\b(she|he|her|his|him|hers|herself|himself|themself)\\b", Pattern.CASE_INSENSITIVE);

    private final CarePlan plan;
    private final DocumentWording w;
    private final Doc d;
    private final RenderSettings settings;
    private final Optional<String> emergency;

    private PersonPlanLayout(CarePlan plan, RenderSettings settings) {
        this.plan = plan;
        this.settings = settings;
        this.w = DocumentWording.forLocale(plan.person().locale());
        this.emergency = Common.emergencyNumber(plan, w);
        LayoutDocument.Builder b = LayoutDocument.builder(w.text("p.title"), w.language())
                .pageLabel(w.text("footer.page"))
                .typeSizes(sizes(settings.pageSize()))
                .outline(2);
        Common.furniture(b, plan, w, settings, w.text("p.title"), w.text("p.footer"));
        this.d = new Doc(b, w);
    }

    /** Large type: 13.5 pt body on A4 and Letter. */
    private static TypeSizes sizes(PageSize paper) {
        return switch (paper) {
            case A4, LETTER -> new TypeSizes(13.5f, 10f, 24f, 18f, 15f);
            case A5 -> new TypeSizes(12f, 9f, 20f, 16f, 13.5f);
            case A6 -> new TypeSizes(12f, 9f, 16f, 14f, 12.5f);
        };
    }

    /**
     * Lays out a plan for the person.
     *
     * @param plan  the plan, not null
     * @param settings  the settings: page size (which sets the type sizes), national crisis lines,
     *        service name, logo and print date, not null
     * @return the document, not null
     */
    public static LayoutDocument layout(CarePlan plan, RenderSettings settings) {
        PersonPlanLayout l = new PersonPlanLayout(plan, settings);
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

    /**
     * Tells whether clinicians' text speaks of the person in the third person ("on which Zoë used
     * a skill when she had an urge"), which the plan for the person leaves out.
     */
    private boolean isAboutThePerson(String text) {
        String name = plan.person().preferredName();
        if (name != null && Pattern.compile("(?<!\\p{L})" + Pattern.quote(name) + "(?!\\p{L})").matcher(text).find()) {
            return true;
        }
        return THIRD_PERSON.matcher(text).find();
    }

    /** Lines to write on by hand, after a line that says what to write. */
    private void writeIn(String captionKey, int lines) {
        d.para(Span.italic(w.text(captionKey)));
        d.add(new WriteIn(lines));
    }

    private void emergencyCallout() {
        d.callout(emergency.map(n -> Common.messageWithNumber(w, "p.emergency", n))
                .orElse(List.of(Span.bold(w.text("p.emergency.unknown")))), true);
    }

    private void intro() {
        Common.head(settings, Common.LOGO_HEIGHT).forEach(d::add);
        d.heading(1, w.text("p.title"), "title");
        String notice = Common.originNotice(plan, w);
        if (notice != null) {
            d.callout(notice, false);
        }
        if (plan.status() == PlanStatus.DRAFT) {
            d.callout(w.text("p.draft"), false);
        }
        String name = plan.person().preferredName();
        List<String> lines = new ArrayList<>();
        if (name != null) {
            lines.add(w.format("p.intro.named", name));
        }
        if (plan.aimsAgreement() != null) {
            lines.add(w.format("p.intro.agreed", w.date(plan.aimsAgreement().on())));
        }
        lines.add(w.format("p.started", w.date(plan.startDate())));
        d.para(String.join(" ", lines));
        emergencyCallout();
    }

    private void aims() {
        List<String> aims = new ArrayList<>();
        for (TreatmentAim a : plan.aims()) {
            aims.add(a.detail() != null && !isAboutThePerson(a.detail()) ? a.detail() : w.label("p.aim", a.kind()));
        }
        if (aims.isEmpty()) {
            // Aims are agreed with the team; a blank here would only mislead.
            return;
        }
        d.heading(2, w.text("p.aims"), "aims");
        d.bullets(aims);
    }

    private String statement(Goal g) {
        return g.inOwnWords() != null ? g.inOwnWords() : g.statement();
    }

    private void goals() {
        d.heading(2, w.text("p.goals"), "goals");
        List<Goal> longTerm = plan.longTermGoals();
        List<Goal> shortTerm = plan.shortTermGoals();
        if (longTerm.isEmpty() && shortTerm.isEmpty()) {
            writeIn("p.goals.writeIn", 3);
            return;
        }
        if (!longTerm.isEmpty()) {
            d.heading(3, w.text("p.goals.longTerm"), "goals.long-term");
            List<Paragraph> items = new ArrayList<>();
            for (Goal g : longTerm) {
                items.add(goalLine(g));
            }
            d.bulletParagraphs(items);
        }
        if (shortTerm.isEmpty()) {
            return;
        }
        d.heading(3, w.text("p.goals.now"), "goals.short-term");
        for (Goal g : shortTerm) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(boldGoal(g));
            List<String> lines = new ArrayList<>();
            String measure = g.measureInOwnWords() != null ? g.measureInOwnWords()
                    : g.measure() != null && !isAboutThePerson(g.measure()) ? g.measure() : null;
            if (measure != null) {
                lines.add(w.format("p.goal.measure", measure));
            }
            if (g.baseline() != null && !isAboutThePerson(g.baseline())) {
                lines.add(w.format("p.goal.from", g.baseline()));
            }
            if (g.target() != null && !isAboutThePerson(g.target())) {
                lines.add(w.format("p.goal.to", g.target()));
            }
            if (g.dueDate() != null) {
                lines.add(w.format("p.goal.by", w.date(g.dueDate())));
            }
            for (String line : lines) {
                blocks.add(Paragraph.of(line));
            }
            d.add(new KeepTogether(blocks));
        }
    }

    private Paragraph boldGoal(Goal g) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.bold(statement(g)));
        if (g.status() != GoalStatus.ACTIVE) {
            spans.add(Span.italic(" " + w.label("p.goalStatus", g.status())));
        }
        return new Paragraph(spans);
    }

    private Paragraph goalLine(Goal g) {
        if (g.status() == GoalStatus.ACTIVE) {
            return Paragraph.of(statement(g));
        }
        return Paragraph.of(Span.of(statement(g) + " "), Span.italic(w.label("p.goalStatus", g.status())));
    }

    private String step(GoalStep s) {
        return s.inOwnWords() != null ? s.inOwnWords() : s.description();
    }

    private void youWillDo() {
        d.heading(2, w.text("p.doing"), "you");
        List<Checkbox> steps = new ArrayList<>();
        for (Goal g : plan.shortTermGoals()) {
            for (GoalStep s : g.steps()) {
                if (isPersons(s.ownerId())) {
                    steps.add(new Checkbox(Paragraph.of(step(s)), s.done()));
                }
            }
        }
        List<String> agreed = plan.careTeam().personResponsibilities();
        if (steps.isEmpty() && agreed.isEmpty()) {
            writeIn("p.doing.writeIn", 3);
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
                    if (s.inOwnWords() == null && isAboutThePerson(s.description())) {
                        continue;
                    }
                    String who = plan.careTeam().member(s.ownerId()).map(TeamMember::name).orElse(null);
                    steps.add(new Checkbox(who == null ? Paragraph.of(step(s))
                            : Paragraph.of(Span.of(step(s) + " "), Span.italic("(" + who + ")")), s.done()));
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
            d.para(w.text("p.team.none"));
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
        if (i.frequency() != null && !isAboutThePerson(i.frequency())) {
            parts.add(i.frequency().toLowerCase(w.language()));
        }
        plan.careTeam().member(i.providerId() == null ? "" : i.providerId())
                .ifPresent(m -> parts.add(w.format("p.with", m.name())));
        String label = w.label("p.modality", i.modality());
        return parts.isEmpty() ? label : label + ": " + String.join(", ", parts);
    }

    private void safetyPlan() {
        d.heading(2, w.text("p.safety"), "safety-plan");
        SafetyPlan sp = plan.safetyPlan() == null ? SafetyPlan.EMPTY : plan.safetyPlan();
        d.para(w.text(plan.safetyPlan() == null ? "p.safety.introEmpty" : "p.safety.intro"));
        section(w.text("safety.step1"), "safety-plan.warning-signs", paragraphs(sp.warningSigns()));
        section(w.text("safety.step2"), "safety-plan.coping", paragraphs(sp.copingStrategies()));
        List<Paragraph> step3 = paragraphs(sp.distractions());
        Common.contacts(plan, sp.distractionContactIds()).forEach(c -> step3.add(contactLine(c)));
        section(w.text("safety.step3"), "safety-plan.distractions", step3);
        section(w.text("safety.step4"), "safety-plan.help",
                Common.contacts(plan, sp.helpContactIds()).stream().map(this::contactLine).toList());
        // Step 5 always holds the emergency number and every crisis route the plan records.
        List<Paragraph> step5 = new ArrayList<>();
        step5.add(new Paragraph(emergency.map(n -> Common.messageWithNumber(w, "p.emergency.short", n))
                .orElse(List.of(Span.bold(w.text("p.emergency.unknown"))))));
        Common.routesBesidesEmergency(plan, emergency).forEach(c -> step5.add(contactLine(c)));
        if (!Common.recordsCrisisLine(Common.crisisRoutes(plan))) {
            List<CrisisResource> national = settings.nationalCrisisLines() ? Common.nationalCrisisLines(plan) : List.of();
            step5.add(Paragraph.of(Span.italic(w.text(national.isEmpty() ? "card.noLine" : "card.national"))));
            national.forEach(r -> step5.add(Common.nationalLine(r, w)));
        }
        d.heading(3, w.text("safety.step5"), "safety-plan.professionals");
        d.bulletParagraphs(step5);
        List<Paragraph> means = new ArrayList<>();
        sp.meansSafety().forEach(m -> means.add(Paragraph.of(m.action())));
        if (means.isEmpty() && sp.meansNotNeededReason() != null && !isAboutThePerson(sp.meansNotNeededReason())) {
            means.add(Paragraph.of(sp.meansNotNeededReason()));
        }
        section(w.text("safety.step6"), "safety-plan.means", means);
        d.heading(3, w.text("safety.reasons"), "safety-plan.reasons");
        if (sp.reasonsForLiving().isEmpty() && sp.reasonsForLivingDeclined()) {
            d.para(w.text("p.safety.reasonsDeclined"));
        } else if (sp.reasonsForLiving().isEmpty()) {
            writeIn("p.writeIn", 3);
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
            writeIn("p.writeIn", 3);
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
        emergencyCallout();
        CrisisPlan cp = plan.riskManagementPlan() == null ? null : plan.riskManagementPlan().crisisPlan();
        if (cp != null && !cp.selfManagement().isEmpty()) {
            d.heading(3, w.text("p.crisis.first"), "crisis.first");
            d.bullets(cp.selfManagement());
        }
        if (cp != null && cp.whenToGetHelp() != null && !isAboutThePerson(cp.whenToGetHelp())) {
            d.heading(3, w.text("p.crisis.when"), "crisis.when");
            d.para(cp.whenToGetHelp());
        }
        List<Contact> routes = Common.routesBesidesEmergency(plan, emergency);
        if (!routes.isEmpty()) {
            d.heading(3, w.text("p.crisis.who"), "crisis.who");
            var t = Doc.table(col(w.text("p.team.who"), 2.4f), col(w.text("p.crisis.number"), 2f),
                    col(w.text("p.crisis.whenOpen"), 2f));
            for (Contact c : routes) {
                String hours = Common.hours(c, w);
                t.row(Paragraph.of(Common.nameWithRelationship(c)), Common.reachParagraph(c, w),
                        Paragraph.of(hours == null ? "" : hours));
            }
            d.add(t.build());
        }
        if (!Common.recordsCrisisLine(Common.crisisRoutes(plan))) {
            List<CrisisResource> national = settings.nationalCrisisLines() ? Common.nationalCrisisLines(plan) : List.of();
            d.heading(3, w.text(national.isEmpty() ? "p.crisis.noLine" : "p.crisis.national"), "crisis.national");
            if (national.isEmpty()) {
                d.para(w.text("p.crisis.noLine.text"));
                writeIn("p.crisis.noLine.writeIn", 2);
            } else {
                d.para(w.text("p.crisis.national.text"));
                d.bulletParagraphs(national.stream().map(r -> Common.nationalLine(r, w)).toList());
            }
        }
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
            d.para(w.text("p.sharing.none"));
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
            d.para(w.text("p.review.early"));
        }
    }
}
