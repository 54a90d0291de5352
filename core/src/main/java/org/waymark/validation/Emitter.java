package org.waymark.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.waymark.model.Coded;
import org.waymark.model.PlanPath;

/** Where one rule reports findings: it knows the rule, the stage and the message locale. Not thread-safe. */
final class Emitter {

    private final Rule rule;
    private final Stage stage;
    private final Locale locale;
    private final List<Finding> sink;

    Emitter(Rule rule, Stage stage, Locale locale, List<Finding> sink) {
        this.rule = rule;
        this.stage = stage;
        this.locale = locale;
        this.sink = sink;
    }

    /**
     * Reports a finding.
     *
     * @param path where, not null
     * @param name the message's name within the rule, e.g. {@code noMeasure}; must be declared by the rule
     * @param args the message's parameters, each declared for that message; null values are left out
     * @throws IllegalStateException if the rule declares no such message or the message no such parameter
     */
    void report(PlanPath path, String name, Param.Arg... args) {
        String fullKey = rule.id() + "." + name;
        Message message = rule.messageOrNull(fullKey);
        if (message == null) {
            throw new IllegalStateException(rule.id() + " reported undeclared message " + fullKey);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        Map<String, Object> shown = new LinkedHashMap<>();
        for (Param.Arg arg : args) {
            if (!message.params().contains(arg.param())) {
                throw new IllegalStateException(fullKey + " reported undeclared parameter " + arg.param());
            }
            Object value = arg.value();
            if (value != null) {
                map.put(arg.param().name(), value instanceof Coded c ? c.code() : value);
                shown.put(arg.param().name(), value);
            }
        }
        String text = RuleMessages.format(locale, fullKey, shown);
        sink.add(new Finding(rule.id(), rule.severityOf(stage, message.nature()), path, fullKey, map, text, rule.citation()));
    }
}
