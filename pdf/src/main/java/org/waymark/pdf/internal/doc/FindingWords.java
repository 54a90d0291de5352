package org.waymark.pdf.internal.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.waymark.model.CarePlan;

/**
 * Puts the place of a validation finding into the words a clinician reads: a path into the plan
 * becomes the sections and items it names ("Goals › “Sleep at least six hours…” › due date").
 * The messages themselves come from the validator already in a clinician's words (names, labels
 * and dates in the plan's locale), so they print as they are.
 */
final class FindingWords {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");
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
    private final DocumentWording w;
    FindingWords(CarePlan plan, DocumentWording w) {
        this.plan = plan;
        this.w = w;
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
}
