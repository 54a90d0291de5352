package org.waymark.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.waymark.model.CarePlan;
import org.waymark.model.Person;
import org.waymark.templates.Template;
import org.waymark.templates.TemplateLibrary;

/** Responses that cannot become a plan are refused with a typed, located error that quotes no answer. */
class ResponseImportErrorsTest {

    private static final Template SAFETY = TemplateLibrary.standard().require("safety-plan");
    private static final Template NICE = TemplateLibrary.standard().require("nice-care-plan");
    private static final Person PERSON = new Person("p-1", null, null, null, Locale.UK, null, null);
    private static final LocalDate DATE = LocalDate.of(2026, 11, 20);

    private static QuestionnaireResponse response(Template t) {
        QuestionnaireResponse r = new QuestionnaireResponse();
        r.setQuestionnaire(TemplateQuestionnaires.url(t.id(), Locale.UK));
        r.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        return r;
    }

    private static QuestionnaireResponseItemComponent section(QuestionnaireResponse r, String code) {
        return r.addItem().setLinkId("section:" + code);
    }

    private static ResponseFormatException refused(ThrowingCallable call) {
        try {
            call.call();
        } catch (ResponseFormatException e) {
            return e;
        } catch (Throwable t) {
            throw new AssertionError("expected ResponseFormatException, got " + t, t);
        }
        throw new AssertionError("expected ResponseFormatException, nothing thrown");
    }

    private static ResponseFormatException refused(QuestionnaireResponse r, Template t) {
        return refused(() -> ResponseImport.toPlan(r, t, "plan-1", PERSON, DATE));
    }

    @Test
    void aMinimalResponseGivesTheTemplatesDraftWithItsAnswers() {
        QuestionnaireResponse r = response(SAFETY);
        section(r, "safety-plan").addItem().setLinkId("safetyPlan.warningSigns")
                .addAnswer(new QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent().setValue(new StringType("I stop eating")));
        section(r, "review").addItem().setLinkId("review.intervalMonths").addAnswer().setValue(new org.hl7.fhir.r4.model.IntegerType(2));

        CarePlan plan = ResponseImport.toPlan(r, SAFETY, "plan-1", PERSON, DATE);

        assertThat(plan.safetyPlan().warningSigns()).containsExactly("I stop eating");
        assertThat(plan.review().intervalMonths()).isEqualTo(2);
        assertThat(plan.safetyPlan().professionalContactIds())
                .isEqualTo(SAFETY.instantiate("plan-1", PERSON, DATE).safetyPlan().professionalContactIds())
                .isNotEmpty();
        assertThat(plan.person()).isEqualTo(PERSON);
        assertThat(plan.startDate()).isEqualTo(DATE);
    }

    @Test
    void unknownLinkId() {
        QuestionnaireResponse r = response(SAFETY);
        section(r, "safety-plan").addItem().setLinkId("safetyPlan.riskLevel").addAnswer().setValue(new StringType("x"));

        ResponseFormatException e = refused(r, SAFETY);
        assertThat(e.location()).isEqualTo("QuestionnaireResponse.item[0].item[0].linkId");
        assertThat(e.linkId()).hasValue("safetyPlan.riskLevel");
        assertThat(e.reason()).contains("unknown linkId");
    }

    @Test
    void unknownSectionAndSectionOfAnotherTemplate() {
        QuestionnaireResponse r = response(SAFETY);
        section(r, "risk-formulation");

        assertThat(refused(r, SAFETY).location()).isEqualTo("QuestionnaireResponse.item[0].linkId");
    }

    @Test
    void wrongAnswerType() {
        QuestionnaireResponse r = response(SAFETY);
        section(r, "review").addItem().setLinkId("review.nextReviewDate").addAnswer().setValue(new StringType("soon"));

        ResponseFormatException e = refused(r, SAFETY);
        assertThat(e.location()).isEqualTo("QuestionnaireResponse.item[0].item[0].answer[0].value");
        assertThat(e.linkId()).hasValue("review.nextReviewDate");
        assertThat(e.reason()).contains("valueDate").doesNotContain("soon");
    }

    @Test
    void partialDate() {
        QuestionnaireResponse r = response(SAFETY);
        section(r, "review").addItem().setLinkId("review.nextReviewDate").addAnswer().setValue(new DateType("2027-02"));

        assertThat(refused(r, SAFETY).reason()).contains("full date");
    }

    @Test
    void codeOutsideTheValueSetAndCodingFromAnotherSystem() {
        QuestionnaireResponse r = response(NICE);
        section(r, "person").addItem().setLinkId("person.ageBand").addAnswer()
                .setValue(new Coding("https://waymark.org/fhir/CodeSystem/age-band", "high", null));
        ResponseFormatException e = refused(r, NICE);
        assertThat(e.location()).isEqualTo("QuestionnaireResponse.item[0].item[0].answer[0].value.code");
        assertThat(e.reason()).contains("outside the item's value set");

        QuestionnaireResponse other = response(NICE);
        section(other, "person").addItem().setLinkId("person.ageBand").addAnswer()
                .setValue(new Coding("http://loinc.org", "93374-7", null));
        assertThat(refused(other, NICE).location()).endsWith(".value.system");
    }

