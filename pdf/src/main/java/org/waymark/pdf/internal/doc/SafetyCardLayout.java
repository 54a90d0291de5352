package org.waymark.pdf.internal.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.waymark.model.CarePlan;
import org.waymark.model.Contact;
import org.waymark.model.PlanStatus;
import org.waymark.model.SafetyPlan;
import org.waymark.pdf.internal.layout.Block;
import org.waymark.pdf.internal.layout.Callout;
import org.waymark.pdf.internal.layout.Heading;
import org.waymark.pdf.internal.layout.ItemList;
import org.waymark.pdf.internal.layout.LayoutDocument;
import org.waymark.pdf.internal.layout.PageBreak;
import org.waymark.pdf.internal.layout.PageSize;
import org.waymark.pdf.internal.layout.PageStyle;
import org.waymark.pdf.internal.layout.Paragraph;
import org.waymark.pdf.internal.layout.PdfRenderer;
import org.waymark.pdf.internal.layout.RenderSettings;
import org.waymark.pdf.internal.layout.Span;
import org.waymark.pdf.internal.layout.TypeSizes;
import org.waymark.pdf.internal.layout.WriteIn;
import org.waymark.templates.content.CrisisResource;

/**
 * Lays out the safety card, designed to be read in a bad moment: two sides, each on one page of
 * A6 or one half of a folded A4 sheet ({@link RenderSettings#foldedCard()}). The emergency number
 * comes first, in large bold type; then the safety plan's six steps and the reasons for living,
 * with the same numbers and names as in the care plan and the plan for the person. Body text is at
 * least 12 pt. There is no header, footer or page number; a draft, example or synthetic plan says so
 * on each side.
 * <p>
 * Step 5 holds the emergency number and every crisis route the plan records, never shortened;
 * when the plan records no crisis line, the national lines of the person's locale are printed,
 * labelled as such, unless the host turns them off. An empty step gets lines to write on by hand.
 * <p>
 * Everything is printed whole when it fits. When a side does not fit, the longest other list is
 * shortened one item at a time and ends with "…and 3 more in your full plan"; items are never cut.
 */
public final class SafetyCardLayout {

    private static final TypeSizes A6_SIZES = new TypeSizes(12f, 9f, 15f, 13f, 12f);
    private static final TypeSizes FOLD_SIZES = new TypeSizes(13f, 10f, 16f, 14.5f, 13f);

    private final CarePlan plan;
    private final DocumentWording w;
    private final RenderSettings settings;
    private final Optional<String> emergency;

    private SafetyCardLayout(CarePlan plan, RenderSettings settings) {
        this.plan = plan;
        this.settings = settings;
        this.w = DocumentWording.forLocale(plan.person().locale());
        this.emergency = Common.emergencyNumber(plan, w);
    }

    /**
     * Returns settings on the card's page size, whatever page size they name: A4 for a folded
     * card, otherwise A6.
     *
     * @param settings  the caller's settings, not null
     * @return the settings to lay out and print the card with, not null
     */
    public static RenderSettings onCard(RenderSettings settings) {
        return settings.withPageSize(settings.foldedCard() ? PageSize.A4 : PageSize.A6);
    }

    /**
     * Lays out the card, fitting each side to one page or panel.
     *
     * @param plan  the plan, not null
     * @param settings  the settings, on the card's page size ({@link #onCard(RenderSettings)}), not null
     * @return the document, not null
     */
    public static LayoutDocument layout(CarePlan plan, RenderSettings settings) {
        return new SafetyCardLayout(plan, settings).build();
    }

    /** A list on the card: its heading, items and how many are shown. */
    private static final class Section {
        final String heading;
        final String id;
        final List<Paragraph> items;
        final boolean shortens;
        int shown;
        /** Lines to write on by hand when the list is empty. */
        int writeIn = 2;

        Section(String heading, String id, List<Paragraph> items, boolean shortens) {
            this.heading = heading;
            this.id = id;
            this.items = items;
            this.shortens = shortens;
            this.shown = items.size();
        }
    }

