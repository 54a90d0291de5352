package org.waymark.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A care plan for a person who self-harms: the assessment of needs, the risk formulation, the
 * aims and goals agreed with the person, interventions, the care team, the risk management and
 * crisis plan, the safety plan, sharing and consent, the review schedule and sign-off, as NICE
 * CG133 and NG225 describe them.
 * <p>
 * The constructor checks structure only: lists are never null, ids are unique within the plan,
 * and every reference resolves (a short-term goal's long-term goal, a risk management entry's
 * risks and factors, contacts, team members, methods, episodes). A plan that falls short of the
 * guidance — a draft without a review date, a review 18 months away — is still a valid object;
 * reporting such gaps is the validator's job.
 * <p>
 * There is no component for a risk score, a probability or a low/medium/high risk level anywhere
 * in the model (NICE NG225 1.6.1 to 1.6.4).
 * <p>
 * {@link #toString()} shows only the plan id, version and status: never patient data.
 * <p>
 * The class-level constraint {@link ConformsToGuidance} lets a host's Bean Validation see the
 * guideline rules: the plan as final in the default group, as a draft in the group {@link DraftStage}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id                       the plan's id, not null
 * @param version                  the version, from 1
 * @param status                   the status, not null
 * @param origin                   where the plan came from, not null
 * @param startDate                the date the plan starts, not null
 * @param person                   the person, not null
 * @param history                  the self-harm history and functional assessment, not null
 * @param needsAssessment          the psychosocial needs assessment, not null
 * @param riskFormulation          the risk formulation, not null
 * @param instrumentObservations   descriptive instrument observations; never null
 * @param aims                     aims of longer-term treatment; never null
 * @param aimsAgreement            when and how the aims were agreed with the person, may be null
 * @param goals                    long- and short-term goals; never null
 * @param noOccupationalGoalReason why no goal concerns education, employment or occupation, may be null
 * @param interventions            interventions; never null
 * @param dbtANotPlannedReason     why DBT-A is not planned for a young person for whom NICE suggests it, may be null
 * @param medications              medications; never null
 * @param careTeam                 the care team, not null
 * @param riskManagementPlan       the risk management plan, may be null in a draft
 * @param safetyPlan               the safety plan, may be null in a draft
 * @param contacts                 contacts the plan refers to; never null
 * @param sharing                  consent and sharing, not null
 * @param review                   the review schedule and history, not null
 * @param treatmentDecisions       decisions to offer, withhold, refer or discharge; never null
 * @param signOff                  signatures, not null
 */
@ConformsToGuidance
@ConformsToGuidance(groups = DraftStage.class)
public record CarePlan(
        @NotNull String id,
        int version,
        @NotNull PlanStatus status,
        @NotNull PlanOrigin origin,
        @NotNull LocalDate startDate,
        @NotNull @Valid Person person,
        @NotNull @Valid SelfHarmHistory history,
        @NotNull @Valid NeedsAssessment needsAssessment,
        @NotNull @Valid RiskFormulation riskFormulation,
        List<@Valid InstrumentObservation> instrumentObservations,
        List<@Valid TreatmentAim> aims,
        @Valid Agreement aimsAgreement,
        List<@Valid Goal> goals,
        String noOccupationalGoalReason,
        List<@Valid Intervention> interventions,
        String dbtANotPlannedReason,
        List<@Valid Medication> medications,
        @NotNull @Valid CareTeam careTeam,
        @Valid RiskManagementPlan riskManagementPlan,
        @Valid SafetyPlan safetyPlan,
        List<@Valid Contact> contacts,
        @NotNull @Valid Sharing sharing,
        @NotNull @Valid ReviewSchedule review,
        List<@Valid TreatmentDecision> treatmentDecisions,
        @NotNull @Valid SignOff signOff) {

    /**
     * Checks structure: required components, unique ids and resolvable references.
     *
     * @param id                       the plan's id, not null
     * @param version                  the version, from 1
     * @param status                   the status, not null
     * @param origin                   where the plan came from, not null
     * @param startDate                the date the plan starts, not null
     * @param person                   the person, not null
     * @param history                  the self-harm history and functional assessment, not null
     * @param needsAssessment          the psychosocial needs assessment, not null
     * @param riskFormulation          the risk formulation, not null
     * @param instrumentObservations   descriptive instrument observations; never null
     * @param aims                     aims of longer-term treatment; never null
     * @param aimsAgreement            when and how the aims were agreed with the person, may be null
     * @param goals                    long- and short-term goals; never null
     * @param noOccupationalGoalReason why no goal concerns education, employment or occupation, may be null
     * @param interventions            interventions; never null
     * @param dbtANotPlannedReason     why DBT-A is not planned for a young person for whom NICE suggests it, may be null
     * @param medications              medications; never null
     * @param careTeam                 the care team, not null
     * @param riskManagementPlan       the risk management plan, may be null in a draft
     * @param safetyPlan               the safety plan, may be null in a draft
     * @param contacts                 contacts the plan refers to; never null
     * @param sharing                  consent and sharing, not null
     * @param review                   the review schedule and history, not null
     * @param treatmentDecisions       decisions to offer, withhold, refer or discharge; never null
     * @param signOff                  signatures, not null
     */
    public CarePlan(String id,
            int version,
            PlanStatus status,
            PlanOrigin origin,
            LocalDate startDate,
            Person person,
            SelfHarmHistory history,
            NeedsAssessment needsAssessment,
            RiskFormulation riskFormulation,
            List<InstrumentObservation> instrumentObservations,
            List<TreatmentAim> aims,
            Agreement aimsAgreement,
            List<Goal> goals,
            String noOccupationalGoalReason,
            List<Intervention> interventions,
            String dbtANotPlannedReason,
            List<Medication> medications,
            CareTeam careTeam,
            RiskManagementPlan riskManagementPlan,
            SafetyPlan safetyPlan,
            List<Contact> contacts,
            Sharing sharing,
            ReviewSchedule review,
            List<TreatmentDecision> treatmentDecisions,
            SignOff signOff) {
        Checks.requireId(id, "id");
        if (version < 1) {
            throw Checks.invalid("version", "must be 1 or more");
        }
        Checks.required(status, "status");
        Checks.required(origin, "origin");
        Checks.required(startDate, "startDate");
        Checks.required(person, "person");
        Checks.required(history, "history");
        Checks.required(needsAssessment, "needsAssessment");
        Checks.required(riskFormulation, "riskFormulation");
        instrumentObservations = Checks.list(instrumentObservations, "instrumentObservations");
        aims = Checks.list(aims, "aims");
        goals = Checks.list(goals, "goals");
        Checks.text(noOccupationalGoalReason, "noOccupationalGoalReason");
        interventions = Checks.list(interventions, "interventions");
        Checks.text(dbtANotPlannedReason, "dbtANotPlannedReason");
        medications = Checks.list(medications, "medications");
        Checks.required(careTeam, "careTeam");
        contacts = Checks.list(contacts, "contacts");
        Checks.required(sharing, "sharing");
        Checks.required(review, "review");
        treatmentDecisions = Checks.list(treatmentDecisions, "treatmentDecisions");
        Checks.required(signOff, "signOff");
        checkBirth(person, startDate);
        this.id = id;
        this.version = version;
        this.status = status;
        this.origin = origin;
        this.startDate = startDate;
        this.person = person;
        this.history = history;
        this.needsAssessment = needsAssessment;
        this.riskFormulation = riskFormulation;
        this.instrumentObservations = instrumentObservations;
        this.aims = aims;
        this.aimsAgreement = aimsAgreement;
        this.goals = goals;
        this.noOccupationalGoalReason = noOccupationalGoalReason;
        this.interventions = interventions;
        this.dbtANotPlannedReason = dbtANotPlannedReason;
        this.medications = medications;
        this.careTeam = careTeam;
        this.riskManagementPlan = riskManagementPlan;
        this.safetyPlan = safetyPlan;
        this.contacts = contacts;
        this.sharing = sharing;
        this.review = review;
        this.treatmentDecisions = treatmentDecisions;
        this.signOff = signOff;
        References references = new References();
        PlanWalker.walk(this, references);
        references.resolve();
    }

    /** The most years a date of birth may lie before the plan's start: older than anyone has lived. */
    static final int MAX_AGE_YEARS = 130;

    /**
     * Checks that the person could exist: born on or before the plan's start, at most
     * {@value #MAX_AGE_YEARS} years before it, and in the age band, when one is also given, that
     * their age at the start falls in. The plan's start date is the model's only "today": every age
     * the library shows or uses is the age on that date (or, for rules, also on the evaluation date).
     */
    private static void checkBirth(Person person, LocalDate startDate) {
        LocalDate born = person.dateOfBirth();
        if (born == null) {
            return;
        }
        if (born.isAfter(startDate)) {
            throw Checks.invalid("person.dateOfBirth", "after the plan's start date");
        }
        if (born.isBefore(startDate.minusYears(MAX_AGE_YEARS))) {
            throw Checks.invalid("person.dateOfBirth", "more than " + MAX_AGE_YEARS
                    + " years before the plan's start date");
        }
        int age = person.ageOn(startDate).orElseThrow();
        if (person.ageBand() != null && person.ageBand() != AgeBand.forAge(age)) {
            throw Checks.invalid("person.ageBand", "does not match the date of birth (the age band at the plan's start is "
                    + AgeBand.forAge(age).code() + ")");
        }
    }

    /**
     * Starts a builder for a new draft plan.
     *
     * @param id        the plan's id, not null
     * @param person    the person, not null
     * @param startDate the date the plan starts, not null
     * @return a builder for a draft plan, version 1
     */
    public static Builder builder(String id, Person person, LocalDate startDate) {
        return new Builder(id, person, startDate);
    }

    /**
     * Returns a builder holding this plan's values.
     *
     * @return a builder holding this plan's values
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Tells whether the plan is in use.
     *
     * @return true if the plan is in use
     */
    public boolean isActive() {
        return status == PlanStatus.ACTIVE;
    }

    /**
     * Finds a goal by id.
     *
     * @param goalId the id, not null
     * @return the goal, or empty
     */
    public Optional<Goal> goal(String goalId) {
        return goals.stream().filter(g -> g.id().equals(goalId)).findFirst();
    }

    /**
     * Finds a contact by id.
     *
     * @param contactId the id, not null
     * @return the contact, or empty
     */
    public Optional<Contact> contact(String contactId) {
        return contacts.stream().filter(c -> c.id().equals(contactId)).findFirst();
    }

    /**
     * Returns the long-term goals, in plan order.
     *
     * @return the long-term goals, in plan order
     */
    public List<Goal> longTermGoals() {
        return goals.stream().filter(g -> g.term() == GoalTerm.LONG_TERM).toList();
    }

    /**
     * Returns the short-term goals, in plan order.
     *
     * @return the short-term goals, in plan order
     */
    public List<Goal> shortTermGoals() {
        return goals.stream().filter(g -> g.term() == GoalTerm.SHORT_TERM).toList();
    }

    /**
     * Returns a copy with another next review date.
     *
     * @param date the next review date
     * @return the copy, not null; this object is unchanged
     */
    public CarePlan withNextReview(LocalDate date) {
        return toBuilder().review(review.withNextReviewDate(date)).build();
    }

    /**
     * Returns a copy with another status.
     *
     * @param value the status
     * @return the copy, not null; this object is unchanged
     */
    public CarePlan withStatus(PlanStatus value) {
        return toBuilder().status(value).build();
    }

    /**
     * Returns a copy with other goals.
     *
     * @param list the goals
     * @return the copy, not null; this object is unchanged
     */
    public CarePlan withGoals(List<Goal> list) {
        return toBuilder().goals(list).build();
    }

    /**
     * Returns a copy with another safety plan.
     *
     * @param value the safety plan
     * @return the copy, not null; this object is unchanged
     */
    public CarePlan withSafetyPlan(SafetyPlan value) {
        return toBuilder().safetyPlan(value).build();
    }

    /**
     * Returns a copy with another risk management plan.
     *
     * @param value the risk management plan
     * @return the copy, not null; this object is unchanged
     */
    public CarePlan withRiskManagementPlan(RiskManagementPlan value) {
        return toBuilder().riskManagementPlan(value).build();
    }

    /**
     * Returns a copy with another risk formulation.
     *
     * @param value the risk formulation
     * @return the copy, not null; this object is unchanged
     */
    public CarePlan withRiskFormulation(RiskFormulation value) {
        return toBuilder().riskFormulation(value).build();
    }

    /**
     * Returns a copy with other sharing.
     *
     * @param value the sharing
     * @return the copy, not null; this object is unchanged
     */
    public CarePlan withSharing(Sharing value) {
        return toBuilder().sharing(value).build();
    }

    /**
     * Returns a copy with another review schedule.
     *
     * @param value the review schedule
     * @return the copy, not null; this object is unchanged
     */
    public CarePlan withReview(ReviewSchedule value) {
        return toBuilder().review(value).build();
    }

    /**
     * Returns a copy with another person.
     *
     * @param value the person
     * @return the copy, not null; this object is unchanged
     */
    public CarePlan withPerson(Person value) {
        return toBuilder().person(value).build();
    }

    /** Returns a summary that carries no patient data. */
    @Override
    public String toString() {
        return "CarePlan[id=" + id + ", version=" + version + ", status=" + status.code() + "]";
    }

    /**
     * Checks unique ids and references across the plan, on one walk: each id is checked as the walk
     * declares it, in plan order; references are resolved when the walk is over, in plan order, so
     * that a reference may name an item further on. Messages name ids, never free text.
     */
    private static final class References implements PlanVisitor {

        private record Declared(PlanPath path, Item item) {
        }

        private record Use(PlanPath path, String id, Target target) {
        }

        private final Map<String, Declared> ids = new HashMap<>();
        private final List<Use> uses = new ArrayList<>();

        @Override
        public void id(PlanPath path, String id, Item item) {
            if (item == Item.PLAN) {
                return;
            }
            Declared first = ids.putIfAbsent(id, new Declared(path, item));
            if (first != null) {
                throw new InvalidComponentException(path, "id '" + id + "' is already used at " + first.path()
                        + "; ids must be unique within a plan");
            }
        }

        @Override
        public void reference(PlanPath path, String id, Target target) {
            uses.add(new Use(path, id, target));
        }

        /** Resolves the references the walk met; called when the walk is over. */
        void resolve() {
            for (Use use : uses) {
                Declared d = ids.get(use.id());
                if (d == null || !use.target().accepts(d.item())) {
                    throw new InvalidComponentException(use.path(), "no " + describe(use.target()) + " has id '" + use.id() + "'");
                }
            }
        }

        private static String describe(Target target) {
            return switch (target) {
                case METHOD -> "method";
                case EPISODE -> "episode";
                case GOAL -> "goal";
                case LONG_TERM_GOAL -> "long-term goal";
                case TEAM_MEMBER -> "care team member";
                case MEMBER_OR_PERSON -> "care team member or person";
                case CONTACT -> "contact";
                case IDENTIFIED_RISK -> "identified risk";
                case RISK_FACTOR -> "factor";
            };
        }
    }

    /**
     * A builder of care plans; {@link #build()} calls the canonical constructor, so every check lives
     * in one place. A new builder starts a draft of version 1 with empty sections. Not thread-safe.
     */
    public static final class Builder {
        private String id;
        private int version = 1;
        private PlanStatus status = PlanStatus.DRAFT;
        private PlanOrigin origin = PlanOrigin.CLINICAL;
        private LocalDate startDate;
        private Person person;
        private SelfHarmHistory history = SelfHarmHistory.EMPTY;
        private NeedsAssessment needsAssessment = NeedsAssessment.EMPTY;
        private RiskFormulation riskFormulation = RiskFormulation.EMPTY;
        private List<InstrumentObservation> instrumentObservations = new ArrayList<>();
        private List<TreatmentAim> aims = new ArrayList<>();
        private Agreement aimsAgreement;
        private List<Goal> goals = new ArrayList<>();
        private String noOccupationalGoalReason;
        private List<Intervention> interventions = new ArrayList<>();
        private String dbtANotPlannedReason;
        private List<Medication> medications = new ArrayList<>();
        private CareTeam careTeam = CareTeam.EMPTY;
        private RiskManagementPlan riskManagementPlan;
        private SafetyPlan safetyPlan;
        private List<Contact> contacts = new ArrayList<>();
        private Sharing sharing = Sharing.EMPTY;
        private ReviewSchedule review = ReviewSchedule.EMPTY;
        private List<TreatmentDecision> treatmentDecisions = new ArrayList<>();
        private SignOff signOff = SignOff.EMPTY;

        private Builder(String id, Person person, LocalDate startDate) {
            this.id = id;
            this.person = person;
            this.startDate = startDate;
        }

        private Builder(CarePlan p) {
            id = p.id;
            version = p.version;
            status = p.status;
            origin = p.origin;
            startDate = p.startDate;
            person = p.person;
            history = p.history;
            needsAssessment = p.needsAssessment;
            riskFormulation = p.riskFormulation;
            instrumentObservations = new ArrayList<>(p.instrumentObservations);
            aims = new ArrayList<>(p.aims);
            aimsAgreement = p.aimsAgreement;
            goals = new ArrayList<>(p.goals);
            noOccupationalGoalReason = p.noOccupationalGoalReason;
            interventions = new ArrayList<>(p.interventions);
            dbtANotPlannedReason = p.dbtANotPlannedReason;
            medications = new ArrayList<>(p.medications);
            careTeam = p.careTeam;
            riskManagementPlan = p.riskManagementPlan;
            safetyPlan = p.safetyPlan;
            contacts = new ArrayList<>(p.contacts);
            sharing = p.sharing;
            review = p.review;
            treatmentDecisions = new ArrayList<>(p.treatmentDecisions);
            signOff = p.signOff;
        }

        /**
         * Sets the id.
         *
         * @param v the id
         * @return this builder
         */
        public Builder id(String v) { id = v; return this; }
        /**
         * Sets the version.
         *
         * @param v the version
         * @return this builder
         */
        public Builder version(int v) { version = v; return this; }
        /**
         * Sets the status.
         *
         * @param v the status
         * @return this builder
         */
        public Builder status(PlanStatus v) { status = v; return this; }
        /**
         * Sets the origin.
         *
         * @param v the origin
         * @return this builder
         */
        public Builder origin(PlanOrigin v) { origin = v; return this; }
        /**
         * Sets the start date.
         *
         * @param v the start date
         * @return this builder
         */
        public Builder startDate(LocalDate v) { startDate = v; return this; }
        /**
         * Sets the person.
         *
         * @param v the person
         * @return this builder
         */
        public Builder person(Person v) { person = v; return this; }
        /**
         * Sets the history.
         *
         * @param v the history
         * @return this builder
         */
        public Builder history(SelfHarmHistory v) { history = v; return this; }
        /**
         * Sets the needs assessment.
         *
         * @param v the needs assessment
         * @return this builder
         */
        public Builder needsAssessment(NeedsAssessment v) { needsAssessment = v; return this; }
        /**
         * Sets the risk formulation.
         *
         * @param v the risk formulation
         * @return this builder
         */
        public Builder riskFormulation(RiskFormulation v) { riskFormulation = v; return this; }
        /**
         * Replaces the instrument observations.
         *
         * @param v the instrument observations, in order
         * @return this builder
         */
        public Builder instrumentObservations(List<InstrumentObservation> v) { instrumentObservations = new ArrayList<>(v); return this; }
        /**
         * Replaces the aims.
         *
         * @param v the aims, in order
         * @return this builder
         */
        public Builder aims(List<TreatmentAim> v) { aims = new ArrayList<>(v); return this; }
        /**
         * Adds an aim.
         *
         * @param kind   the kind of aim, not null
         * @param detail the aim in the person's terms, may be null (required for {@link AimKind#OTHER})
         * @return this builder
         */
        public Builder aim(AimKind kind, String detail) { aims.add(TreatmentAim.of(kind, detail)); return this; }
        /**
         * Sets the agreement of the aims.
         *
         * @param v the agreement of the aims
         * @return this builder
         */
        public Builder aimsAgreement(Agreement v) { aimsAgreement = v; return this; }
        /**
         * Replaces the goals.
         *
         * @param v the goals, in order
         * @return this builder
         */
        public Builder goals(List<Goal> v) { goals = new ArrayList<>(v); return this; }
        /**
         * Adds a goal.
         *
         * @param v the goal to add
         * @return this builder
         */
        public Builder goal(Goal v) { goals.add(v); return this; }
        /**
         * Sets the reason no goal concerns education, employment or occupation.
         *
         * @param v the reason no goal concerns education, employment or occupation
         * @return this builder
         */
        public Builder noOccupationalGoalReason(String v) { noOccupationalGoalReason = v; return this; }
        /**
         * Replaces the interventions.
         *
         * @param v the interventions, in order
         * @return this builder
         */
        public Builder interventions(List<Intervention> v) { interventions = new ArrayList<>(v); return this; }
        /**
         * Adds an intervention.
         *
         * @param v the intervention to add
         * @return this builder
         */
        public Builder intervention(Intervention v) { interventions.add(v); return this; }
        /**
         * Sets the reason DBT-A is not planned.
         *
         * @param v the reason DBT-A is not planned
         * @return this builder
         */
        public Builder dbtANotPlannedReason(String v) { dbtANotPlannedReason = v; return this; }
        /**
         * Replaces the medications.
         *
         * @param v the medications, in order
         * @return this builder
         */
        public Builder medications(List<Medication> v) { medications = new ArrayList<>(v); return this; }
        /**
         * Sets the care team.
         *
         * @param v the care team
         * @return this builder
         */
        public Builder careTeam(CareTeam v) { careTeam = v; return this; }
        /**
         * Sets the risk management plan.
         *
         * @param v the risk management plan
         * @return this builder
         */
        public Builder riskManagementPlan(RiskManagementPlan v) { riskManagementPlan = v; return this; }
        /**
         * Sets the safety plan.
         *
         * @param v the safety plan
         * @return this builder
         */
        public Builder safetyPlan(SafetyPlan v) { safetyPlan = v; return this; }
        /**
         * Replaces the contacts.
         *
         * @param v the contacts, in order
         * @return this builder
         */
        public Builder contacts(List<Contact> v) { contacts = new ArrayList<>(v); return this; }
        /**
         * Adds a contact.
         *
         * @param v the contact to add
         * @return this builder
         */
        public Builder contact(Contact v) { contacts.add(v); return this; }
        /**
         * Sets sharing and consent.
         *
         * @param v sharing and consent
         * @return this builder
         */
        public Builder sharing(Sharing v) { sharing = v; return this; }
        /**
         * Sets the review schedule.
         *
         * @param v the review schedule
         * @return this builder
         */
        public Builder review(ReviewSchedule v) { review = v; return this; }
        /**
         * Replaces the treatment decisions.
         *
         * @param v the treatment decisions, in order
         * @return this builder
         */
        public Builder treatmentDecisions(List<TreatmentDecision> v) { treatmentDecisions = new ArrayList<>(v); return this; }
        /**
         * Sets the sign-off.
         *
         * @param v the sign-off
         * @return this builder
         */
        public Builder signOff(SignOff v) { signOff = v; return this; }

        /**
         * Builds the plan.
         *
         * @return the plan, not null
         * @throws IllegalArgumentException if the structure is invalid; the message names where
         */
        public CarePlan build() {
            return new CarePlan(id, version, status, origin, startDate, person, history, needsAssessment,
                    riskFormulation, instrumentObservations, aims, aimsAgreement, goals, noOccupationalGoalReason,
                    interventions, dbtANotPlannedReason, medications, careTeam, riskManagementPlan, safetyPlan,
                    contacts, sharing, review, treatmentDecisions, signOff);
        }
    }
}
