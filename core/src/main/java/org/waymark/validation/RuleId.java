package org.waymark.validation;

import static org.waymark.validation.Message.advice;
import static org.waymark.validation.Message.gap;
import static org.waymark.validation.Message.prohibited;
import static org.waymark.validation.Param.CATEGORY;
import static org.waymark.validation.Param.CHARACTER;
import static org.waymark.validation.Param.CONTACT_ID;
import static org.waymark.validation.Param.COUNTRY;
import static org.waymark.validation.Param.DATE;
import static org.waymark.validation.Param.DAYS;
import static org.waymark.validation.Param.DECISION_ID;
import static org.waymark.validation.Param.DOMAIN;
import static org.waymark.validation.Param.DUE_DATE;
import static org.waymark.validation.Param.END;
import static org.waymark.validation.Param.EPISODE_ID;
import static org.waymark.validation.Param.EXPLAINED_ON;
import static org.waymark.validation.Param.FACTOR_ID;
import static org.waymark.validation.Param.FROM;
import static org.waymark.validation.Param.GOALS;
import static org.waymark.validation.Param.GOAL_ID;
import static org.waymark.validation.Param.GUIDELINE;
import static org.waymark.validation.Param.HORIZON;
import static org.waymark.validation.Param.INTERVAL_MONTHS;
import static org.waymark.validation.Param.INTERVENTION_ID;
import static org.waymark.validation.Param.KIND;
import static org.waymark.validation.Param.LATEST;
import static org.waymark.validation.Param.MAX;
import static org.waymark.validation.Param.MEDICATION_ID;
import static org.waymark.validation.Param.MEMBER_ID;
import static org.waymark.validation.Param.METHOD;
import static org.waymark.validation.Param.METHOD_ID;
import static org.waymark.validation.Param.MIN;
import static org.waymark.validation.Param.MONTHS;
import static org.waymark.validation.Param.NEXT_REVIEW_DATE;
import static org.waymark.validation.Param.NUMBER;
import static org.waymark.validation.Param.OBSERVATION_ID;
import static org.waymark.validation.Param.ON;
import static org.waymark.validation.Param.RECORDED_ON;
import static org.waymark.validation.Param.RISK_ID;
import static org.waymark.validation.Param.SESSIONS;
import static org.waymark.validation.Param.SHARED_ON;
import static org.waymark.validation.Param.SINCE;
import static org.waymark.validation.Param.START;
import static org.waymark.validation.Param.START_DATE;
import static org.waymark.validation.Param.STEP;
import static org.waymark.validation.Param.SUGGESTION;
import static org.waymark.validation.Param.TERM;
import static org.waymark.validation.Param.TERM_KEY;
import static org.waymark.validation.Param.TOPIC;
import static org.waymark.validation.Severity.ERROR;
import static org.waymark.validation.Severity.WARNING;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.waymark.language.LanguageRule;

/**
 * The guideline rules, each declared once: its stable public id, its severity at
 * {@link Stage#FINAL}, the guideline it cites, what it checks, and the messages it can report with
 * the typed parameters each carries. The order is the order of the rule catalogue in the library's
 * clinical guidance, and the order of {@link RuleCatalogue#rules()}.
 * <p>
 * The two rules the {@link LanguageRule language checker} serves take their ids from it, so that an
 * id is written once in the library.
 * <p>
 * This enum is immutable and thread-safe.
 */
public enum RuleId {

    /** The rule {@code NO-RISK-PREDICTION}. */
    NO_RISK_PREDICTION("NO-RISK-PREDICTION", ERROR, false,
            List.of("NG225 1.6.1, 1.6.3", "CG133"),
            "No predicted likelihood, risk score or overall low/medium/high risk level anywhere in a plan: the model has no field for one, the JSON reader rejects one, and free text that gives a level or likelihood to the person's future suicide, self-harm or repetition, or to their risk as a whole (\"felt to be low risk of repeating\", \"risk to self: low\", \"unlikely to self-harm again\"), is an error at both stages. Negated and hedged mentions (\"we did not give a risk level\", \"she asked whether she was high risk\") and comparisons (\"more likely when she drinks\") are not.",
            prohibited("assignsRiskLevel", START, END, TERM)),

