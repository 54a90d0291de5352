package org.waymark.pdf.internal.doc;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.waymark.model.CarePlan;
import org.waymark.model.Contact;
import org.waymark.model.ContactKind;
import org.waymark.model.PlanOrigin;
import org.waymark.model.PlanStatus;
import org.waymark.model.TeamMember;
import org.waymark.pdf.internal.layout.Block;
import org.waymark.pdf.internal.layout.LayoutDocument;
import org.waymark.pdf.internal.layout.Paragraph;
import org.waymark.pdf.internal.layout.Picture;
import org.waymark.pdf.internal.layout.RenderSettings;
import org.waymark.pdf.internal.layout.Span;
import org.waymark.pdf.internal.layout.TextStyle;
import org.waymark.templates.content.ContentLibrary;
import org.waymark.templates.content.CrisisResource;
import org.waymark.templates.content.CrisisResourceKind;

/** What the three documents share: names of owners, contacts, the origin notice, the language. */
final class Common {

    private Common() {
    }

    /** The height of the logo at the head of a document on a page, in points (half an inch). */
    static final float LOGO_HEIGHT = 36f;
    /** The height of the logo on the front of a card, in points: the card's room is for the person's plan. */
    static final float CARD_LOGO_HEIGHT = 20f;

    /**
     * What heads a document, above its title: the service's logo with its name beside it, each
     * when the host gives one. With a name the logo is decoration (a screen reader reads the name);
     * without one it is a figure whose alternative text is "Logo", so that it is not passed over
     * in silence.
     */
    static List<Block> head(RenderSettings settings, float logoHeight) {
        Paragraph name = settings.serviceName() == null ? null : Paragraph.of(Span.bold(settings.serviceName()));
        if (settings.logo() != null) {
            return List.of(new Picture(settings.logo(), logoHeight, name == null ? "Logo" : null, name));
        }
        return name == null ? List.of() : List.of(name);
    }

    /**
     * Sets what every page of a document carries: the service's name (when the host gives one),
     * the document's name, the origin notice and a draft mark in the running header; the notice and
     * the print date in the footer; and a large DRAFT watermark on every page of a draft.
     */
    static void furniture(LayoutDocument.Builder b, CarePlan plan, DocumentWording w, RenderSettings settings,
            String header, String footer) {
        List<String> head = new ArrayList<>(4);
        if (settings.serviceName() != null) {
            head.add(settings.serviceName());
        }
        if (header != null) {
            head.add(header);
        }
        String origin = originShort(plan, w);
        if (origin != null) {
            head.add(origin);
        }
        if (plan.status() == PlanStatus.DRAFT) {
            head.add(w.text("draft.header"));
            b.watermark(w.text("draft.mark"));
        }
        b.runningHeader(head.isEmpty() ? null : String.join(" \u00b7 ", head));
        b.footerNotice(footer + " " + printed(w, settings));
    }

    /** "Printed 23 November 2026": the day the file was made, in UTC. */
    static String printed(DocumentWording w, RenderSettings settings) {
        return w.format("footer.printed", w.date(LocalDate.ofInstant(settings.created(), ZoneOffset.UTC)));
    }

    /** The notice that a plan describes nobody, or null for a clinical plan. */
    static String originNotice(CarePlan plan, DocumentWording w) {
        return plan.origin() == PlanOrigin.CLINICAL ? null : w.label("origin", plan.origin());
    }

    /** The short form of the origin notice for running headers, or null for a clinical plan. */
    static String originShort(CarePlan plan, DocumentWording w) {
        return plan.origin() == PlanOrigin.CLINICAL ? null : w.label("origin.short", plan.origin());
    }

    /**
     * Who an owner id names: a care team member ("Priya Raman, Care coordinator"), the person,
     * or null when there is no owner.
     */
    static String owner(CarePlan plan, String ownerId, String personWords, DocumentWording w) {
        if (ownerId == null) {
            return null;
        }
        if (ownerId.equals(plan.person().id())) {
            return personWords;
        }
        return plan.careTeam().member(ownerId).map(m -> memberName(m)).orElse(ownerId);
    }

    static String memberName(TeamMember m) {
        return m.role() == null ? m.name() : m.name() + ", " + m.role();
    }

    /** The person's name for clinicians: the preferred name, else "the person". */
    static String personName(CarePlan plan, DocumentWording w) {
        String name = plan.person().preferredName();
        return name == null ? w.text("cp.thePerson") : name;
    }

    static List<Contact> contacts(CarePlan plan, List<String> ids) {
        List<Contact> list = new ArrayList<>(ids.size());
        for (String id : ids) {
            plan.contact(id).ifPresent(list::add);
        }
        return list;
    }