    private LayoutDocument build() {
        SafetyPlan sp = plan.safetyPlan() == null ? SafetyPlan.EMPTY : plan.safetyPlan();
        List<Section> front = new ArrayList<>();
        front.add(new Section(w.text("safety.step1"), "card.warning-signs", texts(sp.warningSigns()), true));
        front.add(new Section(w.text("safety.step2"), "card.coping", texts(sp.copingStrategies()), true));
        List<Paragraph> distract = texts(sp.distractions());
        Common.contacts(plan, sp.distractionContactIds()).forEach(c -> distract.add(contact(c, true)));
        front.add(new Section(w.text("safety.step3"), "card.distractions", distract, true));
        front.add(new Section(w.text("safety.step4"), "card.help",
                Common.contacts(plan, sp.helpContactIds()).stream().map(c -> contact(c, true)).toList(), true));

        List<Section> back = new ArrayList<>();
        back.add(services(true));
        List<Paragraph> means = texts(sp.meansSafety().stream().map(m -> m.action()).toList());
        back.add(new Section(w.text("safety.step6"), "card.means", means, true));
        back.add(new Section(w.text("safety.reasons"), "card.reasons", texts(sp.reasonsForLiving()), true));

        fit(front, 1, this::frontBlocks);
        // The back is measured after the fitted front, so that its headings follow the title.
        Function<List<Section>, List<Block>> card = b -> {
            List<Block> blocks = new ArrayList<>(frontBlocks(front));
            blocks.add(new PageBreak());
            blocks.addAll(backBlocks(b));
            return blocks;
        };
        if (!fit(back, 2, card)) {
            // The routes to help are never left out; with only their names and numbers they take less room.
            for (Section s : back) {
                s.shown = s.items.size();
                s.writeIn = 2;
            }
            back.set(0, services(false));
            fit(back, 2, card);
        }
        return document(card.apply(back));
    }

    /** Step 5: the emergency number and every crisis route, then national lines when none is recorded. */
    private Section services(boolean whole) {
        List<Paragraph> items = new ArrayList<>();
        for (Contact c : Common.routesBesidesEmergency(plan, emergency)) {
            items.add(whole ? contact(c, true) : compact(c));
        }
        if (!Common.recordsCrisisLine(Common.crisisRoutes(plan))) {
            List<CrisisResource> national = settings.nationalCrisisLines() ? Common.nationalCrisisLines(plan) : List.of();
            items.add(Paragraph.of(Span.italic(w.text(national.isEmpty() ? "card.noLine" : "card.national"))));
            for (CrisisResource r : national) {
                items.add(whole ? Common.nationalLine(r, w) : new Paragraph(compactNational(r)));
            }
        }
        return new Section(w.text("safety.step5"), "card.services", items, false);
    }

    private LayoutDocument document(List<Block> blocks) {
        boolean fold = settings.foldedCard();
        LayoutDocument.Builder b = LayoutDocument.builder(w.text("card.title"), w.language())
                .pageLabel(w.text("footer.page"))
                .pageStyle(fold ? PageStyle.FOLDED_CARD : PageStyle.CARD)
                .typeSizes(fold ? FOLD_SIZES : A6_SIZES);
        if (plan.status() == PlanStatus.DRAFT) {
            b.watermark(w.text("draft.mark"));
        }
        blocks.forEach(b::add);
        return b.build();
    }

    /**
     * Shortens the longest list that may be shortened, one item at a time, until the side fits.
     *
     * @return whether the side fits
     */
    private boolean fit(List<Section> sections, int pages, Function<List<Section>, List<Block>> side) {
        while (PdfRenderer.pageCount(document(side.apply(sections)), settings) > pages) {
            Section longest = null;
            for (Section s : sections) {
                if (s.shortens && s.shown > 0 && (longest == null || s.shown >= longest.shown)) {
                    longest = s;
                }
            }
            if (longest != null) {
                longest.shown--;
                continue;
            }
            // Write-in lines go evenly, from the bottom up, so that no empty step is left with none
            // while another keeps two.
            Section blank = null;
            for (Section s : sections) {
                if (s.items.isEmpty() && s.writeIn > 0 && (blank == null || s.writeIn >= blank.writeIn)) {
                    blank = s;
                }
            }
            if (blank == null) {
                return false;
            }
            blank.writeIn--;
        }
        fill(sections, pages, side);
        return true;
    }