    /** The rule {@code NO-TOOL-GATEKEEPING}. */
    NO_TOOL_GATEKEEPING("NO-TOOL-GATEKEEPING", ERROR, false,
            List.of("NG225 1.6.2, 1.6.4"),
            "Each decision to offer or withhold treatment, refer or discharge rests on needs: its basis names the needs domains it rests on, each with a finding in the needs assessment, or (as a fallback) its rationale says so in words. Words that rest it on an instrument, a score, a screen result, a cut-off or a risk level (\"screen negative\", \"PHQ-9 of 7\", \"discharged as low risk\") are reported wherever they stand; a negated mention (\"not on her PHQ-9 score\") is not.",
            gap("noRationale", DECISION_ID, KIND),
            prohibited("citesScore", DECISION_ID, KIND),
            gap("basisNotAssessed", DECISION_ID, KIND, DOMAIN)),

    /** The rule {@code INSTRUMENT-DESCRIPTIVE-ONLY}. */
    INSTRUMENT_DESCRIPTIVE_ONLY("INSTRUMENT-DESCRIPTIVE-ONLY", ERROR, false,
            List.of("NG225 1.6.1", "CG133"),
            "Every instrument observation and item response is descriptive: no cut-off, category, band, screen result or risk level derived from it (\"moderately severe depression\", \"screen positive\", \"14 (moderate)\"); a negated mention (\"we did not use a cut-off\") is not reported.",
            prohibited("derived", OBSERVATION_ID)),

    /** The rule {@code RISK-STRATIFICATION-LANGUAGE}. */
    RISK_STRATIFICATION_LANGUAGE(LanguageRule.RISK_STRATIFICATION_LANGUAGE.id(), WARNING, false,
            List.of("NG225 1.6.3"),
            "No free-text field uses stratifying words that predict nothing about the person's own self-harm (\"high-risk MDT\", \"RAG rated amber\", \"high risk of exploitation\"), as the language checker finds them. Words that give a level to the person's own risk are NO-RISK-PREDICTION instead and are reported once, there; negated and hedged mentions are not reported.",
            prohibited("term", TERM_KEY, START, END, SUGGESTION, TERM)),

    /** The rule {@code ASSESSMENT-NEEDS-DOMAINS}. */
    ASSESSMENT_NEEDS_DOMAINS("ASSESSMENT-NEEDS-DOMAINS", ERROR, false,
            List.of("CG133 1.3.2–1.3.5", "NG225 1.6.5"),
            "Every psychosocial needs domain has a finding or a reason it was not assessed.",
            gap("missingDomain", DOMAIN),
            gap("emptyDomain", DOMAIN)),

    /** The rule {@code ASSESSMENT-DEPENDENT-CHILDREN}. */
    ASSESSMENT_DEPENDENT_CHILDREN("ASSESSMENT-DEPENDENT-CHILDREN", ERROR, false,
            List.of("CG133"),
            "If the person has dependent children, the dependent-children domain has a finding; whether they have any is recorded unless that domain is assessed.",
            gap("notAssessed", DOMAIN),
            gap("notAsked")),

    /** The rule {@code RISK-FORMULATION-DOMAINS}. */
    RISK_FORMULATION_DOMAINS("RISK-FORMULATION-DOMAINS", ERROR, false,
            List.of("CG133 1.3.6–1.3.8", "NG225 1.6.6"),
            "Every risk formulation domain is addressed or has a reason; at least one specific risk is identified; the formulation is recorded as agreed with the person.",
            gap("missingDomain", DOMAIN),
            gap("emptyDomain", DOMAIN),
            gap("noRisks"),
            gap("notAgreed")),

