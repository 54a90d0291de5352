package org.waymark.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.model.Agreement;
import org.waymark.model.AimKind;
import org.waymark.model.CarePlan;
import org.waymark.model.CareTeam;
import org.waymark.model.CoProduction;
import org.waymark.model.Contact;
import org.waymark.model.CrisisPlan;
import org.waymark.model.DecisionKind;
import org.waymark.model.FactorCategory;
import org.waymark.model.FactorEffect;
import org.waymark.model.FunctionRecord;
import org.waymark.model.Goal;
import org.waymark.model.GoalArea;
import org.waymark.model.GoalStep;
import org.waymark.model.GoalTerm;
import org.waymark.model.GpSharing;
import org.waymark.model.IdentifiedRisk;
import org.waymark.model.InformationGiven;
import org.waymark.model.InformationTopic;
import org.waymark.model.Intervention;
import org.waymark.model.MeansAction;
import org.waymark.model.MethodRecord;
import org.waymark.model.Modality;
import org.waymark.model.NeedsAssessment;
import org.waymark.model.NeedsDomain;
import org.waymark.model.NeedsFinding;
import org.waymark.model.Person;
import org.waymark.model.PlanStatus;
import org.waymark.model.RiskDomain;
import org.waymark.model.RiskDomainEntry;
import org.waymark.model.RiskFactor;
import org.waymark.model.RiskFormulation;
import org.waymark.model.RiskHorizon;
import org.waymark.model.RiskManagementEntry;
import org.waymark.model.RiskManagementPlan;
import org.waymark.model.SafetyPlan;
import org.waymark.model.SelfHarmFunction;
import org.waymark.model.SelfHarmHistory;
import org.waymark.model.SelfHarmMethod;
import org.waymark.model.Sharing;
import org.waymark.model.SignOff;
import org.waymark.model.Signature;
import org.waymark.model.SignatoryRole;
import org.waymark.model.TeamMember;
import org.waymark.model.TreatmentDecision;
import org.waymark.templates.content.ContentLibrary;
import org.waymark.templates.content.GoalPattern;
import org.waymark.templates.content.SafetyPlanExample;
import org.waymark.templates.content.SafetyPlanSection;
import org.waymark.validation.Finding;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.Stage;
import org.waymark.validation.ValidationReport;

/** What the templates issue asks: drafts without errors, and completed plans that pass FINAL validation. */
class TemplateValidationTest {

    static final LocalDate START = LocalDate.of(2026, 11, 23);
    static final PlanValidator VALIDATOR = PlanValidator.standard();

    static Stream<Arguments> allTemplates() {
        return TemplateLibrary.standard().templates().stream()
                .flatMap(t -> Stream.of(Locale.UK, Locale.US).map(l -> Arguments.of(t.id(), l)));
    }

    static Stream<Arguments> planTemplates() {
        return Stream.of(TemplateLibrary.NICE_CARE_PLAN, TemplateLibrary.SAFETY_PLAN, TemplateLibrary.TREATMENT_PLAN)
                .flatMap(id -> Stream.of(Locale.UK, Locale.US).map(l -> Arguments.of(id, l)));
    }

