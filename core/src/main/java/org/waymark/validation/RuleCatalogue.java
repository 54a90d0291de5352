package org.waymark.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guideline rules in a stable order: the order of the rule catalogue in the library's clinical
 * guidance, which is the order of {@link RuleId}. Each rule's id, FINAL severity, citations and
 * messages are declared in {@link RuleId}; the catalogue pairs each with its check. Reports sort
 * findings in this order.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RuleCatalogue {

    private static final RuleCatalogue STANDARD = new RuleCatalogue(List.of(
            Rule.of(RuleId.NO_RISK_PREDICTION, TextChecks::noRiskPrediction),
            Rule.of(RuleId.NO_TOOL_GATEKEEPING, TreatmentChecks::gatekeeping),
            Rule.of(RuleId.INSTRUMENT_DESCRIPTIVE_ONLY, TreatmentChecks::instrumentDescriptive),
            Rule.of(RuleId.RISK_STRATIFICATION_LANGUAGE, TextChecks::stratifying),
            Rule.of(RuleId.ASSESSMENT_NEEDS_DOMAINS, AssessmentChecks::needsDomains),
            Rule.of(RuleId.ASSESSMENT_DEPENDENT_CHILDREN, AssessmentChecks::dependentChildren),
            Rule.of(RuleId.RISK_FORMULATION_DOMAINS, AssessmentChecks::formulationDomains),
            Rule.of(RuleId.PLAN_AIMS_AGREED, GoalChecks::aimsAgreed),
            Rule.of(RuleId.GOAL_LONG_TERM, GoalChecks::longTerm),
            Rule.of(RuleId.GOAL_SHORT_TERM_LINKED, GoalChecks::shortTermLinked),
            Rule.of(RuleId.GOAL_SMART, GoalChecks::smart),
            Rule.of(RuleId.GOAL_NOT_ABSTINENCE_ONLY, GoalChecks::notAbstinenceOnly),
            Rule.of(RuleId.TEAM_ROLES, CarePlanChecks::teamRoles),
            Rule.of(RuleId.RISK_PLAN_PRESENT, CarePlanChecks::riskPlanPresent),
            Rule.of(RuleId.RISK_PLAN_COVERS_RISKS, CarePlanChecks::coversRisks),
            Rule.of(RuleId.RISK_PLAN_COVERS_FACTORS, CarePlanChecks::coversFactors),
            Rule.of(RuleId.CRISIS_PLAN, CarePlanChecks::crisisPlan),
            Rule.of(RuleId.SAFETY_PLAN_STEPS, SafetyPlanChecks::steps),
            Rule.of(RuleId.SAFETY_PLAN_MEANS, SafetyPlanChecks::means),
            Rule.of(RuleId.SAFETY_PLAN_CO_PRODUCED, SafetyPlanChecks::coProduced),
            Rule.of(RuleId.CONTACT_REACHABLE, SharingChecks::contactReachable),
            Rule.of(RuleId.SHARED_WITH_GP, SharingChecks::sharedWithGp),
            Rule.of(RuleId.CONFIDENTIALITY_EXPLAINED, SharingChecks::confidentiality),
            Rule.of(RuleId.FAMILY_CONSENT, SharingChecks::familyConsent),
            Rule.of(RuleId.REVIEW_WITHIN_12_MONTHS, ReviewChecks::withinBound),
            Rule.of(RuleId.REVIEW_OVERDUE, ReviewChecks::overdue),
            Rule.of(RuleId.REVIEW_AFTER_EPISODE, ReviewChecks::afterEpisode),
            Rule.of(RuleId.PSYCH_INTERVENTION_SESSIONS, TreatmentChecks::sessions),
            Rule.of(RuleId.NO_DRUG_FOR_SELF_HARM, TreatmentChecks::noDrugForSelfHarm),
            Rule.of(RuleId.DBT_A_CONSIDERED, TreatmentChecks::dbtAConsidered),
            Rule.of(RuleId.NON_STIGMATISING_LANGUAGE, TextChecks::stigmatising),
            Rule.of(RuleId.INFORMATION_GIVEN, SharingChecks::informationGiven),
            Rule.of(RuleId.SIGNED_OFF, TreatmentChecks::signedOff),
            Rule.of(RuleId.DATES_CONSISTENT, DateChecks::consistent),
            Rule.of(RuleId.TEXT_PRINTABLE, PrintableText::check)));

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
