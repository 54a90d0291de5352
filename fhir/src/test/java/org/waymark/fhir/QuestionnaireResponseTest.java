package org.waymark.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.fhir.internal.FormItem;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;
import org.waymark.model.Person;
import org.waymark.model.PlanStatus;
import org.waymark.templates.Template;
import org.waymark.templates.TemplateLibrary;
import org.waymark.templates.TemplateSection;
import org.waymark.testing.PlanArbitraries;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.Stage;

/**
 * A plan's answers to a template's Questionnaire read back to the same content: for the example
 * plans and generated plans, in memory and through JSON; and HAPI's validator finds no errors in the
 * responses.
 */
class QuestionnaireResponseTest {

    private static final Template NICE = TemplateLibrary.standard().require("nice-care-plan");
    private static final AtomicInteger TRIES = new AtomicInteger();

    static List<String> examples() {
        return ExamplePlans.names();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void examplePlansAnswerTheCarePlanQuestionnaireAndReadBack(String name) {
        CarePlan plan = ExamplePlans.load(name);
        Locale locale = plan.person().locale();
        QuestionnaireResponse response = TemplateQuestionnaires.toResponse(plan, NICE, locale);

        CarePlan back = ResponseImport.read(TemplateQuestionnaires.toJson(response), NICE, plan.id(), plan.person(),
                plan.startDate());

        assertSameCoveredContent(plan, back, NICE);
        assertThat(back.status()).isEqualTo(PlanStatus.DRAFT);
        List<SingleValidationMessage> messages = QuestionnaireFixture.messages(response);
        System.out.println("[response] " + name + ": " + response.getItem().size() + " sections, "
                + FhirValidatorFixture.summary(messages));
        assertThat(FhirValidatorFixture.errors(messages)).as(FhirValidatorFixture.describe(messages)).isEmpty();
    }

    @Test
    void safetyPlanResponseBecomesADraftWithTheTemplatesDefaultsAndValidates() {
        Template safety = TemplateLibrary.standard().require("safety-plan");
        Person person = new Person("p-1", "Alex", null, null, Locale.UK, null, null);
        CarePlan start = safety.instantiate("sp-1", person, LocalDate.of(2026, 11, 20));
        CarePlan filled = start.withSafetyPlan(start.safetyPlan().withWarningSigns(List.of("I stop answering my phone"))
                .withCopingStrategies(List.of("Go for a walk", "Listen to music")));
        QuestionnaireResponse response = TemplateQuestionnaires.toResponse(filled, safety, Locale.UK);

        CarePlan back = ResponseImport.toPlan(response, safety, "sp-1", person, LocalDate.of(2026, 11, 20));

        assertThat(back).isEqualTo(filled);
        assertThat(PlanValidator.standard().validate(back, Stage.DRAFT).findings())
                .noneMatch(f -> f.isError() && f.path().toString().startsWith("safetyPlan.warningSigns"));
        List<SingleValidationMessage> messages = QuestionnaireFixture.messages(response);
        assertThat(FhirValidatorFixture.errors(messages)).as(FhirValidatorFixture.describe(messages)).isEmpty();
    }

    @Property(tries = 300)
    void generatedPlansReadBack(@ForAll("plans") CarePlan generated) {
        CarePlan plan = englishSpeaking(generated);
        Locale locale = plan.person().locale();
        QuestionnaireResponse response = TemplateQuestionnaires.toResponse(plan, NICE, locale);

        CarePlan back = ResponseImport.toPlan(response, NICE, plan.id(), plan.person(), plan.startDate());

        assertSameCoveredContent(plan, back, NICE);
        TRIES.incrementAndGet();
    }

    @Property(tries = 30)
    void generatedResponsesValidate(@ForAll("plans") CarePlan generated) {
        CarePlan plan = englishSpeaking(generated);
        QuestionnaireResponse response = TemplateQuestionnaires.toResponse(plan, NICE, plan.person().locale());

        List<SingleValidationMessage> messages = QuestionnaireFixture.messages(response);
        assertThat(FhirValidatorFixture.errors(messages)).as(FhirValidatorFixture.describe(messages)).isEmpty();
    }

    @AfterContainer
    static void report() {
        System.out.println("[round trip] generated plans read back: " + TRIES.get());
    }

    @Provide
    Arbitrary<CarePlan> plans() {
        return PlanArbitraries.plans();
    }

    private static CarePlan englishSpeaking(CarePlan plan) {
        Person p = plan.person();
        if (p.locale().equals(Locale.UK) || p.locale().equals(Locale.US)) {
            return plan;
        }
        return plan.withPerson(new Person(p.id(), p.preferredName(), p.dateOfBirth(), p.ageBand(), Locale.UK,
                p.pronouns(), p.hasDependentChildren()));
    }

    /**
     * Every value the template asks for is equal, except lists and values the plan leaves empty, where
     * the draft keeps the template's default.
     */
    static void assertSameCoveredContent(CarePlan plan, CarePlan back, Template template) {
        JsonNode before = TemplateQuestionnaires.planNode(plan);
        JsonNode after = TemplateQuestionnaires.planNode(back);
        for (TemplateSection section : template.sections()) {
            for (FormItem item : FormItem.section(template, section)) {
                List<FormItem> leaves = item.kind() == FormItem.Kind.GROUP && !item.repeats() ? item.children() : List.of(item);
                for (FormItem leaf : leaves) {
                    JsonNode b = TemplateQuestionnaires.at(before, leaf.path());
                    if (b == null || (b.isArray() && b.isEmpty()) || (b.isBoolean() && !b.asBoolean() && leaf.primitiveBoolean())) {
                        continue;
                    }
                    if (leaf.kind() == FormItem.Kind.GROUP && !leaf.repeats()) {
                        assertThat(TemplateQuestionnaires.at(after, leaf.path())).as(leaf.linkId()).isEqualTo(b);
                    } else {
                        assertThat(TemplateQuestionnaires.at(after, leaf.path())).as(leaf.linkId()).isEqualTo(b);
                    }
                }
            }
        }
    }
}