    @ParameterizedTest
    @MethodSource("allTemplates")
    void everyTemplatesDraftHasNoErrorsAtDraftStage(String id, Locale locale) {
        CarePlan draft = TemplateLibrary.standard().require(id).instantiate("plan-1", Person.of("p-1", locale), START);

        ValidationReport report = VALIDATOR.validate(draft, Stage.DRAFT, START);

        assertThat(report.errors()).extracting(Finding::ruleId).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("planTemplates")
    void aPlanCompletedFromTemplatesOneToThreePassesFinalValidation(String id, Locale locale) {
        CarePlan draft = TemplateLibrary.standard().require(id).instantiate("plan-1", Person.of("p-1", locale), START);

        CarePlan complete = complete(draft, ContentLibrary.load(locale));
        ValidationReport report = VALIDATOR.validate(complete, Stage.FINAL, START);

        assertThat(report.findings()).extracting(f -> f.ruleId() + " " + f.path()).isEmpty();
    }

    /** Fills a template's draft the way a clinician would with the person, using the content library's words. */
    static CarePlan complete(CarePlan draft, ContentLibrary content) {
        String person = draft.person().id();
        String country = draft.person().locale().getCountry();
        boolean gb = country.equals("GB");
        List<Contact> contacts = new ArrayList<>(draft.contacts());
        contacts.add(Contact.ofPersonal("c-friend", "Sam", "Friend", gb ? "07700 900456" : "(555) 010-0456", country));
        contacts.add(Contact.ofPersonal("c-coord", "Care coordinator", "Care coordinator", gb ? "0161 496 0456" : "(555) 010-0457", country));
        List<String> crisisIds = draft.contacts().stream().map(Contact::id).toList();
        List<String> services = new ArrayList<>(List.of("c-coord"));
        services.addAll(crisisIds);

        GoalPattern longTerm = content.goals(GoalArea.COPING, GoalTerm.LONG_TERM).get(0);
        GoalPattern shortTerm = content.shortTermGoalsFor(longTerm.id()).get(0);
        GoalPattern work = content.goals(GoalArea.EDUCATION_EMPLOYMENT_OCCUPATION, GoalTerm.LONG_TERM).get(0);
        LocalDate due = START.plusWeeks(8);

        return draft.toBuilder()
                .status(PlanStatus.ACTIVE)
                .person(draft.person().withPreferredName("Alex").withDateOfBirth(LocalDate.of(1990, 4, 1)).withDependentChildren(false))
                .history(new SelfHarmHistory(
                        List.of(new MethodRecord("m-1", SelfHarmMethod.CUTTING, null, "About once a week", START.minusDays(6), null, true)),
                        List.of(new FunctionRecord(SelfHarmFunction.EMOTION_RELIEF, null)), List.of("Evenings alone"), null,
                        false, false, List.of(), draft.history().chainAnalyses()))
                .needsAssessment(new NeedsAssessment(START, java.util.Arrays.stream(NeedsDomain.values())
                        .map(d -> d == NeedsDomain.DEPENDENT_CHILDREN ? new NeedsFinding(d, null, "No dependent children.")
                                : new NeedsFinding(d, "Discussed and recorded with the person.", null)).toList()))
                .riskFormulation(new RiskFormulation(START, "What happens, what it does for the person, and what helps.",
                        java.util.Arrays.stream(RiskDomain.values()).map(d -> new RiskDomainEntry(d, "Discussed with the person.", null)).toList(),
                        List.of(new IdentifiedRisk("r-1", RiskHorizon.IMMEDIATE, "Injury from cutting.")),
                        List.of(new RiskFactor("f-1", FactorEffect.INCREASES_RISK, FactorCategory.SOCIAL, "Evenings alone."),
                                new RiskFactor("f-2", FactorEffect.PROTECTIVE, FactorCategory.SOCIAL, "A close friend.")),
                        Agreement.of(START, "Agreed in session")))
                .aim(AimKind.REDUCE_HARM, null).aim(AimKind.IMPROVE_FUNCTIONING, null)
                .aimsAgreement(Agreement.of(START, "Agreed in session"))
                .goals(List.of(
                        Goal.longTerm("g-1", GoalArea.COPING, longTerm.statement()).ownerId(person).build(),
                        Goal.shortTerm("g-2", "g-1", GoalArea.COPING, shortTerm.statement()).measure(shortTerm.measure())
                                .target(shortTerm.target()).startDate(START).dueDate(due).ownerId(person)
                                .steps(List.of(GoalStep.of("Practise in session.", "tm-1"))).build(),
                        Goal.longTerm("g-3", GoalArea.EDUCATION_EMPLOYMENT_OCCUPATION, work.statement()).ownerId(person).build()))
                .interventions(List.of(new Intervention("i-1", Modality.CBT_INFORMED,
                        content.interventions(Modality.CBT_INFORMED).get(0).name(), true, 8, "Weekly", "tm-1", List.of("g-2"), START)))
                .careTeam(new CareTeam(List.of(new TeamMember("tm-1", "Care coordinator", "Care coordinator", null,
                        List.of("Coordinates the plan"), "c-coord")), "tm-1", List.of("Use my safety plan")))
                .contacts(contacts)
                .riskManagementPlan(new RiskManagementPlan(List.of(new RiskManagementEntry("rm-1", List.of("r-1"), List.of("f-1"),
                        List.of("Practise skills for evenings"), "tm-1", "Weekly")),
                        new CrisisPlan(List.of(example(content, SafetyPlanSection.OWN_COPING)), null, crisisIds)))
                .safetyPlan(new SafetyPlan(List.of(example(content, SafetyPlanSection.WARNING_SIGNS)),
                        List.of(example(content, SafetyPlanSection.OWN_COPING)), List.of(example(content, SafetyPlanSection.DISTRACTION)),
                        List.of("c-friend"), List.of("c-friend"), services,
                        List.of(new MeansAction("m-1", example(content, SafetyPlanSection.SAFER_ENVIRONMENT))), null,
                        List.of(example(content, SafetyPlanSection.REASONS_FOR_LIVING)), false,
                        new CoProduction(true, true, START, List.of("On my phone"))))
                .sharing(new Sharing(GpSharing.ofDate(START), START, List.of(), List.of(
                        new InformationGiven(InformationTopic.CARE_PLAN, START, null),
                        new InformationGiven(InformationTopic.SAFETY_PLAN, START, null),
                        new InformationGiven(InformationTopic.EMERGENCY, START, null))))
                .treatmentDecisions(List.of(new TreatmentDecision("d-1", START, DecisionKind.OFFER_TREATMENT,
                        "Offered because the person wants help with coping in the evenings.")))
                .signOff(new SignOff(List.of(new Signature(SignatoryRole.CLINICIAN, "Care coordinator", START, "tm-1"),
                        new Signature(SignatoryRole.PERSON, "Alex", START, null)), null))
                .build();
    }

    private static String example(ContentLibrary content, SafetyPlanSection section) {
        List<SafetyPlanExample> list = content.safetyPlanExamples(section);
        return list.get(0).text();
    }
}
