package org.waymark.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.fhir.QuestionnaireFixture.Form;
import org.waymark.language.LanguageChecker;
import org.waymark.model.PlanPath;
import org.waymark.templates.TemplateLibrary;
import org.waymark.templates.TemplateSection;

/** Every shipped template in every locale as a Questionnaire: structure, words, and HAPI's validator. */
class QuestionnaireExportTest {

    static List<Form> forms() {
        return QuestionnaireFixture.all();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void oneGroupPerSectionWithTheTemplatesWords(Form form) {
        Questionnaire q = form.questionnaire();
        List<TemplateSection> sections = form.template().sections();

        assertThat(q.getItem()).extracting(QuestionnaireItemComponent::getLinkId)
                .containsExactlyElementsOf(sections.stream().map(s -> "section:" + s.code()).toList());
        for (int i = 0; i < sections.size(); i++) {
            QuestionnaireItemComponent group = q.getItem().get(i);
            assertThat(group.getType()).isEqualTo(Questionnaire.QuestionnaireItemType.GROUP);
            assertThat(group.getText()).isEqualTo(form.template().text(form.locale()).section(sections.get(i)).title());
            List<String> displays = group.getItem().stream()
                    .filter(it -> it.getType() == Questionnaire.QuestionnaireItemType.DISPLAY && !it.hasEnableWhen())
                    .map(QuestionnaireItemComponent::getText).toList();
            assertThat(displays).isEqualTo(form.template().text(form.locale()).section(sections.get(i)).prompts());
        }
        assertThat(q.getUrl()).isEqualTo(TemplateQuestionnaires.url(form.template().id(), form.locale()));
        assertThat(q.getLanguage()).isEqualTo(form.locale().toLanguageTag());
    }

    @ParameterizedTest
    @MethodSource("forms")
    void linkIdsAreUniquePlanPathsAndChoicesUseContainedValueSetsOverWaymarkCodeSystems(Form form) {
        List<QuestionnaireItemComponent> items = flatten(form.questionnaire().getItem());
        Set<String> linkIds = new TreeSet<>();
        Set<String> contained = new TreeSet<>();
        for (var r : form.questionnaire().getContained()) {
            ValueSet vs = (ValueSet) r;
            contained.add("#" + vs.getIdElement().getIdPart());
            assertThat(vs.getCompose().getIncludeFirstRep().getSystem()).startsWith(WaymarkFhir.CANONICAL + "/CodeSystem/");
            assertThat(vs.getExpansion().getContains()).isNotEmpty();
        }
        for (QuestionnaireItemComponent item : items) {
            assertThat(linkIds.add(item.getLinkId())).as(item.getLinkId()).isTrue();
            if (!item.getLinkId().startsWith("section:")) {
                // a plan path with the list indexes left out
                assertThat(PlanPath.parse(item.getLinkId().replace("[]", "[0]")).toString())
                        .isEqualTo(item.getLinkId().replace("[]", "[0]"));
            }
            if (item.getType() == Questionnaire.QuestionnaireItemType.CHOICE) {
                assertThat(contained).contains(item.getAnswerValueSet());
            }
        }
    }

    @Test
    void noItemTextAsksForARiskLevelScoreOrProbability() {
        LanguageChecker checker = LanguageChecker.standard();
        int texts = 0;
        List<String> found = new ArrayList<>();
        for (Form form : forms()) {
            Questionnaire q = form.questionnaire();
            List<String> words = new ArrayList<>(List.of(q.getTitle(), q.getDescription()));
            for (QuestionnaireItemComponent item : flatten(q.getItem())) {
                words.add(item.getText());
            }
            for (var r : q.getContained()) {
                ((ValueSet) r).getExpansion().getContains().forEach(c -> words.add(c.getDisplay()));
            }
            for (String w : words) {
                texts++;
                checker.check(w).forEach(f -> found.add(form + ": " + f.ruleId() + " in '" + w + "'"));
                assertThat(w.toLowerCase(Locale.ROOT)).as(form + ": " + w)
                        .doesNotContain("risk level", "risk score", "probability", "score");
            }
        }
        assertThat(found).isEmpty();
        assertThat(texts).isGreaterThan(500);
    }

    @ParameterizedTest
    @MethodSource("forms")
    void hapiValidatorFindsNoErrors(Form form) {
        List<SingleValidationMessage> messages = QuestionnaireFixture.messages(form.questionnaire());
        List<SingleValidationMessage> errors = FhirValidatorFixture.errors(messages);

        System.out.println("[questionnaire] " + form + ": " + flatten(form.questionnaire().getItem()).size()
                + " items, " + FhirValidatorFixture.summary(messages));
        assertThat(errors).as(FhirValidatorFixture.describe(errors)).isEmpty();
    }

    @Test
    void allQuestionnairesAsOneBundle() {
        Bundle b = TemplateQuestionnaires.toBundle(TemplateLibrary.standard());

        assertThat(b.getEntry()).hasSize(forms().size());
        // for people and form engines to look at: target/questionnaires/<id>.json
        java.nio.file.Path dir = java.nio.file.Path.of("target", "questionnaires");
        try {
            java.nio.file.Files.createDirectories(dir);
            for (Form f : forms()) {
                java.nio.file.Files.writeString(dir.resolve(f.questionnaire().getIdElement().getIdPart() + ".json"),
                        TemplateQuestionnaires.toJson(f.questionnaire()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(TemplateQuestionnaires.toJson(b)).isEqualTo(TemplateQuestionnaires.toJson(
                TemplateQuestionnaires.toBundle(TemplateLibrary.standard())));
    }

    @Test
    void findingsPointAtTheItemThatHoldsTheProblem() {
        var template = TemplateLibrary.standard().require("nice-care-plan");

        assertThat(TemplateQuestionnaires.linkId(template, PlanPath.parse("goals[2].dueDate"))).hasValue("goals[].dueDate");
        assertThat(TemplateQuestionnaires.linkId(template, PlanPath.parse("person.hasDependentChildren")))
                .hasValue("person.hasDependentChildren");
        assertThat(TemplateQuestionnaires.linkId(template, PlanPath.parse("needsAssessment.findings[3]")))
                .hasValue("needsAssessment.findings");
        assertThat(TemplateQuestionnaires.linkId(template, PlanPath.parse("instrumentObservations[0]"))).isEmpty();
        assertThat(TemplateQuestionnaires.linkId(template, PlanPath.parse("aimsAgreement")))
                .as("a record spread over its fields").hasValue("aimsAgreement.on");
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyFindingOnEveryTemplatesDraftHasAnItemOfTheQuestionnaire(Form form) {
        var plan = form.template().instantiate("plan-1",
                new org.waymark.model.Person("p-1", null, null, null, form.locale(), null, null), java.time.LocalDate.of(2026, 12, 3));
        Set<String> linkIds = new TreeSet<>();
        flatten(form.questionnaire().getItem()).forEach(i -> linkIds.add(i.getLinkId()));
        var findings = org.waymark.validation.PlanValidator.standard()
                .validate(plan, org.waymark.validation.Stage.FINAL, java.time.LocalDate.of(2026, 12, 3)).findings();

        List<String> placed = new ArrayList<>();
        findings.forEach(f -> TemplateQuestionnaires.linkId(form.template(), f.path()).ifPresent(placed::add));

        assertThat(placed).isNotEmpty();
        assertThat(linkIds).containsAll(placed);
    }

    @Test
    void everyLabelInTheTablesNamesAnItemAndUsFormsSayPrimaryCareProvider() {
        Set<String> keys = new TreeSet<>();
        for (var t : TemplateLibrary.standard().templates()) {
            for (TemplateSection s : t.sections()) {
                keys(org.waymark.fhir.internal.FormItem.section(t, s), keys);
            }
        }
        for (Locale l : List.of(Locale.UK, Locale.US)) {
            assertThat(keys).as("no stale label keys, " + l).containsAll(org.waymark.fhir.internal.FormItem.labels(l).keys());
        }
        List<String> us = flatten(QuestionnaireFixture.form("nice-care-plan", Locale.US).questionnaire().getItem()).stream()
                .map(QuestionnaireItemComponent::getText).toList();
        List<String> gb = flatten(QuestionnaireFixture.form("nice-care-plan", Locale.UK).questionnaire().getItem()).stream()
                .map(QuestionnaireItemComponent::getText).toList();
        assertThat(us).contains("Shared with the primary care provider on").noneMatch(t -> t.matches(".*\\bGP\\b.*"));
        assertThat(gb).contains("Shared with the GP on", "Text message number", "Months between reviews");
    }

    private static void keys(List<org.waymark.fhir.internal.FormItem> items, Set<String> out) {
        for (var i : items) {
            out.add(i.key());
            keys(i.children(), out);
        }
    }

    static List<QuestionnaireItemComponent> flatten(List<QuestionnaireItemComponent> items) {
        List<QuestionnaireItemComponent> out = new ArrayList<>();
        for (QuestionnaireItemComponent i : items) {
            out.add(i);
            out.addAll(flatten(i.getItem()));
        }
        return out;
    }
}
