package org.waymark.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.waymark.model.ConformsToGuidance;

/**
 * A guideline rule: its stable id, its severity at {@link Stage#FINAL}, the guideline it cites, a
 * one-line description of what it checks, and the check itself.
 * <p>
 * Each message a rule can report is of one of three kinds, which decide its severity by stage:
 * <ul>
 *   <li>a <em>gap</em> (something the guideline asks for is missing or incomplete): the rule's
 *       severity at {@code FINAL}, a warning at {@code DRAFT};</li>
 *   <li><em>prohibited content</em> (something the guideline says must never exist, such as a risk
 *       level or a decision resting on a score): the rule's severity at both stages;</li>
 *   <li><em>advice</em> within a rule (such as GOAL-LONG-TERM's "no occupational goal"): a warning at
 *       both stages.</li>
 * </ul>
 * Rules are defined by the library and listed in the {@link RuleCatalogue}; ids never change meaning.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Rule {

    /** The kind of a message, which decides its severity by stage. */
    enum Nature { GAP, PROHIBITED, ADVICE }

    private final String id;
    private final Severity severity;
    private final List<String> citations;
    private final String description;
    private final boolean needsDate;
    private final Map<String, Nature> messages;
    private final RuleCheck check;

    private Rule(Builder b) {
        this.id = b.id;
        this.severity = b.severity;
        this.citations = List.copyOf(b.citations);
        this.description = Objects.requireNonNull(b.description, "description");
        this.needsDate = b.needsDate;
        this.messages = Collections.unmodifiableMap(new LinkedHashMap<>(b.messages));
        this.check = Objects.requireNonNull(b.check, "check");
        if (citations.isEmpty() || messages.isEmpty()) {
            throw new IllegalStateException(id + ": a rule needs a citation and at least one message");
        }
    }

    /**
     * Returns the stable id, e.g. {@code GOAL-SMART}, not null.
     *
     * @return the stable id, e.g. {@code GOAL-SMART}, not null
     */
    public String id() {
        return id;
    }

    /**
     * Returns the severity at {@link Stage#FINAL} as the guidance's catalogue gives it, not null.
     *
     * @return the severity at {@link Stage#FINAL} as the guidance's catalogue gives it, not null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Returns the guideline citations, e.g. {@code ["NG225 1.6.1, 1.6.3", "CG133"]}; unmodifiable, not empty.
     *
     * @return the guideline citations, e.g. {@code ["NG225 1.6.1, 1.6.3", "CG133"]}; unmodifiable, not empty
     */
    public List<String> citations() {
        return citations;
    }

    /**
     * Returns the citations joined with {@code "; "}, as the guidance's catalogue writes them and findings carry them.
     *
     * @return the citations joined with {@code "; "}, as the guidance's catalogue writes them and findings carry them
     */
    public String citation() {
        return String.join("; ", citations);
    }

    /**
     * Returns a one-line description of what the rule checks, in English, for documentation.
     *
     * @return a one-line description of what the rule checks, in English, for documentation
     */
    public String description() {
        return description;
    }

    /**
     * Tells whether the rule needs an evaluation date (a date given to the validator or its clock).
     * Such a rule is skipped when there is none, and is not part of {@link ConformsToGuidance}.
     *
     * @return true for {@code REVIEW-OVERDUE}
     */
    public boolean needsEvaluationDate() {
        return needsDate;
    }

    /**
     * Tells whether the Bean Validation constraint {@link ConformsToGuidance} evaluates this rule.
     *
     * @return true for every rule that needs no evaluation date
     */
    public boolean isBeanValidationConstraint() {
        return !needsDate;
    }

    /**
     * Returns the keys of the messages this rule can report, as found in the bundle
     * {@code org.waymark.validation.RuleMessages}, e.g. {@code GOAL-SMART.missingMeasure}.
     *
     * @return the keys in a fixed order; unmodifiable, not empty
     */
    public Set<String> messageKeys() {
        return messages.keySet();
    }

    /**
     * Returns the severity a message of this rule has at a stage.
     *
     * @param stage      the stage, not null
     * @param messageKey one of {@link #messageKeys()}, not null
     * @return the severity, not null
     * @throws IllegalArgumentException if the rule has no such message
     */
    public Severity severity(Stage stage, String messageKey) {
        Nature nature = messages.get(messageKey);
        if (nature == null) {
            throw new IllegalArgumentException("messageKey: rule " + id + " has no message " + messageKey);
        }
        return severityOf(stage, nature);
    }

    /**
     * Returns the severity of the rule's gaps at a stage; prohibited content keeps {@link #severity()}.
     *
     * @param stage the stage, not null
     * @return the severity of the rule's most common kind of message at that stage, not null
     */
    public Severity severityAt(Stage stage) {
        boolean gaps = messages.containsValue(Nature.GAP);
        return severityOf(stage, gaps ? Nature.GAP : messages.values().iterator().next());
    }

    Severity severityOf(Stage stage, Nature nature) {
        return switch (nature) {
            case ADVICE -> Severity.WARNING;
            case PROHIBITED -> severity;
            case GAP -> stage == Stage.FINAL ? severity : Severity.WARNING;
        };
    }

    Nature nature(String messageKey) {
        return messages.get(messageKey);
    }

    Set<Nature> natures() {
        return Set.copyOf(messages.values());
    }

    RuleCheck check() {
        return check;
    }

    /** Returns the id. */
    @Override
    public String toString() {
        return "Rule[" + id + "]";
    }

    static Builder define(String id, Severity severity) {
        return new Builder(id, severity);
    }

    /** Builds a rule; used by the catalogue only. */
    static final class Builder {
        private final String id;
        private final Severity severity;
        private final List<String> citations = new ArrayList<>();
        private final Map<String, Nature> messages = new LinkedHashMap<>();
        private String description;
        private boolean needsDate;
        private RuleCheck check;

        private Builder(String id, Severity severity) {
            this.id = Objects.requireNonNull(id, "id");
            this.severity = Objects.requireNonNull(severity, "severity");
        }

        Builder cites(String... list) {
            citations.addAll(List.of(list));
            return this;
        }

        Builder checks(String text) {
            description = text;
            return this;
        }

        Builder gaps(String... keys) {
            return messages(Nature.GAP, keys);
        }

        Builder prohibits(String... keys) {
            return messages(Nature.PROHIBITED, keys);
        }

        Builder advises(String... keys) {
            return messages(Nature.ADVICE, keys);
        }

        Builder needsDate() {
            needsDate = true;
            return this;
        }

        Rule by(RuleCheck value) {
            check = value;
            return new Rule(this);
        }

        private Builder messages(Nature nature, String... keys) {
            for (String k : keys) {
                messages.put(id + "." + k, nature);
            }
            return this;
        }
    }
}
