package org.waymark.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.waymark.model.PlanPath;

/**
 * One thing a rule found in a plan: the rule, how serious it is at the stage validated, where in
 * the plan, and what, as a resolved message with its key and parameters, and the guideline citation.
 * <p>
 * Parameters are ids, codes, dates, counts and offsets; only a language or prediction finding also
 * carries the few words of the plan's text it is about ({@code term}), which its message quotes so that
 * the clinician can find and change them. Findings can be logged: {@link #toString()} shows the rule,
 * severity, path, key and parameters, and leaves out the message and those words.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param ruleId     the rule's stable id, e.g. {@code GOAL-SMART}, not null
 * @param severity   the severity at the stage validated, not null
 * @param path       where in the plan, not null
 * @param messageKey the key of the message in the bundle {@code org.waymark.validation.RuleMessages}, not null
 * @param parameters the message parameters by name, in a fixed order; unmodifiable, not null
 * @param message    the message resolved from the bundle with the parameters substituted, not null
 * @param citation   the guideline citation, e.g. {@code CG133 1.4.4}, not null
 */
public record Finding(String ruleId, Severity severity, PlanPath path, String messageKey,
                      Map<String, Object> parameters, String message, String citation) {

    /**
     * Checks the components and copies the parameters.
     *
     * @param ruleId     the rule's stable id, e.g. {@code GOAL-SMART}, not null
     * @param severity   the severity at the stage validated, not null
     * @param path       where in the plan, not null
     * @param messageKey the key of the message in the bundle {@code org.waymark.validation.RuleMessages}, not null
     * @param parameters the message parameters by name, in a fixed order; unmodifiable, not null
     * @param message    the message resolved from the bundle with the parameters substituted, not null
     * @param citation   the guideline citation, e.g. {@code CG133 1.4.4}, not null
     */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(citation, "citation");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(parameters, "parameters")));
    }

    /**
     * Tells whether this finding is an {@link Severity#ERROR}.
     *
     * @return true if this finding is an {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Returns a parameter.
     *
     * @param name the parameter's name, not null
     * @return the value, or null when the finding has no such parameter
     */
    public Object parameter(String name) {
        return parameters.get(name);
    }

    /**
     * Returns a summary that carries none of the plan's text: rule, severity, path, key and parameters, with
     * the words a language or prediction finding quotes shown as {@code …}, and without the message.
     */
    @Override
    public String toString() {
        Map<String, Object> shown = parameters;
        if (parameters.containsKey(Param.TERM.name())) {
            shown = new LinkedHashMap<>(parameters);
            shown.put(Param.TERM.name(), "…");
        }
        return "Finding[" + ruleId + " " + severity + " at " + path + " " + messageKey + " " + shown + "]";
    }
}
