package org.waymark.pdf.internal.doc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.waymark.model.CarePlan;
import org.waymark.model.Contact;
import org.waymark.model.ContactKind;
import org.waymark.model.SafetyPlan;
import org.waymark.pdf.Paper;
import org.waymark.pdf.PdfOptions;
import org.waymark.pdf.internal.layout.Block;
import org.waymark.pdf.internal.layout.Callout;
import org.waymark.pdf.internal.layout.Heading;
import org.waymark.pdf.internal.layout.ItemList;
import org.waymark.pdf.internal.layout.LayoutDocument;
import org.waymark.pdf.internal.layout.PageBreak;
import org.waymark.pdf.internal.layout.Paragraph;
import org.waymark.pdf.internal.layout.PdfRenderer;
import org.waymark.pdf.internal.layout.Span;
import org.waymark.pdf.internal.layout.TypeSizes;

/**
 * Lays out the pocket safety card: two A6 pages. The front holds the warning signs, what the
 * person can do on their own and the people who help; the back holds the emergency number,
 * services and crisis lines, and the reasons for living. Text is never below 9 pt.
 * <p>
 * Each side must fit on one page. When it does not, the longest lists are shortened one item at
 * a time, and each shortened list ends with "…and 3 more in your full plan"; a very long item
 * is cut at a word with an ellipsis. Content is never shrunk below the legible size and never
 * runs onto a third page.
 */
public final class SafetyCardLayout {

    /** The longest item printed whole on the card, in characters. */
    static final int MAX_ITEM = 90;

    private static final TypeSizes SIZES = new TypeSizes(9.5f, 9f, 13f, 10.5f, 10f);

    private final CarePlan plan;
    private final Wording w;

    private SafetyCardLayout(CarePlan plan) {
        this.plan = plan;
        this.w = Wording.forLocale(plan.person().locale());
    }

    /**
     * Lays out the card, fitting each side to one A6 page.
     *
     * @param plan  the plan, not null
     * @param options  the caller's options; the paper is replaced by A6, not null
     * @return the document, not null
     */
    public static LayoutDocument layout(CarePlan plan, PdfOptions options) {
        return new SafetyCardLayout(plan).build(options.withPaper(Paper.A6));
    }

    /** A list on the card: its heading, items and how many are shown. */
    private static final class Section {
        final String heading;
        final String id;
        final List<Paragraph> items;
        final boolean bullets;
        int shown;

        Section(String heading, String id, List<Paragraph> items, boolean bullets) {
            this.heading = heading;
            this.id = id;
            this.items = items;
            this.bullets = bullets;
            this.shown = items.size();
        }
    }

    private LayoutDocument build(PdfOptions a6) {
        SafetyPlan sp = plan.safetyPlan() == null ? SafetyPlan.EMPTY : plan.safetyPlan();
        List<Section> front = new ArrayList<>();
        front.add(new Section(w.text("card.warningSigns"), "card.warning-signs", texts(sp.warningSigns()), true));
        front.add(new Section(w.text("card.coping"), "card.coping", texts(sp.copingStrategies()), true));
        List<Paragraph> distract = texts(sp.distractions());
        Common.contacts(plan, sp.distractionContactIds()).forEach(c -> distract.add(contact(c)));
        front.add(new Section(w.text("card.distractions"), "card.distractions", distract, true));
        front.add(new Section(w.text("card.help"), "card.help",
                Common.contacts(plan, sp.helpContactIds()).stream().map(this::contact).toList(), true));

        Set<Contact> services = new LinkedHashSet<>(Common.contacts(plan, sp.professionalContactIds()));
        if (plan.riskManagementPlan() != null && plan.riskManagementPlan().crisisPlan() != null) {
            services.addAll(Common.contacts(plan, plan.riskManagementPlan().crisisPlan().contactIds()));
        }
        services.removeIf(c -> c.kind() == ContactKind.EMERGENCY || c.kind() == ContactKind.PERSONAL);
        List<Section> back = new ArrayList<>();
        back.add(new Section(w.text("card.services"), "card.services", services.stream().map(this::contact).toList(), true));
        List<Paragraph> reasons = texts(sp.reasonsForLiving());
        back.add(new Section(w.text("card.reasons"), "card.reasons", reasons, true));

        fit(front, a6, this::frontBlocks);
        fit(back, a6, this::backBlocks);
        List<Block> blocks = new ArrayList<>(frontBlocks(front));
        blocks.add(new PageBreak());
        blocks.addAll(backBlocks(back));
        return document(blocks);
    }

    private LayoutDocument document(List<Block> blocks) {
        String origin = Common.originShort(plan, w);
        LayoutDocument.Builder b = LayoutDocument.builder(w.text("card.title"), Common.documentLocale(plan, w))
                .runningHeader(origin)
                .footerNotice(w.text("card.footer"))
                .pageLabel(w.text("footer.page"))
                .typeSizes(SIZES);
        blocks.forEach(b::add);
        return b.build();
    }

    /** Shortens the longest shown list, one item at a time, until the side fits on one page. */
    private void fit(List<Section> sections, PdfOptions a6, java.util.function.Function<List<Section>, List<Block>> side) {
        ToIntFunction<List<Section>> pages = s -> PdfRenderer.pageCount(document(side.apply(s)), a6);
        while (pages.applyAsInt(sections) > 1) {
            Section longest = null;
            for (Section s : sections) {
                if (s.shown > 0 && (longest == null || s.shown >= longest.shown)) {
                    longest = s;
                }
            }
            if (longest == null) {
                return;
            }
            longest.shown--;
        }
    }

    private List<Block> frontBlocks(List<Section> sections) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, w.text("card.heading"), "card.title"));
        sections.forEach(s -> addSection(blocks, s));
        return blocks;
    }

    private List<Block> backBlocks(List<Section> sections) {
        List<Block> blocks = new ArrayList<>();
        List<Span> emergency = Common.emergencyNumber(plan, w)
                .map(n -> Common.messageWithNumber(w, "card.emergency", n))
                .orElse(List.of(Span.bold(w.text("card.emergency.unknown"))));
        blocks.add(new Heading(1, w.text("card.urgent"), "card.emergency"));
        blocks.add(new Callout(new Paragraph(emergency), true));
        sections.forEach(s -> addSection(blocks, s));
        return blocks;
    }

    private void addSection(List<Block> blocks, Section s) {
        blocks.add(new Heading(2, s.heading, s.id));
        List<Paragraph> items = new ArrayList<>(s.items.subList(0, s.shown));
        int hidden = s.items.size() - s.shown;
        if (s.items.isEmpty()) {
            blocks.add(Paragraph.of(Span.italic(w.text("card.empty"))));
            return;
        }
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
        texts.forEach(t -> list.add(Paragraph.of(Common.shorten(t, MAX_ITEM))));
        return list;
    }

    /** "Name: call 0100 000 000", the number in bold. */
    private Paragraph contact(Contact c) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(Common.shorten(Common.nameWithRelationship(c), MAX_ITEM / 2) + ": "));
        for (Span s : Common.reach(c, w)) {
            spans.add(s.text().equals("\n") ? Span.of(", ") : s);
        }
        String hours = Common.hours(c, w);
        if (hours != null) {
            spans.add(Span.of(" (" + Common.shorten(hours, MAX_ITEM / 2) + ")"));
        }
        return new Paragraph(spans);
    }
}