    /** How to reach a contact, as spans: phone numbers in bold. */
    static List<Span> reach(Contact c, DocumentWording w) {
        List<Span> spans = new ArrayList<>();
        if (c.phone() != null) {
            spans.add(Span.of(w.text("contact.call") + " "));
            spans.add(Span.whole(c.phone(), TextStyle.BOLD));
        }
        if (c.sms() != null) {
            if (!spans.isEmpty()) {
                spans.add(Span.of("\n"));
            }
            if (c.smsKeyword() != null) {
                spans.add(Span.of(w.format("contact.textKeyword", c.smsKeyword()) + " "));
            } else {
                spans.add(Span.of(w.text("contact.text") + " "));
            }
            spans.add(Span.whole(c.sms(), TextStyle.BOLD));
        }
        if (c.address() != null) {
            if (!spans.isEmpty()) {
                spans.add(Span.of("\n"));
            }
            spans.add(Span.of(c.address()));
        }
        if (spans.isEmpty()) {
            spans.add(Span.italic(w.text("contact.noNumber")));
        }
        return spans;
    }

    static Paragraph reachParagraph(Contact c, DocumentWording w) {
        return new Paragraph(reach(c, w));
    }

    /** Stands for the number while a message is formatted; private use, so never in wording. */
    private static final String NUMBER_MARK = "\uE000";

    /**
     * A message about a phone number as bold spans, with the number as a whole span, so that it is
     * never split across lines ("(555) 010-" / "0100") yet reads and copies as it was recorded.
     *
     * @param w  the wording
     * @param key  a message whose argument {0} is the number
     * @param number  the number
     * @return the spans, not empty
     */
    static List<Span> messageWithNumber(DocumentWording w, String key, String number) {
        String message = w.format(key, NUMBER_MARK);
        int at = message.indexOf(NUMBER_MARK);
        if (at < 0) {
            return List.of(Span.bold(message));
        }
        List<Span> spans = new ArrayList<>(3);
        if (at > 0) {
            spans.add(Span.bold(message.substring(0, at)));
        }
        spans.add(Span.whole(number, TextStyle.BOLD));
        if (at + NUMBER_MARK.length() < message.length()) {
            spans.add(Span.bold(message.substring(at + NUMBER_MARK.length())));
        }
        return spans;
    }

    /** When a contact can be reached, or null. */
    static String hours(Contact c, DocumentWording w) {
        if (c.hours() != null) {
            return c.hours();
        }
        return c.available24x7() ? w.text("contact.anyTime") : null;
    }

    /** The name with the relationship: "Marta (Sister)". */
    static String nameWithRelationship(Contact c) {
        String r = c.relationship();
        boolean said = r == null || c.name().toLowerCase(Locale.ROOT).contains(r.toLowerCase(Locale.ROOT));
        return said ? c.name() : c.name() + " (" + r + ")";
    }

    /**
     * The emergency contacts of the plan: those of kind {@link ContactKind#EMERGENCY} among the
     * safety plan's and crisis plan's contacts, then among all contacts.
     */
    static List<Contact> emergencyContacts(CarePlan plan) {
        Set<Contact> found = new LinkedHashSet<>();
        for (Contact c : plan.contacts()) {
            if (c.kind() == ContactKind.EMERGENCY && (c.phone() != null || c.sms() != null)) {
                found.add(c);
            }
        }
        return List.copyOf(found);
    }

    /**
     * The emergency number to print, always the locale's when it is known: the content library's
     * for the person's locale, else the wording's for the person's country (GB, US), else the
     * plan's own emergency contact, else empty.
     */
    static Optional<String> emergencyNumber(CarePlan plan, DocumentWording w) {
        Optional<ContentLibrary> library = library(plan.person().locale());
        if (library.isPresent() && library.get().emergencyNumber().phone() != null) {
            return Optional.of(library.get().emergencyNumber().phone());
        }
        String country = plan.person().locale().getCountry();
        String key = "emergency.number." + country;
        if (!country.isEmpty() && w.has(key)) {
            return Optional.of(w.text(key));
        }
        for (Contact c : emergencyContacts(plan)) {
            if (c.phone() != null) {
                return Optional.of(c.phone());
            }
        }
        return Optional.empty();
    }

    /**
     * The content library of the person's locale, matched by language and country as
     * {@link ContentLibrary#find(Locale)} matches it, or empty when none ships for it: crisis lines
     * never come from another country's content.
     */
    static Optional<ContentLibrary> library(Locale locale) {
        return ContentLibrary.find(locale);
    }