    @Test
    void twoAnswersToAnItemThatTakesOne() {
        QuestionnaireResponse r = response(SAFETY);
        QuestionnaireResponseItemComponent item = section(r, "review").addItem().setLinkId("review.intervalMonths");
        item.addAnswer().setValue(new org.hl7.fhir.r4.model.IntegerType(2));
        item.addAnswer().setValue(new org.hl7.fhir.r4.model.IntegerType(3));

        assertThat(refused(r, SAFETY).location()).isEqualTo("QuestionnaireResponse.item[0].item[0].answer[1]");
    }

    @Test
    void riskLevelInFreeText() {
        QuestionnaireResponse r = response(SAFETY);
        section(r, "safety-plan").addItem().setLinkId("safetyPlan.warningSigns").addAnswer()
                .setValue(new StringType("Assessed as low risk of suicide"));

        ResponseFormatException e = refused(r, SAFETY);
        assertThat(e.ruleId()).hasValue("NO-RISK-PREDICTION");
        assertThat(e.linkId()).hasValue("safetyPlan.warningSigns");
        assertThat(e.getMessage()).doesNotContain("Assessed");
    }

    @Test
    void riskLevelInAnExtension() {
        QuestionnaireResponse r = response(SAFETY);
        QuestionnaireResponseItemComponent item = section(r, "safety-plan").addItem().setLinkId("safetyPlan.warningSigns");
        item.addExtension("https://example.org/fhir/StructureDefinition/suicide-risk-level", new DecimalType("0.8"));
        item.addAnswer().setValue(new StringType("I stop eating"));

        ResponseFormatException e = refused(r, SAFETY);
        assertThat(e.ruleId()).hasValue("NO-RISK-PREDICTION");
        assertThat(e.location()).startsWith("QuestionnaireResponse.item[0].item[0].extension");
    }

    @Test
    void responseToAnotherQuestionnaire() {
        QuestionnaireResponse r = response(SAFETY);
        r.setQuestionnaire("https://example.org/Questionnaire/phq-9");

        assertThat(refused(r, SAFETY).location()).isEqualTo("QuestionnaireResponse.questionnaire");
    }

    @Test
    void answersThatMakeAnInvalidPlanPointAtTheItem() {
        QuestionnaireResponse r = response(NICE);
        QuestionnaireResponseItemComponent goal = section(r, "aims-and-goals").addItem().setLinkId("goals");
        goal.addItem().setLinkId("goals[].statement").addAnswer().setValue(new StringType("Sleep better"));

        ResponseFormatException e = refused(r, NICE);
        assertThat(e.linkId()).isPresent();
        assertThat(e.linkId().get()).startsWith("goals");
        assertThat(e.reason()).contains("do not make a valid plan");
    }

    @Test
    void groupWithAnAnswerAndQuestionWithNestedItems() {
        QuestionnaireResponse r = response(NICE);
        section(r, "aims-and-goals").addItem().setLinkId("goals").addAnswer().setValue(new BooleanType(true));
        assertThat(refused(r, NICE).reason()).contains("group takes no answers");

        QuestionnaireResponse q = response(SAFETY);
        section(q, "safety-plan").addItem().setLinkId("safetyPlan.warningSigns").addItem().setLinkId("x");
        assertThat(refused(q, SAFETY).reason()).contains("no nested items");
    }

    @Test
    void boundsOnSizeAndDepthAndStrictJson() {
        StringBuilder deep = new StringBuilder("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":");
        for (int i = 0; i < 200; i++) {
            deep.append("[{\"linkId\":\"a\",\"item\":");
        }
        deep.append("[]");
        for (int i = 0; i < 200; i++) {
            deep.append("}]");
        }
        deep.append('}');
        assertThat(refused(() -> ResponseImport.parse(deep.toString())).reason()).contains("nested too deeply");

        assertThat(refused(() -> ResponseImport.parse("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\","
                + "\"status\":\"completed\"}")).reason()).contains("not valid JSON");
        assertThat(refused(() -> ResponseImport.parse("{\"resourceType\":\"Bundle\",\"type\":\"collection\"}")).reason())
                .contains("not a valid FHIR R4 QuestionnaireResponse");
        assertThat(refused(() -> ResponseImport.parse("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\","
                + "\"riskScore\":3}")).location()).isEqualTo("QuestionnaireResponse");
        String big = "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"id\":\""
                + "a".repeat(FhirImport.MAX_DOCUMENT_LENGTH) + "\"}";
        assertThat(refused(() -> ResponseImport.parse(big)).reason()).contains("larger than");
        assertThatThrownBy(() -> ResponseImport.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyItemOfTheSafetyPlanQuestionnaireIsKnownToTheImport() {
        var items = QuestionnaireExportTest.flatten(QuestionnaireFixture.form("safety-plan", Locale.UK).questionnaire().getItem());

        assertThat(items).hasSizeGreaterThan(30);
        assertThat(items.stream().map(i -> i.getLinkId()).toList()).contains("safetyPlan.warningSigns",
                "safetyPlan.reasonsForLiving", "contacts[].phone", "riskManagementPlan.crisisPlan.contactIds",
                "review.intervalMonths");
        assertThat(List.of("safetyPlan.warningSigns")).isNotEmpty();
    }
}
