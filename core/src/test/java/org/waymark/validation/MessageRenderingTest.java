package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.model.Coded;
import org.waymark.model.DecisionKind;
import org.waymark.model.FactorCategory;
import org.waymark.model.InformationTopic;
import org.waymark.model.InvolvementKind;
import org.waymark.model.NeedsDomain;
import org.waymark.model.RiskDomain;
import org.waymark.model.RiskHorizon;
import org.waymark.model.SelfHarmMethod;

/**
 * Renders every message of every rule, with sample parameters of every kind a message can carry (each coded
 * value its parameter can hold, the counts 1 and 2, a date), in both locales, and checks what can be checked
 * of the English: no placeholder or vocabulary code left in a sentence, no id, no "1 days", no doubled spaces
 * or punctuation, and dates written as the locale writes them.
 */
class MessageRenderingTest {

    /** The coded types a message parameter can hold, by parameter name. */
    static final Map<String, List<Class<? extends Enum<?>>>> CODED = Map.of(
            "domain", List.of(NeedsDomain.class, RiskDomain.class),
            "kind", List.of(DecisionKind.class, InvolvementKind.class),
            "horizon", List.of(RiskHorizon.class),
            "category", List.of(FactorCategory.class),
            "topic", List.of(InformationTopic.class),
            "method", List.of(SelfHarmMethod.class));

    /** Every coded type a message can name. */
    static final List<Class<? extends Enum<?>>> CODED_PARAMETER_TYPES = CODED.values().stream().flatMap(List::stream).toList();

    private static final String ID = "zq-7731";
    private static final LocalDate DATE = LocalDate.of(2026, 12, 14);

    private static final Pattern CAMEL = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b");
    private static final Pattern ONE_PLURAL = Pattern.compile("\\b1 (day|month|session|goal|error|warning|week|year)s\\b");
    private static final Pattern DOUBLED = Pattern.compile("  |\\.\\.|,,|;;|::| [,.;:]|\\(\\(|\\)\\)|[,;:]\\.");

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-US"})
    void everyMessageReadsAsEnglishWithEveryParameter(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        int rendered = 0;
        for (Rule rule : RuleCatalogue.standard().rules()) {
            for (String key : rule.messageKeys()) {
                for (Map<String, Object> params : samples(rule, key)) {
                    String message = RuleMessages.format(locale, key, params);
                    check(key + " " + params + " in " + tag, message);
                    if (params.values().stream().anyMatch(v -> v instanceof LocalDate)) {
                        assertThat(message).as(key).contains(tag.equals("en-US") ? "December 14, 2026" : "14 December 2026");
                    }
                    rendered++;
                }
            }
        }
        for (String key : List.of("summary.acceptable", "summary.notAcceptable")) {
            for (int n = 0; n <= 2; n++) {
                check(key, RuleMessages.format(locale, key, Map.of("errors", n, "warnings", n)));
                rendered++;
            }
        }
        assertThat(rendered).isGreaterThan(250);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-US"})
    void everyCodedValueAMessageCanNameHasAWordedLabel(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        for (Class<? extends Enum<?>> type : CODED_PARAMETER_TYPES) {
            for (Enum<?> e : type.getEnumConstants()) {
                String key = "label." + type.getSimpleName() + "." + ((Coded) e).code();
                assertThat(RuleMessages.template(locale, key)).as(key).isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-US"})
    void reportSummariesCountInWords(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        assertThat(RuleMessages.format(locale, "summary.notAcceptable", Map.of("errors", 1, "warnings", 0)))
                .isEqualTo("Not acceptable: 1 error, 0 warnings.");
        assertThat(RuleMessages.format(locale, "summary.acceptable", Map.of("errors", 0, "warnings", 2)))
                .isEqualTo("Acceptable: 0 errors, 2 warnings.");
    }

    private static void check(String what, String message) {
        assertThat(message).as(what).doesNotContain("{", "}", "_", ID).doesNotContainPattern(CAMEL)
                .doesNotContainPattern(ONE_PLURAL).doesNotContainPattern(DOUBLED).doesNotEndWith(" ");
        assertThat(Character.isUpperCase(message.codePointAt(0)) || message.startsWith("\"")).as(what + ": " + message).isTrue();
        for (Class<? extends Enum<?>> type : CODED_PARAMETER_TYPES) {
            for (Enum<?> e : type.getEnumConstants()) {
                String code = ((Coded) e).code();
                if (code.indexOf('-') > 0 && !RuleMessages.label(Locale.UK, (Coded) e).equals(code)) {
                    assertThat(message).as(what + ": code " + code).doesNotContain(code);
                }
            }
        }
    }

    /** Parameter sets for one message: counts 1 and 2, and each coded value of each coded parameter. */
    private static List<Map<String, Object>> samples(Rule rule, String key) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int count = 1; count <= 2; count++) {
            Map<String, Object> base = new LinkedHashMap<>();
            for (Param<?> p : rule.parameters(key)) {
                base.put(p.name(), sample(p, count));
            }
            out.add(base);
            for (Param<?> p : rule.parameters(key)) {
                for (Class<? extends Enum<?>> type : CODED.getOrDefault(p.name(), List.of())) {
                    for (Enum<?> e : type.getEnumConstants()) {
                        Map<String, Object> one = new LinkedHashMap<>(base);
                        one.put(p.name(), e);
                        out.add(one);
                    }
                }
            }
        }
        return out;
    }

    private static Object sample(Param<?> p, int count) {
        Class<?> type = p.type();
        if (type == LocalDate.class) {
            return DATE;
        }
        if (type == Integer.class) {
            return count;
        }
        if (type == Long.class) {
            return (long) count;
        }
        if (type == Coded.class) {
            return CODED.get(p.name()).get(0).getEnumConstants()[0];
        }
        return switch (p.name()) {
            case "term" -> "low risk";
            case "suggestion" -> "Describe the specific risks and what helps.";
            case "country" -> "GB";
            case "number" -> "999";
            case "guideline" -> "NG225";
            case "termKey" -> "low-risk";
            case "character" -> "U+0627 ARABIC LETTER ALEF";
            default -> ID;
        };
    }

    /** The names of a template's top-level placeholders, {@code {name}} or {@code {name, plural, ...}}. */
    static List<String> placeholders(String template) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        int open = -1;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                if (depth++ == 0) {
                    open = i;
                }
            } else if (c == '}' && depth > 0 && --depth == 0) {
                String body = template.substring(open + 1, i);
                int comma = body.indexOf(',');
                names.add((comma < 0 ? body : body.substring(0, comma)).strip());
            }
        }
        return names;
    }
}