    /**
     * Tells whether a contact is a route to help in a crisis: a crisis line, the emergency number,
     * or a service or professional that answers at any hour (an out-of-hours or crisis team).
     */
    static boolean isCrisisRoute(Contact c) {
        return c.kind() == ContactKind.CRISIS_LINE || c.kind() == ContactKind.EMERGENCY
                || (c.kind() != ContactKind.PERSONAL && c.available24x7());
    }

    /**
     * Every route to help in a crisis that the plan records, in order: the crisis plan's contacts,
     * the safety plan's step 5 (professionals, services and crisis lines), then every other
     * crisis line, emergency contact and service open at any hour. Nothing the plan records as a
     * way to get help in a crisis is left out of the documents the person takes home.
     */
    static List<Contact> crisisRoutes(CarePlan plan) {
        Set<Contact> routes = new LinkedHashSet<>();
        if (plan.riskManagementPlan() != null && plan.riskManagementPlan().crisisPlan() != null) {
            routes.addAll(contacts(plan, plan.riskManagementPlan().crisisPlan().contactIds()));
        }
        if (plan.safetyPlan() != null) {
            routes.addAll(contacts(plan, plan.safetyPlan().professionalContactIds()));
        }
        for (Contact c : plan.contacts()) {
            if (isCrisisRoute(c)) {
                routes.add(c);
            }
        }
        return List.copyOf(routes);
    }

    /**
     * Tells whether the plan records a crisis line or a service open at any hour, besides the
     * emergency number.
     */
    static boolean recordsCrisisLine(List<Contact> routes) {
        for (Contact c : routes) {
            if (c.kind() != ContactKind.EMERGENCY && c.kind() != ContactKind.PERSONAL && isCrisisRoute(c)
                    && (c.phone() != null || c.sms() != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The national crisis lines of the person's locale from the content library (everything but
     * the emergency number), or empty when none ship for the locale.
     */
    static List<CrisisResource> nationalCrisisLines(CarePlan plan) {
        return library(plan.person().locale()).map(l -> l.crisisResources().stream()
                .filter(r -> r.kind() != CrisisResourceKind.EMERGENCY).toList()).orElse(List.of());
    }

    /** How to reach a national line, as spans: numbers in bold, kept whole. */
    static List<Span> nationalReach(CrisisResource r, DocumentWording w) {
        List<Span> spans = new ArrayList<>();
        if (r.phone() != null) {
            spans.add(Span.of(w.text("contact.call") + " "));
            spans.add(Span.whole(r.phone(), TextStyle.BOLD));
        }
        if (r.textMessage() != null) {
            if (!spans.isEmpty()) {
                spans.add(Span.of(", "));
            }
            spans.add(Span.of((r.textMessage().keyword() != null
                    ? w.format("contact.textKeyword", r.textMessage().keyword()) : w.text("contact.text")) + " "));
            spans.add(Span.whole(r.textMessage().number(), TextStyle.BOLD));
        }
        return spans;
    }

    /** "Samaritans: call 116 123 (any time, day or night)", the number in bold. */
    static Paragraph nationalLine(CrisisResource r, DocumentWording w) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(r.name() + ": "));
        spans.addAll(nationalReach(r, w));
        if (r.hours() != null) {
            spans.add(Span.of(" (" + r.hours() + ")"));
        } else if (r.available24x7()) {
            spans.add(Span.of(" (" + w.text("contact.anyTime") + ")"));
        }
        return new Paragraph(spans);
    }

    /**
     * The crisis routes to list besides the emergency line: every route except an emergency
     * contact whose number is the one the emergency line already gives.
     */
    static List<Contact> routesBesidesEmergency(CarePlan plan, Optional<String> emergency) {
        List<Contact> list = new ArrayList<>();
        for (Contact c : crisisRoutes(plan)) {
            boolean sameAsLine = c.kind() == ContactKind.EMERGENCY && c.sms() == null
                    && (c.phone() == null || emergency.map(n -> digits(n).equals(digits(c.phone()))).orElse(false));
            if (!sameAsLine) {
                list.add(c);
            }
        }
        return list;
    }

    private static String digits(String s) {
        return s.replaceAll("[^0-9+]", "");
    }

    /** Cuts text to at most {@code max} characters at a word boundary, ending with an ellipsis. */
    static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max - 1);
        int space = text.lastIndexOf(' ', end);
        if (space > max / 2) {
            end = space;
        }
        return text.substring(0, end).stripTrailing() + "\u2026";
    }
}
