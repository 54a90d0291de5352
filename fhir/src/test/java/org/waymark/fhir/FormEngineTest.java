package org.waymark.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.databind.JsonNode;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.fhir.QuestionnaireFixture.Form;
import org.waymark.fhir.internal.Vocabulary;
import org.waymark.model.AimKind;
import org.waymark.model.CarePlan;
import org.waymark.model.Coded;
import org.waymark.model.Contact;
import org.waymark.model.ContactKind;
import org.waymark.model.Goal;
import org.waymark.model.GoalArea;
import org.waymark.model.GoalStatus;
import org.waymark.model.GoalTerm;
import org.waymark.model.Person;
import org.waymark.validation.Finding;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.Stage;
import org.waymark.validation.ValidationReport;

/**
 * A real form engine: every exported Questionnaire rendered by LHC-Forms (npm {@code lforms}) in
 * headless Chromium; answers typed and clicked in the page as a person would; the
 * QuestionnaireResponse the engine produces checked by HAPI's validator, imported, and the plan
 * validated. Screenshots go to {@code target/form-engine/}.
 * <p>
 * Needs Chromium (Debian package {@code chromium}) and, once, {@code npm} to fetch the engine.
 * Without them the test is skipped with a message, unless the environment variable
 * {@code WAYMARK_FORM_ENGINE=required} is set (CI sets it), in which case it fails.
 */
class FormEngineTest {

    private static final Path WORK = Path.of("target", "form-engine");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private static final int WIDTH = 1000;

    private static Chromium browser;
    private static Path page;

    @BeforeAll
    static void startBrowser() throws IOException {
        Optional<Path> executable = Chromium.find();
        if (executable.isEmpty()) {
            unavailable("no Chromium: install the Debian package 'chromium' (or set WAYMARK_CHROMIUM)");
        }
        Files.createDirectories(WORK);
        if (!Files.exists(WORK.resolve("lforms-" + LhcForms.VERSION).resolve("ready")) && !LhcForms.npmPresent()) {
            unavailable("no npm to fetch the form engine lforms@" + LhcForms.VERSION + ": install the Debian package 'npm'");
        }
        Path lforms = LhcForms.prepare(WORK);
        page = WORK.resolve("form.html");
        Files.writeString(page, html(WORK.relativize(lforms).toString().replace('\\', '/')), StandardCharsets.UTF_8);
        browser = Chromium.start(executable.get(), WORK.resolve("chromium.log"));
    }