    /**
     * Gives back items while the side still fits. Taking one item at a time from the longest list
     * can leave room: a one-line item replaced by its "…and 1 more" line saves nothing, and a list
     * shortened early may have room again once another is shorter. So each shortened list gets
     * its next item back, round after round, until no list can take one more.
     */
    private void fill(List<Section> sections, int pages, Function<List<Section>, List<Block>> side) {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Section s : sections) {
                if (s.shown < s.items.size()) {
                    s.shown++;
                    if (PdfRenderer.pageCount(document(side.apply(sections)), settings) > pages) {
                        s.shown--;
                    } else {
                        grew = true;
                    }
                }
            }
        }
    }

    /** What every side says first: that a plan is a draft, an example or synthetic. */
    private void notices(List<Block> blocks) {
        String origin = Common.originShort(plan, w);
        List<String> notes = new ArrayList<>(2);
        if (plan.status() == PlanStatus.DRAFT) {
            notes.add(w.text("card.draft"));
        }
        if (origin != null) {
            notes.add(origin + ".");
        }
        if (!notes.isEmpty()) {
            blocks.add(Paragraph.of(Span.italic(String.join(" ", notes))));
        }
    }

    private List<Block> frontBlocks(List<Section> sections) {
        List<Block> blocks = new ArrayList<>();
        blocks.addAll(Common.head(settings, Common.CARD_LOGO_HEIGHT));
        blocks.add(new Heading(1, w.text("card.heading"), "card.title"));
        notices(blocks);
        blocks.add(new Callout(new Paragraph(emergencyLine()), true));
        sections.forEach(s -> addSection(blocks, s));
        return blocks;
    }

    private List<Span> emergencyLine() {
        return emergency.map(n -> Common.messageWithNumber(w, "card.emergency", n))
                .orElse(List.of(Span.bold(w.text("card.emergency.unknown"))));
    }

    private List<Block> backBlocks(List<Section> sections) {
        List<Block> blocks = new ArrayList<>();
        notices(blocks);
        for (Section s : sections) {
            if (s.id.equals("card.services")) {
                // The emergency number is the first of the routes; the front sets it large.
                blocks.add(new Heading(2, s.heading, s.id));
                List<Paragraph> items = new ArrayList<>();
                items.add(new Paragraph(emergency.map(n -> Common.messageWithNumber(w, "p.emergency.short", n))
                        .orElse(List.of(Span.bold(w.text("card.emergency.unknown"))))));
                items.addAll(s.items);
                blocks.add(new ItemList(ItemList.Kind.BULLET, items));
            } else {
                addSection(blocks, s);
            }
        }
        blocks.add(Paragraph.of(Span.italic(Common.printed(w, settings))));
        return blocks;
    }

    private void addSection(List<Block> blocks, Section s) {
        blocks.add(new Heading(2, s.heading, s.id));
        if (s.items.isEmpty()) {
            // The heading says what to write; the lines are left for the person's own hand (on a
            // crowded side, the space under the heading).
            if (s.writeIn > 0) {
                blocks.add(new WriteIn(s.writeIn));
            }
            return;
        }
        List<Paragraph> items = new ArrayList<>(s.items.subList(0, s.shown));
        int hidden = s.items.size() - s.shown;
        if (hidden > 0) {
            String more = s.shown == 0 ? w.format("card.all", hidden) : w.format("card.more", hidden);
            if (items.isEmpty()) {
                blocks.add(Paragraph.of(Span.italic(more)));
                return;
            }
            items.add(Paragraph.of(Span.italic(more)));
        }
        blocks.add(new ItemList(ItemList.Kind.BULLET, items));
    }

    private List<Paragraph> texts(List<String> texts) {
        List<Paragraph> list = new ArrayList<>();
        texts.forEach(t -> list.add(Paragraph.of(t)));
        return list;
    }

    /** The least a route to help can take: its name, shortened with a mark if long, and its numbers. */
    private Paragraph compact(Contact c) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(Common.shorten(Common.nameWithRelationship(c), COMPACT_NAME) + ": "));
        boolean number = false;
        if (c.phone() != null) {
            spans.add(Span.of(w.text("contact.call") + " "));
            spans.add(Span.whole(c.phone(), org.waymark.pdf.internal.layout.TextStyle.BOLD));
            number = true;
        }
        if (c.sms() != null) {
            spans.add(Span.of((number ? ", " : "") + (c.smsKeyword() != null
                    ? w.format("contact.textKeyword", c.smsKeyword()) : w.text("contact.text")) + " "));
            spans.add(Span.whole(c.sms(), org.waymark.pdf.internal.layout.TextStyle.BOLD));
            number = true;
        }
        if (!number) {
            spans.add(Span.italic(c.address() != null ? w.text("card.addressInPlan") : w.text("contact.noNumber")));
        }
        return new Paragraph(spans);
    }

    private List<Span> compactNational(CrisisResource r) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(r.name() + ": "));
        spans.addAll(Common.nationalReach(r, w));
        return spans;
    }

    /** The longest name of a route to help on a crowded card, in characters, before "…". */
    private static final int COMPACT_NAME = 40;

    /** "Name: call 0100 000 000 (hours)", the number in bold and kept whole. */
    private Paragraph contact(Contact c, boolean withHours) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(Common.nameWithRelationship(c) + ": "));
        for (Span s : Common.reach(c, w)) {
            spans.add(s.text().equals("\n") ? Span.of(", ") : s);
        }
        String hours = withHours ? Common.hours(c, w) : null;
        if (hours != null) {
            spans.add(Span.of(" (" + hours + ")"));
        }
        return new Paragraph(spans);
    }
}
