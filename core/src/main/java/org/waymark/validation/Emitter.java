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
     * @param path   where, not null
     * @param key    the message key without the rule id, e.g. {@code missingMeasure}; must be declared by the rule
     * @param params names and values in turn: ids, codes, dates, counts; null values are left out
     */
    void report(PlanPath path, String key, Object... params) {
        String fullKey = rule.id() + "." + key;
        Rule.Nature nature = rule.nature(fullKey);
        if (nature == null) {
            throw new IllegalStateException(rule.id() + " reported undeclared message " + fullKey);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < params.length; i += 2) {
            Object value = params[i + 1];
            if (value != null) {
                map.put((String) params[i], value instanceof Coded c ? c.code() : value);
            }
        }
        String message = RuleMessages.format(locale, fullKey, map);
        sink.add(new Finding(rule.id(), rule.severityOf(stage, nature), path, fullKey, map, message, rule.citation()));
    }
}