    /** The rule {@code PLAN-AIMS-AGREED}. */
    PLAN_AIMS_AGREED("PLAN-AIMS-AGREED", ERROR, false,
            List.of("CG133"),
            "At least one aim of longer-term treatment, with the date and the way it was agreed with the person.",
            gap("noAims"),
            gap("notAgreed")),

    /** The rule {@code GOAL-LONG-TERM}. */
    GOAL_LONG_TERM("GOAL-LONG-TERM", ERROR, false,
            List.of("CG133"),
            "At least one long-term goal; a warning when no goal concerns education, employment or occupation and no reason is recorded.",
            gap("noLongTermGoal"),
            advice("noOccupationalGoal")),

    /** The rule {@code GOAL-SHORT-TERM-LINKED}. */
    GOAL_SHORT_TERM_LINKED("GOAL-SHORT-TERM-LINKED", ERROR, false,
            List.of("CG133"),
            "At least one short-term goal; each links to a long-term goal and has at least one step.",
            gap("noShortTermGoal"),
            gap("notLinked", GOAL_ID),
            gap("noSteps", GOAL_ID)),

    /** The rule {@code GOAL-SMART}. */
    GOAL_SMART("GOAL-SMART", ERROR, false,
            List.of("CG133 (measurable goals)"),
            "Each short-term goal has a measure, a target and a due date after its start (the plan's start if it has none); an active goal is due no later than the next review unless a reason is recorded.",
            gap("noMeasure", GOAL_ID),
            gap("noTarget", GOAL_ID),
            gap("noDueDate", GOAL_ID),
            gap("dueNotAfterStart", GOAL_ID, DUE_DATE, START_DATE),
            gap("dueAfterReview", GOAL_ID, DUE_DATE, NEXT_REVIEW_DATE)),

    /** The rule {@code GOAL-NOT-ABSTINENCE-ONLY}. */
    GOAL_NOT_ABSTINENCE_ONLY("GOAL-NOT-ABSTINENCE-ONLY", WARNING, false,
            List.of("seeds (harm reduction)"),
            "Not every goal is only about stopping self-harm: at least one goal is outside the areas safety and other, or has a statement that is not about stopping self-harm (\"no more cutting\", \"cease self-harm\", \"SH free\", \"no further episodes\"). Reducing, coping and hypothetical statements (\"if I do self-harm, tell mum\") are not about stopping.",
            gap("abstinenceOnly", GOALS)),

    /** The rule {@code TEAM-ROLES}. */
    TEAM_ROLES("TEAM-ROLES", ERROR, false,
            List.of("CG133"),
            "Each care team member has a role and responsibilities; the person's own responsibilities are recorded; a care coordinator is named and has a contact.",
            gap("noRole", MEMBER_ID),
            gap("noResponsibilities", MEMBER_ID),
            gap("noPersonResponsibilities"),
            gap("noCoordinator"),
            gap("coordinatorNoContact", MEMBER_ID)),

    /** The rule {@code RISK-PLAN-PRESENT}. */
    RISK_PLAN_PRESENT("RISK-PLAN-PRESENT", ERROR, false,
            List.of("CG133 1.4.4"),
            "A risk management plan exists as an identifiable part of the plan, with at least one entry.",
            gap("missing"),
            gap("noEntries")),

    /** The rule {@code RISK-PLAN-COVERS-RISKS}. */
    RISK_PLAN_COVERS_RISKS("RISK-PLAN-COVERS-RISKS", ERROR, false,
            List.of("CG133 1.4.4"),
            "Every risk identified in the formulation, immediate or longer-term, is addressed by at least one risk management entry.",
            gap("uncovered", RISK_ID, HORIZON)),

    /** The rule {@code RISK-PLAN-COVERS-FACTORS}. */
    RISK_PLAN_COVERS_FACTORS("RISK-PLAN-COVERS-FACTORS", WARNING, false,
            List.of("CG133 1.4.4"),
            "Every factor flagged as increasing risk is addressed by a risk management entry.",
            gap("uncovered", FACTOR_ID, CATEGORY)),

