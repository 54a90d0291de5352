package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.validation.Plans.adult;
import static org.waymark.validation.Plans.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;
import org.waymark.model.Coded;
import org.waymark.model.Contact;
import org.waymark.model.IdentifiedRisk;
import org.waymark.model.PlanPath;
import org.waymark.model.PlanVisitor;
import org.waymark.model.PlanWalker;

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

            assertThat(report.byRule("NON-STIGMATISING-LANGUAGE")).hasSize(prose(adult()).size());
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
    class Walk {

        @Test
        void everyStringOfTheExamplesIsVisitedWithItsJsonPathAndValue() throws IOException {
            for (String name : ExamplePlans.names()) {
                Map<String, String> json = jsonStrings(name);
                Map<String, String> walked = new LinkedHashMap<>();
                PlanWalker.walk(ExamplePlans.load(name), new PlanVisitor() {
                    @Override
                    public void prose(PlanPath path, String text) {
                        walked.put(path.toString(), text);
                    }

                    @Override
                    public void name(PlanPath path, String text) {
                        walked.put(path.toString(), text);
                    }

                    @Override
                    public void phoneNumber(PlanPath path, String number) {
                        walked.put(path.toString(), number);
                    }

                    @Override
                    public void code(PlanPath path, String code) {
                        walked.put(path.toString(), code);
                    }

                    @Override
                    public void code(PlanPath path, Coded value) {
                        walked.put(path.toString(), value.code());
                    }

                    @Override
                    public void id(PlanPath path, String id, Item item) {
                        walked.put(path.toString(), id);
                    }

                    @Override
                    public void reference(PlanPath path, String id, Target target) {
                        walked.put(path.toString(), id);
                    }

                    @Override
                    public void date(PlanPath path, LocalDate date) {
                        walked.put(path.toString(), date.toString());
                    }

                    @Override
                    public void locale(PlanPath path, Locale locale) {
                        walked.put(path.toString(), locale.toLanguageTag());
                    }
                });

                assertThat(walked).as(name).containsAllEntriesOf(json);
            }
        }

        @Test
        void theTextRulesReadProseOnly() {
            CarePlan plan = ExamplePlans.load(ExamplePlans.ADULT_COMPLETE);
            List<String> given = new ArrayList<>();
            TextChecker recording = text -> {
                given.add(text.toString());
                return List.of();
            };

            PlanValidator.builder().textChecker(recording).build().validate(plan, Stage.FINAL, Plans.ON);

            List<String> notProse = new ArrayList<>();
            for (Contact c : plan.contacts()) {
                Stream.of(c.phone(), c.sms(), c.smsKeyword(), c.country(), c.name()).filter(Objects::nonNull).forEach(notProse::add);
            }
            assertThat(notProse).as("the example has phone numbers, keywords and country codes").hasSizeGreaterThan(5)
                    .anyMatch(s -> s.matches("[A-Z]{2}"));
            assertThat(given).doesNotContainAnyElementsOf(notProse)
                    .containsExactlyElementsOf(prose(plan).stream().map(Evaluation.FreeText::text).toList());
        }

        @Test
        void aSurnameOrAPhoneNumberIsNotReadAsWording() {
            CarePlan plan = adult();
            Contact first = plan.contacts().get(0);
            Contact cutter = new Contact(first.id(), "Sam Cutter", first.kind(), first.relationship(), "0800 high risk",
                    first.sms(), "LOW RISK", first.address(), first.country(), first.hours(), first.available24x7());
            List<Contact> contacts = new ArrayList<>(plan.contacts());
            contacts.set(0, cutter);

            ValidationReport report = validate(plan.toBuilder().contacts(contacts).build());

            assertThat(report.findings()).filteredOn(f -> f.path().toString().startsWith("contacts[0]")).extracting(Finding::ruleId)
                    .doesNotContain("NON-STIGMATISING-LANGUAGE", "RISK-STRATIFICATION-LANGUAGE", "NO-RISK-PREDICTION");
        }

        @Test
        void theDocumentsPrintCheckStillSeesNamesNumbersAndKeywords() {
            CarePlan plan = adult();
            Contact first = plan.contacts().get(0);
            Contact contact = new Contact(first.id(), first.name(), first.kind(), first.relationship(), "0800 \u0661\u0662",
                    first.sms(), "\u062D\u0627\u0644", first.address(), first.country(), first.hours(), first.available24x7());
            List<Contact> contacts = new ArrayList<>(plan.contacts());
            contacts.set(0, contact);

            Expect.rule(validate(plan.toBuilder().contacts(contacts).build()), "TEXT-PRINTABLE", "ERROR contacts[0].phone",
                    "ERROR contacts[0].smsKeyword");
        }

        @Test
        void proseIsFoundDeepInThePlan() {
            assertThat(prose(adult())).extracting(t -> t.path().toString())
                    .contains("history.chainAnalyses[0].links[2].description", "safetyPlan.coProduction.copiesKept[1]",
                            "instrumentObservations[0].responses[0].response", "riskFormulation.domains[8].summary",
                            "sharing.family[0].consent.scope", "review.history[0].goalProgress[0].note");
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

    /** The plan's prose as the validator's text rules read it. */
    private static List<Evaluation.FreeText> prose(CarePlan plan) {
        return new Evaluation(plan, Profile.NG225, Plans.ON, TextChecker.NONE, PrintableText.STANDARD).texts();
    }
}