    private static void unavailable(String why) {
        String message = "LHC-Forms browser test skipped: " + why;
        if ("required".equals(System.getenv("WAYMARK_FORM_ENGINE"))) {
            fail(message.replace("skipped", "cannot run") + " (WAYMARK_FORM_ENGINE=required)");
        }
        System.out.println("[form engine] " + message);
        Assumptions.abort(message);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    static List<Form> forms() {
        return QuestionnaireFixture.all();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyQuestionnaireRendersEveryItemAndItsUntouchedResponseImports(Form form) throws IOException {
        try (Chromium.Page p = render(form)) {
            Set<String> rendered = renderedLinkIds(p);
            Set<String> all = new LinkedHashSet<>();
            Set<String> shown = new LinkedHashSet<>();
            collect(form.questionnaire().getItem(), all, shown);

            assertThat(rendered).as("items the engine shows").containsAll(shown).isSubsetOf(all);
            assertThat(p.errors()).as("script errors").isEmpty();
            Files.write(WORK.resolve(name(form) + ".png"), p.screenshot(40_000));

            JsonNode response = p.eval("waymarkResponse()");
            CarePlan plan = ResponseImport.read(response.toString(), form.template(), "plan-1", person(form.locale()), DAY);
            assertThat(PlanValidator.standard().validate(plan, Stage.DRAFT, DAY).findings())
                    .noneMatch(Finding::isError);
            List<SingleValidationMessage> messages = validate(response);
            System.out.println("[form engine] " + form + ": " + rendered.size() + " of " + all.size()
                    + " items shown; untouched response " + FhirValidatorFixture.summary(messages));
            assertThat(FhirValidatorFixture.errors(messages)).as(FhirValidatorFixture.describe(messages)).isEmpty();
        }
    }

    @Test
    void safetyPlanFilledInTheEngineImportsAsTheAnswersGiven() throws IOException {
        Form form = QuestionnaireFixture.form("safety-plan", Locale.UK);
        try (Chromium.Page p = render(form)) {
            type(p, "safetyPlan.warningSigns/1/1", "I stop answering my phone");
            click(p, "add-safetyPlan.warningSigns/1/1");
            type(p, "safetyPlan.warningSigns/1/2", "I sleep all day");
            type(p, "safetyPlan.copingStrategies/1/1", "Go for a walk by the river");
            type(p, "contacts[].id/1/1/1", "sam");
            type(p, "contacts[].name/1/1/1", "Sam");
            choose(p, "contacts[].kind/1/1/1", ContactKind.PERSONAL);
            type(p, "contacts[].phone/1/1/1", "07700 900123");
            type(p, "safetyPlan.helpContactIds/1/1", "sam");
            type(p, "safetyPlan.reasonsForLiving/1/1", "My sister and her children");
            click(p, "safetyPlan.coProduction.writtenWithPerson/1/1/1|true");
            date(p, "safetyPlan.coProduction.on/1/1/1", DAY);
            assertThat(p.errors()).as("script errors").isEmpty();
            Files.write(WORK.resolve(name(form) + "-filled.png"), p.screenshot(40_000));
            Files.write(WORK.resolve(name(form) + "-filled-top.png"), p.screenshot(1_300));

            JsonNode response = p.eval("waymarkResponse()");
            Files.writeString(WORK.resolve(name(form) + "-response.json"), response.toPrettyString());
            CarePlan plan = ResponseImport.read(response.toString(), form.template(), "sp-1", person(Locale.UK), DAY);

            assertThat(plan.safetyPlan().warningSigns()).containsExactly("I stop answering my phone", "I sleep all day");
            assertThat(plan.safetyPlan().copingStrategies()).containsExactly("Go for a walk by the river");
            assertThat(plan.safetyPlan().reasonsForLiving()).containsExactly("My sister and her children");
            assertThat(plan.safetyPlan().helpContactIds()).containsExactly("sam");
            Contact sam = plan.contacts().stream().filter(c -> c.id().equals("sam")).findFirst().orElseThrow();
            assertThat(sam.kind()).isEqualTo(ContactKind.PERSONAL);
            assertThat(sam.phone()).isEqualTo("07700 900123");
            assertThat(plan.safetyPlan().coProduction().writtenWithPerson()).isTrue();
            assertThat(plan.safetyPlan().coProduction().on()).as("the date typed as the engine asks").isEqualTo(DAY);
            assertThat(PlanValidator.standard().validate(plan, Stage.DRAFT, DAY).isAcceptable()).isTrue();
            assertFindingsHaveAFieldOnThePage(p, form, plan);
            List<SingleValidationMessage> messages = validate(response);
            assertThat(FhirValidatorFixture.errors(messages)).as(FhirValidatorFixture.describe(messages)).isEmpty();
        }
    }

    @Test
    void carePlanFilledInTheEngineImportsAndShowsTheDependentChildrenReminderOnlyWhenAsked() throws IOException {
        Form form = QuestionnaireFixture.form("nice-care-plan", Locale.UK);
        String reminder = "section:needs-assessment:dependent-children";
        try (Chromium.Page p = render(form)) {
            assertThat(renderedLinkIds(p)).doesNotContain(reminder);
            type(p, "person.preferredName/1/1", "Alex");
            click(p, "person.hasDependentChildren/1/1|true");
            assertThat(renderedLinkIds(p)).as("enableWhen in the engine").contains(reminder);
            choose(p, "aims[].kind/1/1/1", AimKind.REDUCE_HARM);
            type(p, "aims[].detail/1/1/1", "Fewer injuries, cared for safely");
            type(p, "goals[].id/1/1/1", "g1");
            choose(p, "goals[].term/1/1/1", GoalTerm.LONG_TERM);
            choose(p, "goals[].area/1/1/1", GoalArea.COPING);
            choose(p, "goals[].status/1/1/1", GoalStatus.ACTIVE);
            type(p, "goals[].statement/1/1/1", "I have ways through hard evenings");
            date(p, "goals[].dueDate/1/1/1", LocalDate.of(2027, 2, 1));
            assertThat(p.errors()).as("script errors").isEmpty();
            Files.write(WORK.resolve(name(form) + "-filled.png"), p.screenshot(40_000));

            JsonNode response = p.eval("waymarkResponse()");
            Files.writeString(WORK.resolve(name(form) + "-response.json"), response.toPrettyString());
            CarePlan plan = ResponseImport.read(response.toString(), form.template(), "cp-1", person(Locale.UK), DAY);

            assertThat(plan.person().preferredName()).isEqualTo("Alex");
            assertThat(plan.person().hasDependentChildren()).isEqualTo(Boolean.TRUE);
            assertThat(plan.aims()).singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo(AimKind.REDUCE_HARM));
            Goal goal = plan.goals().stream().filter(g -> g.id().equals("g1")).findFirst().orElseThrow();
            assertThat(goal.term()).isEqualTo(GoalTerm.LONG_TERM);
            assertThat(goal.area()).isEqualTo(GoalArea.COPING);
            assertThat(goal.statement()).isEqualTo("I have ways through hard evenings");
            assertThat(goal.dueDate()).isEqualTo(LocalDate.of(2027, 2, 1));
            assertThat(goal.status()).isEqualTo(GoalStatus.ACTIVE);
            assertThat(PlanValidator.standard().validate(plan, Stage.DRAFT, DAY).isAcceptable()).isTrue();
            assertFindingsHaveAFieldOnThePage(p, form, plan);
            List<SingleValidationMessage> messages = validate(response);
            assertThat(FhirValidatorFixture.errors(messages)).as(FhirValidatorFixture.describe(messages)).isEmpty();
        }
    }

    /**
     * HAPI's validator over the engine's response. LHC-Forms claims the profile
     * {@code http://hl7.org/fhir/4.0/StructureDefinition/QuestionnaireResponse} (FHIR's version-specific
     * address of the base resource), which the offline validator cannot fetch: that is its only error,
     * checked here, and the messages returned are those of the response without that claim.
     */
    private static List<SingleValidationMessage> validate(JsonNode response) {
        org.hl7.fhir.r4.model.QuestionnaireResponse r = ResponseImport.parse(response.toString());
        assertThat(FhirValidatorFixture.errors(QuestionnaireFixture.messages(r)))
                .allSatisfy(m -> assertThat(m.getMessage()).contains("Failed to retrieve profile",
                        "http://hl7.org/fhir/4.0/StructureDefinition/QuestionnaireResponse"));
        r.getMeta().getProfile().clear();
        return QuestionnaireFixture.messages(r);
    }

    /** Every FINAL finding the template covers maps to a linkId the engine shows, so it can sit by its field. */
    private static void assertFindingsHaveAFieldOnThePage(Chromium.Page p, Form form, CarePlan plan) throws IOException {
        ValidationReport report = PlanValidator.standard().validate(plan, Stage.FINAL, DAY);
        Set<String> rendered = renderedLinkIds(p);
        List<String> linkIds = new ArrayList<>();
        for (Finding f : report.findings()) {
            TemplateQuestionnaires.linkId(form.template(), f.path()).ifPresent(linkIds::add);
        }
        assertThat(linkIds).as("findings placed on the form").isNotEmpty();
        assertThat(rendered).containsAll(linkIds);
    }

    private static Chromium.Page render(Form form) throws IOException {
        Chromium.Page p = browser.open(WIDTH, 1400);
        try {
            p.navigate(page.toAbsolutePath().toUri().toString());
            p.eval("new Promise(r => document.readyState === 'complete' ? r() : addEventListener('load', () => r()))");
            p.eval("waymarkRender(" + TemplateQuestionnaires.toJson(form.questionnaire()) + ")");
            return p;
        } catch (IOException | RuntimeException e) {
            p.close();
            throw e;
        }
    }

    /** The linkIds of the items on the page: LHC-Forms gives each {@code item-<linkId>/<repeat>…}. */
    private static Set<String> renderedLinkIds(Chromium.Page p) throws IOException {
        settle(p);
        JsonNode ids = p.eval("Array.from(document.querySelectorAll('#form lhc-item'))"
                + ".map(e => e.id.replace(/^item-/, '').replace(/(\\/\\d+)+$/, ''))");
        Set<String> out = new LinkedHashSet<>();
        ids.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Every linkId, and those the engine should show before any answer (no enableWhen on them or above). */
    private static void collect(List<QuestionnaireItemComponent> items, Set<String> all, Set<String> shown) {
        for (QuestionnaireItemComponent i : items) {
            all.add(i.getLinkId());
            if (!i.hasEnableWhen()) {
                shown.add(i.getLinkId());
                collect(i.getItem(), all, shown);
            } else {
                collect(i.getItem(), all, new LinkedHashSet<>());
            }
        }
    }

    /** Lets the engine's change detection run after an input event. */
    private static void settle(Chromium.Page p) throws IOException {
        p.eval("new Promise(r => setTimeout(r, 150))");
    }

    private static void focus(Chromium.Page p, String selector) throws IOException {
        JsonNode ok = p.eval("(() => { const e = document.querySelector(" + js(selector) + "); if (!e) return false;"
                + " e.scrollIntoView({block: 'center'}); e.focus(); return document.activeElement === e; })()");
        assertThat(ok.asBoolean()).as("can focus " + selector).isTrue();
    }

    /** Types into a text box and leaves it with Tab, as a person would. */
    private static void type(Chromium.Page p, String elementId, String text) throws IOException {
        focus(p, byId(elementId));
        p.type(text);
        p.press("Tab");
        settle(p);
    }

    /** Types the display of a code into a drop-down and clicks it in the list the engine offers. */
    private static void choose(Chromium.Page p, String elementId, Coded value) throws IOException {
        String display = Vocabulary.coding(value).getDisplay();
        focus(p, byId(elementId));
        p.type(display);
        settle(p);
        JsonNode at = p.eval("(() => { const li = Array.from(document.querySelectorAll('#completionOptions li'))"
                + ".find(e => e.textContent.replace(/^\\s*\\d+:\\s*/, '').trim() === " + js(display) + ");"
                + " if (!li) return null; const b = li.getBoundingClientRect(); return [b.x + b.width / 2, b.y + b.height / 2]; })()");
        assertThat(at.isArray()).as("'" + display + "' offered for " + elementId).isTrue();
        p.click(at.get(0).asDouble(), at.get(1).asDouble());
        settle(p);
        p.press("Tab");
        settle(p);
    }

    /** Types a date in the pattern the engine's field shows as its placeholder. */
    private static void date(Chromium.Page p, String elementId, LocalDate date) throws IOException {
        String input = "[id=\"item-" + elementId + "\"] input";
        String placeholder = p.eval("document.querySelector(" + js(input) + ").placeholder").asText();
        String pattern = placeholder.replace("DD", "dd").replace("YYYY", "yyyy");
        assertThat(pattern).as("date placeholder").isIn("MM/dd/yyyy", "dd/MM/yyyy", "yyyy-MM-dd");
        focus(p, input);
        p.type(date.format(DateTimeFormatter.ofPattern(pattern, Locale.ROOT)));
        p.press("Enter");
        p.press("Tab");
        settle(p);
    }

    /** Clicks an element with the mouse at its centre. */
    private static void click(Chromium.Page p, String elementId) throws IOException {
        JsonNode at = p.eval("(() => { const e = document.querySelector(" + js(byId(elementId)) + "); if (!e) return null;"
                + " e.scrollIntoView({block: 'center'}); const b = e.getBoundingClientRect();"
                + " return [b.x + b.width / 2, b.y + b.height / 2]; })()");
        assertThat(at.isArray()).as("element " + elementId).isTrue();
        p.click(at.get(0).asDouble(), at.get(1).asDouble());
        settle(p);
    }

    private static String byId(String id) {
        return "[id=\"" + id + "\"]";
    }

    private static String js(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static Person person(Locale locale) {
        return new Person("p-1", null, null, null, locale, null, null);
    }

    private static String name(Form form) {
        return form.template().id() + "-" + form.locale().toLanguageTag();
    }

    /** The page: the engine's web component bundle and its FHIR support, then two functions the test calls. */
    private static String html(String lforms) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Waymark form</title>
                <link href="LF/webcomponent/styles.css" rel="stylesheet">
                </head><body>
                <div id="form"></div>
                <script src="LF/webcomponent/assets/lib/zone.min.js"></script>
                <script src="LF/webcomponent/lhc-forms.js"></script>
                <script>
                window.waymarkRender = async function (questionnaire) {
                  for (let i = 0; i < 400 && !(window.LForms && LForms.Util && LForms.Util.addFormToPage); i++) {
                    await new Promise(r => setTimeout(r, 50));
                  }
                  if (!(window.LForms && LForms.Util)) throw new Error('LForms did not load');
                  if (!LForms.FHIR) {
                    await new Promise((ok, fail) => { const s = document.createElement('script');
                      s.src = 'LF/fhir/R4/lformsFHIR.min.js'; s.onload = ok;
                      s.onerror = () => fail(new Error('lformsFHIR did not load')); document.head.appendChild(s); });
                  }
                  await LForms.Util.addFormToPage(questionnaire, 'form');
                  return document.querySelectorAll('#form lhc-item').length;
                };
                window.waymarkResponse = function () {
                  return LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', document.querySelector('#form'));
                };
                </script>
                </body></html>
                """.replace("LF/", lforms + "/");
    }
}