    /** The rule {@code CRISIS-PLAN}. */
    CRISIS_PLAN("CRISIS-PLAN", ERROR, false,
            List.of("CG133 1.4.5"),
            "The crisis plan has at least one self-management strategy and contacts that include a 24/7 route and the emergency number of the person's locale (GB 999 or 112, US 911).",
            gap("missing"),
            gap("noSelfManagement"),
            gap("no24x7"),
            gap("noEmergencyNumber", COUNTRY, NUMBER),
            gap("noEmergencyContact")),

    /** The rule {@code SAFETY-PLAN-STEPS}. */
    SAFETY_PLAN_STEPS("SAFETY-PLAN-STEPS", WARNING, false,
            List.of("SPI", "NG225 (safety plans)"),
            "A safety plan exists; steps 1 to 5 each have an entry and step 5 includes the emergency number; step 6 has an action or a reason; reasons for living are filled or explicitly declined.",
            gap("missing"),
            gap("emptyStep", STEP),
            gap("noEmergencyContact", STEP),
            gap("noReasonsForLiving")),

    /** The rule {@code SAFETY-PLAN-MEANS}. */
    SAFETY_PLAN_MEANS("SAFETY-PLAN-MEANS", ERROR, false,
            List.of("SPI step 6"),
            "Each method the person has access to has a making-safe action; a method whose access was not asked about needs an action or step 6's reason.",
            gap("noAction", METHOD_ID, METHOD),
            gap("accessNotAsked", METHOD_ID, METHOD)),

    /** The rule {@code SAFETY-PLAN-CO-PRODUCED}. */
    SAFETY_PLAN_CO_PRODUCED("SAFETY-PLAN-CO-PRODUCED", WARNING, false,
            List.of("SPI", "NG225"),
            "The safety plan is recorded as written with the person, in their own words, with where the copies are kept.",
            gap("notRecorded"),
            gap("notWithPerson"),
            gap("notOwnWords"),
            gap("noCopies")),

    /** The rule {@code CONTACT-REACHABLE}. */
    CONTACT_REACHABLE("CONTACT-REACHABLE", ERROR, false,
            List.of("SPI", "CG133 crisis plan"),
            "Every contact has a name and a phone or text number valid for its country (its own, else the person's locale's), or an address.",
            gap("invalidPhone", CONTACT_ID, COUNTRY),
            gap("invalidSms", CONTACT_ID, COUNTRY),
            gap("noRoute", CONTACT_ID)),

    /** The rule {@code SHARED-WITH-GP}. */
    SHARED_WITH_GP("SHARED-WITH-GP", WARNING, false,
            List.of("CG133"),
            "Sharing with the GP is recorded, or a reason it was not shared.",
            gap("notRecorded")),

    /** The rule {@code CONFIDENTIALITY-EXPLAINED}. */
    CONFIDENTIALITY_EXPLAINED("CONFIDENTIALITY-EXPLAINED", ERROR, false,
            List.of("CG133"),
            "The date the limits of confidentiality were explained is recorded and is no later than any sharing with the GP or family, or consent recorded for it.",
            gap("notExplained"),
            gap("afterSharing", EXPLAINED_ON, SHARED_ON)),

    /** The rule {@code FAMILY-CONSENT}. */
    FAMILY_CONSENT("FAMILY-CONSENT", ERROR, false,
            List.of("CG133", "NG225 1.1.1"),
            "Family, carers or significant others are involved or sent information only with the person's recorded consent, given before the involvement began, or a documented exception.",
            gap("noConsent", CONTACT_ID, KIND),
            gap("beforeConsent", CONTACT_ID, SINCE, RECORDED_ON),
            prohibited("refused", CONTACT_ID, KIND)),

