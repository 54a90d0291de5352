package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.model.CarePlan;

class RuleMessagesTest {

    private static Set<String> declaredKeys() {
        Set<String> keys = new HashSet<>();
        RuleCatalogue.standard().rules().forEach(r -> keys.addAll(r.messageKeys()));
        return keys;
    }

    private static Properties read(String resource) throws IOException {
        try (InputStream in = RuleMessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en", "en-US", "de-DE", "und"})
    void everyMessageKeyOfEveryRuleResolves(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        for (String key : declaredKeys()) {
            assertThat(RuleMessages.template(locale, key)).as(key + " in " + tag).isNotBlank();
        }
    }

    @Test
    void bundlesHoldNoKeyThatNoRuleDeclares() throws IOException {
        for (String file : List.of("RuleMessages.properties", "RuleMessages_en_GB.properties", "RuleMessages_en_US.properties")) {
            assertThat(read("/org/waymark/validation/" + file).stringPropertyNames()).as(file)
                    .filteredOn(k -> !k.startsWith("label.") && !k.startsWith("summary.")).isSubsetOf(declaredKeys());
        }
    }

    @Test
    void everyLabelNamesARealCodedValue() throws IOException {
        java.util.Set<String> values = new java.util.HashSet<>();
        for (Class<? extends Enum<?>> type : MessageRenderingTest.CODED_PARAMETER_TYPES) {
            for (Enum<?> e : type.getEnumConstants()) {
                values.add("label." + type.getSimpleName() + "." + ((org.waymark.model.Coded) e).code());
            }
        }
        assertThat(read("/org/waymark/validation/RuleMessages.properties").stringPropertyNames())
                .filteredOn(k -> k.startsWith("label.")).isNotEmpty().isSubsetOf(values);
        assertThat(RuleMessages.label(Locale.UK, org.waymark.model.RiskDomain.SIGNIFICANT_RELATIONSHIPS)).isEqualTo("significant relationships");
        assertThat(RuleMessages.label(Locale.UK, org.waymark.model.InformationTopic.CARE_PLAN)).isEqualTo("the care plan");
    }

    @Test
    void parametersAreSubstitutedInEveryMessageFound() {
        List<CarePlan> broken = List.of(Plans.draft(), Plans.adult().withNextReview(null), Plans.adult().withRiskManagementPlan(null));
        for (CarePlan plan : broken) {
            for (Stage stage : Stage.values()) {
                for (Finding f : Plans.validate(plan, stage).findings()) {
                    assertThat(f.message()).as(f.messageKey()).doesNotContain("{", "}").isNotEqualTo(f.messageKey());
                    assertThat(f.citation()).isEqualTo(RuleCatalogue.standard().rule(f.ruleId()).orElseThrow().citation());
                }
            }
        }
    }

    @Test
    void messagesFollowTheValidatorsLocale() {
        PlanValidator us = PlanValidator.builder().locale(Locale.US).build();
        CarePlan plan = Plans.adult().withSharing(Plans.adult().sharing().withGp(null));

        Finding gb = Plans.validate(plan).findings().get(0);
        Finding en = us.validate(plan, Stage.FINAL, Plans.ON).findings().get(0);

        assertThat(en.messageKey()).isEqualTo(gb.messageKey());
        assertThat(en.message()).isNotEqualTo(gb.message());
    }

    @Test
    void findingsPrintNoFreeTextOfThePlan() {
        CarePlan plan = Plans.withChainLink("Staff called it attention-seeking.");
        Stream.concat(Plans.validate(plan).findings().stream(), Plans.validate(Plans.draft(), Stage.DRAFT).findings().stream())
                .forEach(f -> assertThat(f.toString()).doesNotContain("Staff", "attention-seeking.", "07700", "Siobhán", "Work friend"));
        assertThat(Plans.validate(plan).toString()).doesNotContain("Staff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "en-US"})
    void everyParameterAMessageUsesIsOneItsRuleDeclaresForIt(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        int checked = 0;
        for (Rule rule : RuleCatalogue.standard().rules()) {
            for (String key : rule.messageKeys()) {
                Set<String> declared = new HashSet<>();
                rule.parameters(key).forEach(p -> declared.add(p.name()));
                for (String name : MessageRenderingTest.placeholders(RuleMessages.template(locale, key))) {
                    assertThat(declared).as(key + " in " + tag + " uses {" + name + "}").contains(name);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void theCatalogueListsEveryDeclaredRuleOnceInDeclarationOrder() {
        assertThat(RuleCatalogue.standard().rules()).extracting(Rule::ruleId).containsExactly(RuleId.values());
        assertThat(RuleCatalogue.standard().ids()).containsExactlyElementsOf(
                java.util.Arrays.stream(RuleId.values()).map(RuleId::id).toList());
    }

    @Test
    void aCheckCannotReportAMessageOrParameterItsRuleDoesNotDeclare() {
        Rule smart = RuleCatalogue.standard().rule("GOAL-SMART").orElseThrow();
        List<Finding> sink = new java.util.ArrayList<>();
        Emitter out = new Emitter(smart, Stage.FINAL, Locale.UK, sink);
        org.waymark.model.PlanPath at = org.waymark.model.PlanPath.of("goals");

        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> out.report(at, "noSuchMessage"));
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> out.report(at, "noMeasure", Param.MEMBER_ID.of("m1")));
        out.report(at, "noMeasure", Param.GOAL_ID.of("g1"));
        assertThat(sink).singleElement().satisfies(f -> assertThat(f.parameters()).containsExactly(java.util.Map.entry("goalId", "g1")));
    }
}
