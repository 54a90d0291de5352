package org.waymark.pdf.internal.doc;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.waymark.model.CarePlan;
import org.waymark.model.Contact;
import org.waymark.model.Goal;
import org.waymark.model.InformationTopic;
import org.waymark.model.NeedsDomain;
import org.waymark.model.RiskDomain;
import org.waymark.model.SelfHarmMethod;
import org.waymark.model.TeamMember;
import org.waymark.pdf.internal.layout.Span;

/**
 * Puts validation findings into the words a clinician reads: a path into the plan becomes the
 * sections and items it names ("Goals › “Sleep at least six hours…” › due date"), and in a
 * message the ids of contacts, goals, team members, risks and factors become their names (the id
 * follows in italics), coded values their labels, and ISO dates dates in the plan's locale.
 * Not thread-safe; one per document.
 */
final class FindingWords {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
    /** Tokens that may be an id or a code: letters, digits, dots, hyphens and underscores. */
    private static final Pattern TOKEN = Pattern.compile("(?<![\\p{L}\\p{N}._-])[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*[\\p{L}\\p{N}]");
    private static final int SHORT = 40;

    private static final Map<String, String> SECTIONS = Map.ofEntries(
            Map.entry("person", "cp.person"), Map.entry("history", "cp.history"),
            Map.entry("needsAssessment", "cp.needs"), Map.entry("riskFormulation", "cp.formulation"),
            Map.entry("instrumentObservations", "cp.instruments"), Map.entry("aims", "cp.aims"),
            Map.entry("aimsAgreement", "cp.aims.agreed"), Map.entry("goals", "cp.goals"),
            Map.entry("interventions", "cp.interventions"), Map.entry("medications", "cp.medication"),
            Map.entry("careTeam", "cp.team"), Map.entry("riskManagementPlan", "cp.riskPlan"),
            Map.entry("crisisPlan", "cp.crisis"), Map.entry("safetyPlan", "cp.safety"),
            Map.entry("contacts", "cp.contacts"), Map.entry("sharing", "cp.sharing"),
            Map.entry("review", "cp.review"), Map.entry("treatmentDecisions", "cp.decisions"),
            Map.entry("signOff", "cp.signatures"));

    private final CarePlan plan;
    private final Wording w;
    private final Map<String, String> names = new HashMap<>();

    FindingWords(CarePlan plan, Wording w) {
        this.plan = plan;
        this.w = w;
        for (Contact c : plan.contacts()) {
            names.put(c.id(), c.name());
        }
        for (TeamMember m : plan.careTeam().members()) {
            names.put(m.id(), m.name());
        }
        for (Goal g : plan.goals()) {
            names.put(g.id(), quote(g.statement()));
        }
        plan.riskFormulation().risks().forEach(r -> names.put(r.id(), quote(r.description())));
        plan.riskFormulation().factors().forEach(f -> names.put(f.id(), quote(f.description())));
        plan.history().episodes().forEach(e -> names.put(e.id(), w.date(e.date())));
        plan.history().methods().forEach(m -> names.put(m.id(), w.label("method", m.method())));
        plan.interventions().forEach(i -> names.put(i.id(), w.label("modality", i.modality())));
        if (plan.person().preferredName() != null) {
            names.put(plan.person().id(), plan.person().preferredName());
        }
    }

    private static String quote(String text) {
        return "\u201c" + Common.shorten(text.strip(), SHORT) + "\u201d";
    }

    /**
     * A path such as {@code goals[1].steps} in words: "Goals › “Stop cutting.” › steps".
     *
     * @param path  the path, empty for the whole plan
     * @return the words, not null
     */
    String path(String path) {
        if (path.isEmpty()) {
            return w.text("cp.validation.wholePlan");
        }
        List<String> parts = new ArrayList<>();
        String parent = null;
        for (String segment : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                parts.add(segment);
                continue;
            }
            String field = m.group(1);
            String key = SECTIONS.get(field);
            parts.add(key != null && (parent == null || field.equals("crisisPlan")) ? w.text(key) : words(field));
            if (m.group(2) != null) {
                int index = Integer.parseInt(m.group(2));
                parts.add(item(field, index));
            }
            parent = field;
        }
        return String.join(" \u203a ", parts);
    }

    /** An item of a list: its name where it has one, else its number from 1. */
    private String item(String field, int index) {
        String name = switch (field) {
            case "goals" -> index < plan.goals().size() ? quote(plan.goals().get(index).statement()) : null;
            case "contacts" -> index < plan.contacts().size() ? plan.contacts().get(index).name() : null;
            case "members" -> index < plan.careTeam().members().size()
                    ? plan.careTeam().members().get(index).name() : null;
            default -> null;
        };
        return name != null ? name : w.format("cp.validation.item", index + 1);
    }

    /** "dueDate" → "due date". */
    private static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /**
     * A finding's message with names for ids, labels for codes and dates in the plan's locale.
     *
     * @param message  the validator's message, not null
     * @return the spans, not null
     */
    List<Span> message(String message) {
        List<Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        Matcher m = TOKEN.matcher(message);
        int at = 0;
        while (m.find()) {
            String token = m.group();
            String name = names.get(token);
            String label = name == null ? label(token) : null;
            if (name == null && label == null) {
                continue;
            }
            plain.append(message, at, m.start());
            boolean inParentheses = m.start() > 0 && message.charAt(m.start() - 1) == '('
                    && m.end() < message.length() && message.charAt(m.end()) == ')';
            if (name != null) {
                plain.append(name).append(inParentheses ? ", " : " ");
                spans.add(Span.of(plain.toString()));
                plain.setLength(0);
                spans.add(Span.italic(inParentheses ? token : "(" + token + ")"));
            } else {
                plain.append(label);
            }
            at = m.end();
        }
        plain.append(message.substring(at));
        spans.add(Span.of(plain.toString()));
        return spans;
    }

    /** The label of a coded value or a date in the plan's locale, or null. */
    private String label(String token) {
        if (ISO_DATE.matcher(token).matches()) {
            try {
                return w.date(LocalDate.parse(token));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        for (NeedsDomain d : NeedsDomain.values()) {
            if (d.code().equals(token)) {
                return "\u201c" + w.label("needs", d) + "\u201d";
            }
        }
        for (RiskDomain d : RiskDomain.values()) {
            if (d.code().equals(token)) {
                return "\u201c" + w.label("riskDomain", d) + "\u201d";
            }
        }
        for (InformationTopic t : InformationTopic.values()) {
            if (t.code().equals(token) && token.contains("-")) {
                return "\u201c" + w.label("topic", t) + "\u201d";
            }
        }
        for (SelfHarmMethod d : SelfHarmMethod.values()) {
            if (d.code().equals(token) && token.contains("-")) {
                return w.label("method", d).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