    /** The rule {@code REVIEW-WITHIN-12-MONTHS}. */
    REVIEW_WITHIN_12_MONTHS("REVIEW-WITHIN-12-MONTHS", ERROR, false,
            List.of("CG133"),
            "A review interval and the next review are agreed; neither is longer than 12 months (or the profile's tighter bound) from the plan's start or its last review.",
            gap("noInterval"),
            gap("intervalTooLong", INTERVAL_MONTHS, MONTHS),
            gap("noNextReview"),
            gap("tooLate", NEXT_REVIEW_DATE, FROM, MONTHS, LATEST)),

    /** The rule {@code REVIEW-OVERDUE}. */
    REVIEW_OVERDUE("REVIEW-OVERDUE", WARNING, true,
            List.of("CG133"),
            "At the evaluation date (given, or from the validator's clock), an active plan is not past its next review.",
            gap("overdue", NEXT_REVIEW_DATE, ON, DAYS)),

    /** The rule {@code REVIEW-AFTER-EPISODE}. */
    REVIEW_AFTER_EPISODE("REVIEW-AFTER-EPISODE", WARNING, false,
            List.of("seeds", "SPI"),
            "Each recorded episode is followed by a review, dated on or after it, in which the safety plan and the risk management plan were reviewed.",
            gap("noReview", EPISODE_ID, DATE),
            gap("plansNotReviewed", EPISODE_ID, DATE)),

    /** The rule {@code PSYCH-INTERVENTION-SESSIONS}. */
    PSYCH_INTERVENTION_SESSIONS("PSYCH-INTERVENTION-SESSIONS", WARNING, false,
            List.of("NG225 (4–10, adults)", "CG133 (3–12)"),
            "For an adult, each structured psychological intervention for self-harm plans a number of sessions within the profile's range (NG225 4-10, CG133 3-12).",
            gap("noSessions", INTERVENTION_ID),
            gap("outOfRange", INTERVENTION_ID, SESSIONS, MIN, MAX, GUIDELINE)),

    /** The rule {@code NO-DRUG-FOR-SELF-HARM}. */
    NO_DRUG_FOR_SELF_HARM("NO-DRUG-FOR-SELF-HARM", ERROR, false,
            List.of("CG133", "NG225"),
            "Each medication is for an associated condition: its coded condition, or (as a fallback) its indication and associated condition in words. No medication has self-harm (by any name of the clinical lexicon: DSH, NSSI, cutting, overdoses, urges to cut...) as what its words say it treats, unless it is recorded as not for self-harm; a negated, hedged or past mention, or self-harm as the cause of a wound being treated, is not reported.",
            gap("noIndication", MEDICATION_ID),
            gap("noCondition", MEDICATION_ID),
            prohibited("forSelfHarm", MEDICATION_ID),
            prohibited("conditionIsSelfHarm", MEDICATION_ID)),

    /** The rule {@code DBT-A-CONSIDERED}. */
    DBT_A_CONSIDERED("DBT-A-CONSIDERED", WARNING, false,
            List.of("NG225 (young people)"),
            "For a person under 18 with frequent self-harm and emotional dysregulation, a DBT-A intervention is planned or a reason is recorded. Self-harm is frequent when the clinician records it so, or when the methods' rates add up to 24 or more episodes a year (about two a month).",
            gap("notConsidered")),

    /** The rule {@code NON-STIGMATISING-LANGUAGE}. */
    NON_STIGMATISING_LANGUAGE(LanguageRule.NON_STIGMATISING_LANGUAGE.id(), WARNING, false,
            List.of("seeds", "CG133 (non-judgemental approach)"),
            "No free-text field uses stigmatising terms (\"attention-seeking\", \"manipulative\", \"commit suicide\", \"failed attempt\", \"cutter\"...), as the language checker finds them, with a respectful suggestion.",
            prohibited("term", TERM_KEY, START, END, SUGGESTION, TERM)),

