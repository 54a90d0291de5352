package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.validation.Plans.adult;
import static org.waymark.validation.Plans.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;
import org.waymark.model.IdentifiedRisk;

class TextRulesTest {

    @Nested
    @Covers("NO-RISK-PREDICTION")
    class NoRiskPrediction {

        @Test
        void examplesAssignNoRiskLevel() {
            Expect.clean(validate(adult()), "NO-RISK-PREDICTION");
            Expect.clean(validate(Plans.young()), "NO-RISK-PREDICTION");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Risk level: high.", "Overall risk is low.", "Risk score 14", "She was assessed as being at high risk.",
            "Predicted risk of repetition discussed.", "A 30% chance of repeat self-harm within a year.",
            "Likelihood of repetition estimated at 12%."})
        void textThatAssignsARiskLevelIsAnErrorEvenInADraft(String text) {
            Expect.rule(validate(Plans.withChainLink(text), Stage.DRAFT), "NO-RISK-PREDICTION", "ERROR history.chainAnalyses[0].links[2].description");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Things that make harm more likely: conflict at work.", "Wants to reduce the likelihood of cutting.",
            "Risk of infection from wounds.", "The team will ask about risks at every contact."})
        void describingRisksIsClean(String text) {
            Expect.clean(validate(Plans.withChainLink(text)), "NO-RISK-PREDICTION");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Felt to be low risk of repeating.", "Risk to self: low", "Unlikely to self-harm again.",
            "No current risk to self.", "Pt at elevated risk for suicide given recent attempt.", "Risk of further DSH is low."})
        void aLevelGivenToFutureSelfHarmIsAnErrorAtBothStagesLocatedAtTheField(String text) {
            for (Stage stage : Stage.values()) {
                Expect.rule(validate(Plans.withChainLink(text), stage), "NO-RISK-PREDICTION",
                        "ERROR history.chainAnalyses[0].links[2].description");
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"We did not give a risk level.", "She asked whether she was high risk.",
            "Self-harm is more likely when she drinks.", "High risk of bleeding on warfarin.", "Likely to benefit from DBT."})
        void negatedHedgedComparativeAndOtherRisksAreNoPrediction(String text) {
            Expect.clean(validate(Plans.withChainLink(text)), "NO-RISK-PREDICTION");
        }

        @Test
        void aPredictionIsNotAlsoReportedAsStratificationLanguage() {
            PlanValidator real = PlanValidator.builder().clock(Plans.CLOCK).build();
            ValidationReport report = real.validate(Plans.withChainLink("Overall risk: low. Discussed at the high-risk MDT."), Stage.FINAL, Plans.ON);

            assertThat(report.findings()).filteredOn(f -> f.path().toString().equals("history.chainAnalyses[0].links[2].description"))
                    .extracting(Finding::ruleId)
                    .containsExactlyInAnyOrder("NO-RISK-PREDICTION", "RISK-STRATIFICATION-LANGUAGE");
        }

        @Test
        void theFormulationSummaryIsCheckedToo() {
            CarePlan plan = adult().withRiskFormulation(new org.waymark.model.RiskFormulation(adult().riskFormulation().formulatedOn(),
                    "Overall risk: medium.", adult().riskFormulation().domains(), adult().riskFormulation().risks(),
                    adult().riskFormulation().factors(), adult().riskFormulation().agreement()));

            Expect.rule(validate(plan), "NO-RISK-PREDICTION", "ERROR riskFormulation.summary");
        }
    }

    @Nested
    @Covers("NON-STIGMATISING-LANGUAGE")
    class NonStigmatising {

        @Test
        void examplesAreClean() {
            Expect.clean(validate(adult()), "NON-STIGMATISING-LANGUAGE");
        }

        @Test
        void stigmatisingTermInAChainLinkIsAWarningWithItsPath() {
            ValidationReport report = validate(Plans.withChainLink("Staff called it attention-seeking."));

            Expect.exactly(report, "NON-STIGMATISING-LANGUAGE WARNING history.chainAnalyses[0].links[2].description");
            assertThat(report.findings().get(0).parameters()).containsEntry("termKey", "attention-seeking")
                    .containsEntry("start", 16).containsEntry("end", 33).containsKey("suggestion");
        }

        @Test
        void theStandardValidatorUsesTheAdapter() {
            assertThat(LanguageCheckerAdapter.standard()).isNotNull();
            TextChecker everything = text -> List.of(new TextMatch(RuleId.NON_STIGMATISING_LANGUAGE.id(), "any", 0, 1, null));

            ValidationReport report = PlanValidator.builder().textChecker(everything).build().validate(adult(), Stage.FINAL, Plans.ON);

            assertThat(report.byRule("NON-STIGMATISING-LANGUAGE")).hasSize(TextWalker.texts(adult()).size());
        }
    }

    @Nested
    @Covers("RISK-STRATIFICATION-LANGUAGE")
    class Stratification {

        @Test
        void examplesAreClean() {
            Expect.clean(validate(adult()), "RISK-STRATIFICATION-LANGUAGE");
        }

        @Test
        void stratifyingTermInARiskIsAWarning() {
            CarePlan plan = adult().withRiskFormulation(adult().riskFormulation().withRisks(Plans.with(adult().riskFormulation().risks(), 0,
                    r -> new IdentifiedRisk(r.id(), r.horizon(), "High risk of infection from wounds."))));

            Expect.exactly(validate(plan), "RISK-STRATIFICATION-LANGUAGE WARNING riskFormulation.risks[0].description");
        }

        @Test
        void matchesForOtherRulesAreIgnored() {
            TextChecker other = text -> List.of(new TextMatch("SOMETHING-ELSE", "x", 0, 1, null));

            ValidationReport report = PlanValidator.builder().textChecker(other).build().validate(adult(), Stage.FINAL, Plans.ON);

            assertThat(report.hasFindings()).isFalse();
        }
    }

    @Nested
    class Walker {

        private static final Pattern NOT_FREE_TEXT = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*|\\d{4}-\\d{2}-\\d{2}|[a-z]{2}-[A-Z]{2}|[0-9.]+");

        @Test
        void everyStringInTheExampleThatTheWalkerSkipsIsAnIdDateOrCode() throws IOException {
            for (String name : ExamplePlans.names()) {
                Map<String, String> json = jsonStrings(name);
                Map<String, String> walked = new LinkedHashMap<>();
                TextWalker.texts(ExamplePlans.load(name)).forEach(t -> walked.put(t.path().toString(), t.text()));

                assertThat(json).containsAllEntriesOf(walked);
                json.forEach((path, value) -> {
                    if (!walked.containsKey(path)) {
                        String field = path.replaceAll("\\[\\d+]$", "").replaceAll("^.*\\.", "");
                        assertThat(field.equals("id") || field.endsWith("Id") || field.endsWith("Ids") || NOT_FREE_TEXT.matcher(value).matches())
                                .as("%s in %s is free text the walker did not visit", path, name).isTrue();
                    }
                });
            }
        }

        @Test
        void walkerFindsDeeplyNestedText() {
            assertThat(TextWalker.texts(adult())).extracting(t -> t.path().toString())
                    .contains("history.chainAnalyses[0].links[2].description", "safetyPlan.coProduction.copiesKept[1]",
                            "instrumentObservations[0].responses[0].response", "riskFormulation.domains[8].summary",
                            "sharing.family[0].consent.scope", "review.history[0].goalProgress[0].note");
        }

        @Test
        void walkerKnowsEveryTextComponentAndNoId() {
            assertThat(TextWalker.textComponents())
                    .contains("ChainLink.description", "Goal.dueDateReason", "GpSharing.notSharedReason", "CarePlan.dbtANotPlannedReason",
                            "FamilyInvolvement.exceptionReason", "SignOff.personNotSignedReason", "MeansAction.action")
                    .noneMatch(c -> c.endsWith(".id") || c.endsWith("Id") || c.endsWith("Ids"));
        }

        private Map<String, String> jsonStrings(String name) throws IOException {
            try (InputStream in = ExamplePlans.class.getResourceAsStream(ExamplePlans.resource(name))) {
                JsonNode plan = new ObjectMapper().readTree(in).get("plan");
                Map<String, String> out = new LinkedHashMap<>();
                collect(plan, "", out);
                return out;
            }
        }

        private void collect(JsonNode node, String path, Map<String, String> out) {
            if (node.isTextual()) {
                out.put(path, node.textValue());
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    collect(node.get(i), path + "[" + i + "]", out);
                }
            } else if (node.isObject()) {
                node.properties().forEach(e -> collect(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out));
            }
        }
    }
}
