package org.waymark.validation;

import static org.waymark.validation.Severity.ERROR;
import static org.waymark.validation.Severity.WARNING;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guideline rules in a stable order: the order of the rule catalogue in the library's clinical
 * guidance. Ids, FINAL severities and citations are those of that catalogue; reports sort findings
 * in this order.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RuleCatalogue {

    private static final RuleCatalogue STANDARD = new RuleCatalogue(List.of(
            Rule.define("NO-RISK-PREDICTION", ERROR).cites("NG225 1.6.1, 1.6.3", "CG133")
                    .checks("No predicted likelihood, risk score or overall low/medium/high risk level anywhere in a plan: the model has no field for one, the JSON reader rejects one, and free text that assigns one is reported.")
                    .prohibits("assignsRiskLevel").by(TextChecks::noRiskPrediction),
            Rule.define("NO-TOOL-GATEKEEPING", ERROR).cites("NG225 1.6.2, 1.6.4")
                    .checks("Each decision to offer or withhold treatment, refer or discharge has a needs-based rationale that does not cite an instrument score, cut-off or risk level.")
                    .gaps("noRationale").prohibits("citesScore").by(TreatmentChecks::gatekeeping),
            Rule.define("INSTRUMENT-DESCRIPTIVE-ONLY", ERROR).cites("NG225 1.6.1", "CG133")
                    .checks("Every instrument observation and item response is descriptive: no cut-off, category, band or risk level derived from it.")
                    .prohibits("derived").by(TreatmentChecks::instrumentDescriptive),
            Rule.define("RISK-STRATIFICATION-LANGUAGE", WARNING).cites("NG225 1.6.3")
                    .checks("No free-text field stratifies risk (\"low risk\", \"medium-risk\", \"high risk of suicide\"), as the language checker finds it.")
                    .prohibits("term").by(TextChecks::stratifying),
            Rule.define("ASSESSMENT-NEEDS-DOMAINS", ERROR).cites("CG133 1.3.2–1.3.5", "NG225 1.6.5")
                    .checks("Every psychosocial needs domain has a finding or a reason it was not assessed.")
                    .gaps("missingDomain", "emptyDomain").by(AssessmentChecks::needsDomains),
            Rule.define("ASSESSMENT-DEPENDENT-CHILDREN", ERROR).cites("CG133")
                    .checks("If the person has dependent children, the dependent-children domain has a finding; whether they have any is recorded unless that domain is assessed.")
                    .gaps("notAssessed", "notAsked").by(AssessmentChecks::dependentChildren),
            Rule.define("RISK-FORMULATION-DOMAINS", ERROR).cites("CG133 1.3.6–1.3.8", "NG225 1.6.6")
                    .checks("Every risk formulation domain is addressed or has a reason; at least one specific risk is identified; the formulation is recorded as agreed with the person.")
                    .gaps("missingDomain", "emptyDomain", "noRisks", "notAgreed").by(AssessmentChecks::formulationDomains),
            Rule.define("PLAN-AIMS-AGREED", ERROR).cites("CG133")
                    .checks("At least one aim of longer-term treatment, with the date and the way it was agreed with the person.")
                    .gaps("noAims", "notAgreed").by(GoalChecks::aimsAgreed),
            Rule.define("GOAL-LONG-TERM", ERROR).cites("CG133")
                    .checks("At least one long-term goal; a warning when no goal concerns education, employment or occupation and no reason is recorded.")
                    .gaps("noLongTermGoal").advises("noOccupationalGoal").by(GoalChecks::longTerm),
            Rule.define("GOAL-SHORT-TERM-LINKED", ERROR).cites("CG133")
                    .checks("At least one short-term goal; each links to a long-term goal and has at least one step.")
                    .gaps("noShortTermGoal", "notLinked", "noSteps").by(GoalChecks::shortTermLinked),
            Rule.define("GOAL-SMART", ERROR).cites("CG133 (measurable goals)")
                    .checks("Each short-term goal has a measure, a target and a due date after its start (the plan's start if it has none); an active goal is due no later than the next review unless a reason is recorded.")
                    .gaps("noMeasure", "noTarget", "noDueDate", "dueNotAfterStart", "dueAfterReview").by(GoalChecks::smart),
            Rule.define("GOAL-NOT-ABSTINENCE-ONLY", WARNING).cites("seeds (harm reduction)")
                    .checks("Not every goal is only about stopping self-harm: at least one goal is outside the areas safety and other, or has a statement that is not about stopping self-harm.")
                    .gaps("abstinenceOnly").by(GoalChecks::notAbstinenceOnly),
            Rule.define("TEAM-ROLES", ERROR).cites("CG133")
                    .checks("Each care team member has a role and responsibilities; the person's own responsibilities are recorded; a care coordinator is named and has a contact.")
                    .gaps("noRole", "noResponsibilities", "noPersonResponsibilities", "noCoordinator", "coordinatorNoContact")
                    .by(CarePlanChecks::teamRoles),
            Rule.define("RISK-PLAN-PRESENT", ERROR).cites("CG133 1.4.4")
                    .checks("A risk management plan exists as an identifiable part of the plan, with at least one entry.")
                    .gaps("missing", "noEntries").by(CarePlanChecks::riskPlanPresent),
            Rule.define("RISK-PLAN-COVERS-RISKS", ERROR).cites("CG133 1.4.4")
                    .checks("Every risk identified in the formulation, immediate or longer-term, is addressed by at least one risk management entry.")
                    .gaps("uncovered").by(CarePlanChecks::coversRisks),
            Rule.define("RISK-PLAN-COVERS-FACTORS", WARNING).cites("CG133 1.4.4")
                    .checks("Every factor flagged as increasing risk is addressed by a risk management entry.")
                    .gaps("uncovered").by(CarePlanChecks::coversFactors),
            Rule.define("CRISIS-PLAN", ERROR).cites("CG133 1.4.5")
                    .checks("The crisis plan has at least one self-management strategy and contacts that include a 24/7 route and the emergency number of the person's locale (GB 999 or 112, US 911).")
                    .gaps("missing", "noSelfManagement", "no24x7", "noEmergencyNumber", "noEmergencyContact")
                    .by(CarePlanChecks::crisisPlan),
            Rule.define("SAFETY-PLAN-STEPS", WARNING).cites("SPI", "NG225 (safety plans)")
                    .checks("A safety plan exists; steps 1 to 5 each have an entry and step 5 includes the emergency number; step 6 has an action or a reason; reasons for living are filled or explicitly declined.")
                    .gaps("missing", "emptyStep", "noEmergencyContact", "noReasonsForLiving").by(SafetyPlanChecks::steps),
            Rule.define("SAFETY-PLAN-MEANS", ERROR).cites("SPI step 6")
                    .checks("Each method the person has access to has a making-safe action; a method whose access was not asked about needs an action or step 6's reason.")
                    .gaps("noAction", "accessNotAsked").by(SafetyPlanChecks::means),
            Rule.define("SAFETY-PLAN-CO-PRODUCED", WARNING).cites("SPI", "NG225")
                    .checks("The safety plan is recorded as written with the person, in their own words, with where the copies are kept.")
                    .gaps("notRecorded", "notWithPerson", "notOwnWords", "noCopies").by(SafetyPlanChecks::coProduced),
            Rule.define("CONTACT-REACHABLE", ERROR).cites("SPI", "CG133 crisis plan")
                    .checks("Every contact has a name and a phone or text number valid for its country (its own, else the person's locale's), or an address.")
                    .gaps("invalidPhone", "invalidSms", "noRoute").by(SharingChecks::contactReachable),
            Rule.define("SHARED-WITH-GP", WARNING).cites("CG133")
                    .checks("Sharing with the GP is recorded, or a reason it was not shared.")
                    .gaps("notRecorded").by(SharingChecks::sharedWithGp),
            Rule.define("CONFIDENTIALITY-EXPLAINED", ERROR).cites("CG133")
                    .checks("The date the limits of confidentiality were explained is recorded and is no later than any sharing with the GP or family, or consent recorded for it.")
                    .gaps("notExplained", "afterSharing").by(SharingChecks::confidentiality),
            Rule.define("FAMILY-CONSENT", ERROR).cites("CG133", "NG225 1.1.1")
                    .checks("Family, carers or significant others are involved or sent information only with the person's recorded consent, given before the involvement began, or a documented exception.")
                    .gaps("noConsent", "beforeConsent").prohibits("refused").by(SharingChecks::familyConsent),
            Rule.define("REVIEW-WITHIN-12-MONTHS", ERROR).cites("CG133")
                    .checks("A review interval and the next review are agreed; neither is longer than 12 months (or the profile's tighter bound) from the plan's start or its last review.")
                    .gaps("noInterval", "intervalTooLong", "noNextReview", "tooLate").by(ReviewChecks::withinBound),
            Rule.define("REVIEW-OVERDUE", WARNING).cites("CG133").needsDate()
                    .checks("At the evaluation date (given, or from the validator's clock), an active plan is not past its next review.")
                    .gaps("overdue").by(ReviewChecks::overdue),
            Rule.define("REVIEW-AFTER-EPISODE", WARNING).cites("seeds", "SPI")
                    .checks("Each recorded episode is followed by a review, dated on or after it, in which the safety plan and the risk management plan were reviewed.")
                    .gaps("noReview", "plansNotReviewed").by(ReviewChecks::afterEpisode),
            Rule.define("PSYCH-INTERVENTION-SESSIONS", WARNING).cites("NG225 (4–10, adults)", "CG133 (3–12)")
                    .checks("For an adult, each structured psychological intervention for self-harm plans a number of sessions within the profile's range (NG225 4-10, CG133 3-12).")
                    .gaps("noSessions", "outOfRange").by(TreatmentChecks::sessions),
            Rule.define("NO-DRUG-FOR-SELF-HARM", ERROR).cites("CG133", "NG225")
                    .checks("No medication has reducing, treating or preventing self-harm as its indication or self-harm as its condition; each names its indication and associated condition.")
                    .gaps("noIndication", "noCondition").prohibits("forSelfHarm", "conditionIsSelfHarm")
                    .by(TreatmentChecks::noDrugForSelfHarm),
            Rule.define("DBT-A-CONSIDERED", WARNING).cites("NG225 (young people)")
                    .checks("For a person under 18 with frequent self-harm and emotional dysregulation, a DBT-A intervention is planned or a reason is recorded.")
                    .gaps("notConsidered").by(TreatmentChecks::dbtAConsidered),
            Rule.define("NON-STIGMATISING-LANGUAGE", WARNING).cites("seeds", "CG133 (non-judgemental approach)")
                    .checks("No free-text field uses stigmatising terms (\"attention-seeking\", \"manipulative\", \"commit suicide\", \"failed attempt\", \"cutter\"...), as the language checker finds them, with a respectful suggestion.")
                    .prohibits("term").by(TextChecks::stigmatising),
            Rule.define("INFORMATION-GIVEN", WARNING).cites("NG225 1.1.1")
                    .checks("Information given to the person covers the care plan, the safety plan and what to do in an emergency.")
                    .gaps("missingTopic").by(SharingChecks::informationGiven),
            Rule.define("SIGNED-OFF", ERROR).cites("seeds (defensible documentation)")
                    .checks("An active plan records a clinician's (or care coordinator's) signature, and the person's signature or why they did not sign.")
                    .gaps("noClinician", "noPerson").by(TreatmentChecks::signedOff)));

    private final List<Rule> rules;
    private final Map<String, Integer> positions;

    private RuleCatalogue(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            if (map.put(rules.get(i).id(), i) != null) {
                throw new IllegalStateException("duplicate rule id " + rules.get(i).id());
            }
        }
        this.positions = Map.copyOf(map);
    }

    /**
     * Returns the library's catalogue, not null.
     *
     * @return the library's catalogue, not null
     */
    public static RuleCatalogue standard() {
        return STANDARD;
    }

    /**
     * Returns the rules in catalogue order; unmodifiable, not null.
     *
     * @return the rules in catalogue order; unmodifiable, not null
     */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * Returns the rule ids in catalogue order; not null.
     *
     * @return the rule ids in catalogue order; not null
     */
    public List<String> ids() {
        return rules.stream().map(Rule::id).toList();
    }

    /**
     * Finds a rule by id.
     *
     * @param id the id, not null
     * @return the rule, or empty when the catalogue has no such rule
     */
    public Optional<Rule> rule(String id) {
        Integer i = positions.get(id);
        return i == null ? Optional.empty() : Optional.of(rules.get(i));
    }

    /**
     * Returns a rule's position in catalogue order.
     *
     * @param id the id, not null
     * @return the position from 0, or {@code Integer.MAX_VALUE} for an id the catalogue does not have
     */
    public int position(String id) {
        return positions.getOrDefault(id, Integer.MAX_VALUE);
    }
}
