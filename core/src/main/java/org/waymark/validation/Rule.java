package org.waymark.validation;

import java.util.Collections;
import java.util.EnumSet;
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
 * Each rule is declared once, in {@link RuleId}; the {@link RuleCatalogue} pairs it with its check.
 * Ids never change meaning.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Rule {

    private final RuleId id;
    private final Map<String, Message> messages;
    private final RuleCheck check;

    private Rule(RuleId id, RuleCheck check) {
        this.id = Objects.requireNonNull(id, "id");
        this.check = Objects.requireNonNull(check, "check");
        Map<String, Message> map = new LinkedHashMap<>();
        for (Message m : id.messages()) {
            if (map.put(id.id() + "." + m.name(), m) != null) {
                throw new IllegalStateException(id + ": message " + m.name() + " is declared twice");
            }
        }
        if (id.citations().isEmpty() || map.isEmpty()) {
            throw new IllegalStateException(id + ": a rule needs a citation and at least one message");
        }
        this.messages = Collections.unmodifiableMap(map);
    }

    static Rule of(RuleId id, RuleCheck check) {
        return new Rule(id, check);
    }

    /**
     * Returns the stable id, e.g. {@code GOAL-SMART}.
     *
     * @return the id, not null
     */
    public String id() {
        return id.id();
    }

    /**
     * Returns the rule's declaration.
     *
     * @return the declaration, not null
     */
    public RuleId ruleId() {
        return id;
    }

    /**
     * Returns the severity at {@link Stage#FINAL} as the guidance's catalogue gives it.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return id.severity();
    }

    /**
     * Returns the guideline citations, e.g. {@code ["NG225 1.6.1, 1.6.3", "CG133"]}.
     *
     * @return the citations; unmodifiable, not empty
     */
    public List<String> citations() {
        return id.citations();
    }

    /**
     * Returns the citations joined with {@code "; "}, as the guidance's catalogue writes them and findings carry them.
     *
     * @return the citation, not null
     */
    public String citation() {
        return id.citation();
    }

    /**
     * Returns a one-line description of what the rule checks, in English, for documentation.
     *
     * @return the description, not null
     */
    public String description() {
        return id.description();
    }

    /**
     * Tells whether the rule needs an evaluation date (a date given to the validator or its clock).
     * Such a rule is skipped when there is none, and is not part of {@link ConformsToGuidance}.
     *
     * @return true for {@code REVIEW-OVERDUE}
     */
    public boolean needsEvaluationDate() {
        return id.needsEvaluationDate();
    }

    /**
     * Tells whether the Bean Validation constraint {@link ConformsToGuidance} evaluates this rule.
     *
     * @return true for every rule that needs no evaluation date
     */
    public boolean isBeanValidationConstraint() {
        return !id.needsEvaluationDate();
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
     * Returns the parameters a message of this rule carries, in the order reported.
     *
     * @param messageKey one of {@link #messageKeys()}, not null
     * @return the parameters; unmodifiable, may be empty
     * @throws IllegalArgumentException if the rule has no such message
     */
    public List<Param<?>> parameters(String messageKey) {
        return message(messageKey).params();
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
        return severityOf(stage, message(messageKey).nature());
    }

    /**
     * Returns the severity of the rule's gaps at a stage; prohibited content keeps {@link #severity()}.
     *
     * @param stage the stage, not null
     * @return the severity of the rule's most common kind of message at that stage, not null
     */
    public Severity severityAt(Stage stage) {
        boolean gaps = messages.values().stream().anyMatch(m -> m.nature() == Message.Nature.GAP);
        return severityOf(stage, gaps ? Message.Nature.GAP : messages.values().iterator().next().nature());
    }

    Severity severityOf(Stage stage, Message.Nature nature) {
        return switch (nature) {
            case ADVICE -> Severity.WARNING;
            case PROHIBITED -> id.severity();
            case GAP -> stage == Stage.FINAL ? id.severity() : Severity.WARNING;
        };
    }

    /** Returns a declared message, or null. */
    Message messageOrNull(String messageKey) {
        return messages.get(messageKey);
    }

    Message.Nature nature(String messageKey) {
        Message m = messages.get(messageKey);
        return m == null ? null : m.nature();
    }

    Set<Message.Nature> natures() {
        Set<Message.Nature> set = EnumSet.noneOf(Message.Nature.class);
        messages.values().forEach(m -> set.add(m.nature()));
        return set;
    }

    RuleCheck check() {
        return check;
    }

    private Message message(String messageKey) {
        Message m = messages.get(Objects.requireNonNull(messageKey, "messageKey"));
        if (m == null) {
            throw new IllegalArgumentException("messageKey: rule " + id + " has no message " + messageKey);
        }
        return m;
    }

    /** Returns the id. */
    @Override
    public String toString() {
        return "Rule[" + id + "]";
    }
}
