package org.waymark.pdf.internal.doc;

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
import org.waymark.model.TeamMember;
import org.waymark.pdf.internal.layout.Paragraph;
import org.waymark.pdf.internal.layout.Span;
import org.waymark.pdf.internal.layout.TextStyle;

/** What the three documents share: names of owners, contacts, the origin notice, the language. */
final class Common {

    private Common() {
    }

    /** The document language: the person's locale when it is English, else the wording's. */
    static Locale documentLocale(CarePlan plan, Wording w) {
        Locale locale = plan.person().locale();
        return "en".equals(locale.getLanguage()) ? locale : w.language();
    }

    /** The notice that a plan describes nobody, or null for a clinical plan. */
    static String originNotice(CarePlan plan, Wording w) {
        return plan.origin() == PlanOrigin.CLINICAL ? null : w.label("origin", plan.origin());
    }

    /** The short form of the origin notice for running headers, or null for a clinical plan. */
    static String originShort(CarePlan plan, Wording w) {
        return plan.origin() == PlanOrigin.CLINICAL ? null : w.label("origin.short", plan.origin());
    }

    /**
     * Who an owner id names: a care team member ("Priya Raman, Care coordinator"), the person,
     * or null when there is no owner.
     */
    static String owner(CarePlan plan, String ownerId, String personWords, Wording w) {
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
    static String personName(CarePlan plan, Wording w) {
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
    static List<Span> reach(Contact c, Wording w) {
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

    static Paragraph reachParagraph(Contact c, Wording w) {
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
    static List<Span> messageWithNumber(Wording w, String key, String number) {
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
    static String hours(Contact c, Wording w) {
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
     * The emergency number to print: the plan's own emergency contact, else the national number
     * from the wording when the person's country is one the wording knows (GB, US), else empty.
     */
    static Optional<String> emergencyNumber(CarePlan plan, Wording w) {
        for (Contact c : emergencyContacts(plan)) {
            if (c.phone() != null) {
                return Optional.of(c.phone());
            }
        }
        String country = plan.person().locale().getCountry();
        String key = "emergency.number." + country;
        return !country.isEmpty() && w.has(key) ? Optional.of(w.text(key)) : Optional.empty();
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