    /** The rule {@code INFORMATION-GIVEN}. */
    INFORMATION_GIVEN("INFORMATION-GIVEN", WARNING, false,
            List.of("NG225 1.1.1"),
            "Information given to the person covers the care plan, the safety plan and what to do in an emergency.",
            gap("missingTopic", TOPIC)),

    /** The rule {@code SIGNED-OFF}. */
    SIGNED_OFF("SIGNED-OFF", ERROR, false,
            List.of("seeds (defensible documentation)"),
            "An active plan records a clinician's (or care coordinator's) signature, and the person's signature or why they did not sign.",
            gap("noClinician"),
            gap("noPerson")),

    /** The rule {@code DATES-CONSISTENT}. */
    DATES_CONSISTENT("DATES-CONSISTENT", ERROR, false,
            List.of("CG133 (reviews, measurable goals)"),
            "The plan's dates can all be true together: the next review is not before the plan's start or its last review, no past review is dated before the plan's start, and no goal is due before it starts (the plan's start if it has none). A date that cannot be is an error at both stages.",
            prohibited("nextReviewBeforeStart", NEXT_REVIEW_DATE, START_DATE),
            prohibited("nextReviewBeforeLastReview", NEXT_REVIEW_DATE, DATE),
            prohibited("reviewBeforeStart", DATE, START_DATE),
            prohibited("dueBeforeStart", GOAL_ID, DUE_DATE, START_DATE)),

    /** The rule {@code TEXT-PRINTABLE}. */
    TEXT_PRINTABLE("TEXT-PRINTABLE", ERROR, false,
            List.of("SPI (copies of the plan)", "NG225 1.1.1"),
            "Every character of the plan's text can be printed in its documents, so that the person can be given the plan on paper: text in a script the documents cannot shape (right-to-left and complex scripts) or that their fonts do not have (by default DejaVu Sans: Latin, Greek and Cyrillic print; CJK does not) is an error at both stages, at its field, naming the character.",
            prohibited("unprintable", START, CHARACTER));

    private final String id;
    private final Severity severity;
    private final boolean needsDate;
    private final List<String> citations;
    private final String description;
    private final List<Message> messages;

    RuleId(String id, Severity severity, boolean needsDate, List<String> citations, String description, Message... messages) {
        this.id = id;
        this.severity = severity;
        this.needsDate = needsDate;
        this.citations = List.copyOf(citations);
        this.description = description;
        this.messages = List.of(messages);
    }

    /**
     * Returns the stable public id, such as {@code GOAL-SMART}.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * Returns the severity at {@link Stage#FINAL}, as the guidance's catalogue gives it.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Returns the guideline citations, such as {@code ["NG225 1.6.1, 1.6.3", "CG133"]}.
     *
     * @return the citations; unmodifiable, not empty
     */
    public List<String> citations() {
        return citations;
    }

    /**
     * Returns the citations joined with {@code "; "}, as findings carry them.
     *
     * @return the citation, not null
     */
    public String citation() {
        return String.join("; ", citations);
    }

    /**
     * Returns a one-line description of what the rule checks, in English, for documentation.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }

    /**
     * Tells whether the rule needs an evaluation date (given to the validator or from its clock).
     *
     * @return true for {@code REVIEW-OVERDUE}
     */
    public boolean needsEvaluationDate() {
        return needsDate;
    }

    List<Message> messages() {
        return messages;
    }

    /**
     * Finds the rule with a public id.
     *
     * @param id the id, exactly as in the rule catalogue, not null
     * @return the rule, or empty if no rule has that id
     */
    public static Optional<RuleId> ofId(String id) {
        Objects.requireNonNull(id, "id");
        for (RuleId rule : values()) {
            if (rule.id.equals(id)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the rule a language checker's rule serves.
     *
     * @param rule the language rule, not null
     * @return the guideline rule with the same id, not null
     */
    public static RuleId of(LanguageRule rule) {
        return ofId(rule.id()).orElseThrow();
    }

    /** Returns the id. */
    @Override
    public String toString() {
        return id;
    }
}
