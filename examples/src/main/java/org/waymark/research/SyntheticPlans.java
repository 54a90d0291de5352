package org.waymark.research;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.waymark.model.Agreement;
import org.waymark.model.AimKind;
import org.waymark.model.AssociatedCondition;
import org.waymark.model.CarePlan;
import org.waymark.model.CareTeam;
import org.waymark.model.CoProduction;
import org.waymark.model.Contact;
import org.waymark.model.ContactKind;
import org.waymark.model.CrisisPlan;
import org.waymark.model.DecisionKind;
import org.waymark.model.Episode;
import org.waymark.model.EpisodeRate;
import org.waymark.model.FactorCategory;
import org.waymark.model.FactorEffect;
import org.waymark.model.FunctionRecord;
import org.waymark.model.GoalArea;
import org.waymark.model.GoalStep;
import org.waymark.model.GoalTerm;
import org.waymark.model.GpSharing;
import org.waymark.model.IdentifiedRisk;
import org.waymark.model.InformationGiven;
import org.waymark.model.InformationTopic;
import org.waymark.model.Intervention;
import org.waymark.model.MeansAction;
import org.waymark.model.Medication;
import org.waymark.model.MethodRecord;
import org.waymark.model.Modality;
import org.waymark.model.NeedsAssessment;
import org.waymark.model.NeedsDomain;
import org.waymark.model.NeedsFinding;
import org.waymark.model.Person;
import org.waymark.model.PlanOrigin;
import org.waymark.model.PlanStatus;
import org.waymark.model.RatePeriod;
import org.waymark.model.Review;
import org.waymark.model.ReviewSchedule;
import org.waymark.model.ReviewTrigger;
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
import org.waymark.model.SignatoryRole;
import org.waymark.model.Signature;
import org.waymark.model.TeamMember;
import org.waymark.model.TreatmentDecision;
import org.waymark.templates.content.ContentLibrary;
import org.waymark.templates.content.CrisisResource;
import org.waymark.templates.content.GoalPattern;
import org.waymark.templates.content.SafetyPlanExample;
import org.waymark.templates.content.SafetyPlanSection;

/**
 * Synthetic care plans for research and testing: realistic in shape and variety, describing nobody.
 * Every plan has origin {@link PlanOrigin#SYNTHETIC}, a pseudonymous id {@code syn-SEED-N} and an invented
 * first name; the words come from the shipped content library.
 * <p>
 * The same seed and index always give the same plan. About half the plans are complete, about a third
 * are active with gaps a validator will report, and the rest are drafts; ages, locales (en-GB, en-US),
 * methods and goal mixes vary.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SyntheticPlans {

    /** The kinds of plan generated, with the share of each. */
    public enum Completeness {
        /** Everything the guidance asks for is present. */
        COMPLETE,
        /** Active, with gaps (no crisis plan, goals without measures, no GP sharing...). */
        WITH_GAPS,
        /** A draft: the assessment begun, little else. */
        DRAFT
    }

    private static final List<String> NAMES = List.of("Aoife", "Kwame", "Zoë", "Mateusz", "Leilani", "Søren",
            "Priyanka", "José", "Nnamdi", "Ilse", "Yusuf", "Chloé", "Tomasz", "Amara", "Bjørn", "Lucía", "Oisín",
            "Mei", "Dmitri", "Ngozi", "Elif", "Rhys", "Sakura", "Ana");
    private static final List<SelfHarmMethod> METHODS = List.of(SelfHarmMethod.CUTTING, SelfHarmMethod.BURNING,
            SelfHarmMethod.PICKING, SelfHarmMethod.HITTING, SelfHarmMethod.SELF_POISONING);
    private static final LocalDate EPOCH = LocalDate.of(2026, 1, 5);

    private final long seed;
    private final Function<Locale, ContentLibrary> content;

    private SyntheticPlans(long seed, Function<Locale, ContentLibrary> content) {
        this.seed = seed;
        this.content = content;
    }

    /**
     * Obtains a generator for a seed, using the shipped content libraries.
     *
     * @param seed the seed
     * @return the generator, not null
     */
    public static SyntheticPlans ofSeed(long seed) {
        return new SyntheticPlans(seed, ContentLibrary::load);
    }

    /**
     * Generates plans {@code 0} to {@code count - 1}.
     *
     * @param count how many, from 0 to 1,000,000
     * @return the plans, not null
     */
    public List<CarePlan> generate(int count) {
        if (count < 0 || count > 1_000_000) {
            throw new IllegalArgumentException("count must be from 0 to 1,000,000");
        }
        List<CarePlan> plans = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            plans.add(plan(i));
        }
        return plans;
    }

    /**
     * Returns the completeness of plan {@code index}.
     *
     * @param index the index, from 0
     * @return the completeness, not null
     */
    public Completeness completeness(int index) {
        int roll = random(index).nextInt(100);
        return roll < 50 ? Completeness.COMPLETE : roll < 80 ? Completeness.WITH_GAPS : Completeness.DRAFT;
    }

    /**
     * Generates plan {@code index}.
     *
     * @param index the index, from 0
     * @return the plan, not null
     */
    public CarePlan plan(int index) {
        SplittableRandom r = random(index);
        Completeness kind = completeness(index);
        r.nextInt(100); // the draw completeness(index) made from the same stream
        Locale locale = r.nextBoolean() ? Locale.UK : Locale.US;
        ContentLibrary library = content.apply(locale);
        boolean young = r.nextInt(100) < 30;
        LocalDate start = EPOCH.plusDays(r.nextInt(300));
        int age = young ? 13 + r.nextInt(5) : 18 + r.nextInt(52);
        LocalDate born = start.minusYears(age).minusDays(r.nextInt(360));
        String personId = "syn-" + seed + "-" + index;
        Person person = new Person(personId, NAMES.get(r.nextInt(NAMES.size())), born, null, locale, null,
                young ? Boolean.FALSE : r.nextInt(100) < 25);
        String country = locale.getCountry();

        // Assessment: methods, functions, an episode.
        List<SelfHarmMethod> methods = pick(r, METHODS, 1 + r.nextInt(2));
        List<MethodRecord> methodRecords = new ArrayList<>();
        for (SelfHarmMethod m : methods) {
            int f = r.nextInt(FREQUENCIES.size());
            methodRecords.add(new MethodRecord("m-" + m.code(), m, null, FREQUENCIES.get(f), start.minusDays(3 + r.nextInt(40)),
                    null, r.nextInt(100) < 70, RATES.get(f)));
        }
        LocalDate episodeDate = start.minusDays(1 + r.nextInt(10));
        Episode episode = new Episode("e-1", episodeDate, List.of(methodRecords.get(0).id()), null, Boolean.FALSE);
        boolean frequent = r.nextBoolean();
        boolean dysregulation = r.nextBoolean();
        SelfHarmHistory history = new SelfHarmHistory(methodRecords,
                List.of(new FunctionRecord(pick(r, List.of(SelfHarmFunction.EMOTION_RELIEF, SelfHarmFunction.ENDING_NUMBNESS,
                        SelfHarmFunction.SELF_PUNISHMENT, SelfHarmFunction.CONTROL), 1).get(0), null)),
                List.of(trigger(r, young)), null, frequent, dysregulation, List.of(episode), List.of());

        CarePlan.Builder plan = CarePlan.builder("plan-" + personId, person, start)
                .origin(PlanOrigin.SYNTHETIC)
                .history(history)
                .version(1 + r.nextInt(3));

        List<NeedsFinding> needs = new ArrayList<>();
        for (NeedsDomain d : NeedsDomain.values()) {
            boolean recorded = kind != Completeness.DRAFT || r.nextInt(100) < 30;
            if (d == NeedsDomain.DEPENDENT_CHILDREN) {
                needs.add(Boolean.TRUE.equals(person.hasDependentChildren())
                        ? new NeedsFinding(d, "Two children at primary school; their needs were discussed and support from the family is in place.", null)
                        : new NeedsFinding(d, null, "No dependent children."));
            } else if (recorded) {
                needs.add(new NeedsFinding(d, "Synthetic finding for " + d.code().replace('-', ' ') + ".", null));
            }
        }
        plan.needsAssessment(new NeedsAssessment(start.minusDays(2), needs));

        List<IdentifiedRisk> risks = List.of(
                new IdentifiedRisk("r-injury", RiskHorizon.IMMEDIATE, "Injury from self-harm, including infection."),
                new IdentifiedRisk("r-longer", RiskHorizon.LONGER_TERM, "Low mood deepening over the coming months."));
        List<RiskFactor> factors = List.of(
                new RiskFactor("f-trigger", FactorEffect.INCREASES_RISK, FactorCategory.SOCIAL, "The main trigger described in the assessment."),
                new RiskFactor("f-means", FactorEffect.INCREASES_RISK, FactorCategory.OTHER, "Access to the means used."),
                new RiskFactor("f-support", FactorEffect.PROTECTIVE, FactorCategory.SOCIAL, "A trusted person who can be contacted."));
        List<RiskDomainEntry> domains = Arrays.stream(RiskDomain.values())
                .filter(d -> kind != Completeness.DRAFT || d.ordinal() < 2)
                .map(d -> new RiskDomainEntry(d, "Synthetic summary for " + d.code().replace('-', ' ') + ".", null)).toList();
        plan.riskFormulation(new RiskFormulation(start.minusDays(2), "A synthetic formulation: what happens, what it does for the person, what makes harm more or less likely.",
                domains, risks, factors, kind == Completeness.DRAFT ? null : Agreement.of(start, "Agreed in session")));

        if (kind == Completeness.DRAFT) {
            return plan.build();
        }

        // Contacts: a trusted person, the coordinator, and the locale's crisis routes.
        List<Contact> contacts = new ArrayList<>();
        contacts.add(Contact.ofPersonal("c-trusted", "Trusted person", "Relative", country.equals("GB") ? "07700 900" + (100 + r.nextInt(900)) : "(555) 010-0" + (100 + r.nextInt(900)), country));
        contacts.add(new Contact("c-coord", "Care coordinator", ContactKind.PROFESSIONAL, "Care coordinator",
                country.equals("GB") ? "0161 496 0" + (100 + r.nextInt(900)) : "(555) 010-0" + (100 + r.nextInt(900)),
                null, null, null, country, "Weekdays, office hours", false));
        List<String> crisisIds = new ArrayList<>();
        for (CrisisResource c : library.crisisResources()) {
            String id = "crisis." + c.id();
            crisisIds.add(id);
            contacts.add(new Contact(id, c.name(), c.kind().code().equals("emergency") ? ContactKind.EMERGENCY : ContactKind.CRISIS_LINE,
                    null, c.phone(), c.textMessage() == null ? null : c.textMessage().number(),
                    c.textMessage() == null ? null : c.textMessage().keyword(), null, c.country(), c.hours(), c.available24x7()));
        }
        plan.contacts(contacts);

        TeamMember coordinator = new TeamMember("tm-coord", "Care coordinator", "Care coordinator", null,
                List.of("Coordinates the plan and arranges reviews"), "c-coord");
        TeamMember therapist = new TeamMember("tm-therapist", "Therapist", "Psychological therapist", null,
                List.of("Provides the psychological intervention"), null);
        plan.careTeam(new CareTeam(List.of(coordinator, therapist), "tm-coord",
                List.of("Use my safety plan when I notice my warning signs")));

        // Goals from the bank: a coping goal and an education/employment goal, each with a short-term goal.
        LocalDate nextReview = start.plusMonths(3);
        List<String> longIds = new ArrayList<>();
        for (GoalArea area : pick(r, List.of(GoalArea.COPING, GoalArea.SAFETY, GoalArea.RELATIONSHIPS, GoalArea.QUALITY_OF_LIFE), 1)) {
            addGoals(plan, library, area, r, start, nextReview, personId, kind, longIds);
        }
        addGoals(plan, library, GoalArea.EDUCATION_EMPLOYMENT_OCCUPATION, r, start, nextReview, personId, kind, longIds);
        plan.aim(AimKind.REDUCE_HARM, null).aim(AimKind.IMPROVE_FUNCTIONING, null)
                .aimsAgreement(Agreement.of(start, "Agreed in session"));

        boolean dbtA = young && frequent && dysregulation;
        plan.intervention(dbtA
                ? new Intervention("i-1", Modality.DBT_A, "DBT-A: individual sessions and a skills group.", true, 24, "Weekly", "tm-therapist", List.of(), start.plusDays(7))
                : new Intervention("i-1", Modality.CBT_INFORMED, "A structured CBT-informed intervention for self-harm.", true,
                        young ? 8 : 4 + r.nextInt(7), "Weekly", "tm-therapist", List.of(), start.plusDays(7)));

        if (kind == Completeness.COMPLETE || r.nextBoolean()) {
            List<String> meansMethodIds = methodRecords.stream().filter(m -> Boolean.TRUE.equals(m.accessToMeans())).map(MethodRecord::id).toList();
            plan.riskManagementPlan(new RiskManagementPlan(List.of(
                    new RiskManagementEntry("rm-1", List.of("r-injury"), List.of("f-trigger", "f-means"),
                            List.of("Practise distress tolerance skills", "Agree steps to make the home safer"), "tm-therapist", "Weekly"),
                    new RiskManagementEntry("rm-2", List.of("r-longer"), List.of(),
                            List.of("Ask about mood and suicidal thoughts at each contact"), "tm-coord", "At each contact")),
                    kind == Completeness.COMPLETE ? new CrisisPlan(examples(library, SafetyPlanSection.OWN_COPING, r, 2),
                            "If my strategies do not help, I contact someone on this list.", crisisIds) : null));
            List<MeansAction> means = meansMethodIds.stream()
                    .map(id -> new MeansAction(id, examples(library, SafetyPlanSection.SAFER_ENVIRONMENT, r, 1).get(0))).toList();
            plan.safetyPlan(new SafetyPlan(examples(library, SafetyPlanSection.WARNING_SIGNS, r, 2),
                    examples(library, SafetyPlanSection.OWN_COPING, r, 2), examples(library, SafetyPlanSection.DISTRACTION, r, 1),
                    List.of("c-trusted"), List.of("c-trusted"), concat("c-coord", crisisIds), means,
                    means.isEmpty() ? "No current access to the means used." : null,
                    examples(library, SafetyPlanSection.REASONS_FOR_LIVING, r, 1), false,
                    new CoProduction(true, true, start, List.of("On my phone"))));
        }
        if (kind == Completeness.COMPLETE) {
            plan.sharing(new Sharing(GpSharing.ofDate(start.plusDays(1)), start.minusDays(2), List.of(),
                    List.of(new InformationGiven(InformationTopic.CARE_PLAN, start, null),
                            new InformationGiven(InformationTopic.SAFETY_PLAN, start, null),
                            new InformationGiven(InformationTopic.EMERGENCY, start, null))));
            plan.signOff(new SignOff(List.of(new Signature(SignatoryRole.CLINICIAN, "Care coordinator", start, "tm-coord"),
                    new Signature(SignatoryRole.PERSON, person.preferredName(), start, null)), null));
            plan.treatmentDecisions(List.of(new TreatmentDecision("d-1", start.minusDays(2), DecisionKind.OFFER_TREATMENT,
                    "Offered because of repeated self-harm linked to distress, and the person wants help with coping.",
                    List.of(NeedsDomain.COPING_STRATEGIES, NeedsDomain.NEED_FOR_CARE))));
            if (Math.floorMod(personId.hashCode(), 3) == 0) {
                // Derived from the id, not drawn, so that the other values of a seed stay as they were.
                plan.medications(List.of(new Medication("med-1", "Sertraline 50 mg daily", "Treatment of depression",
                        "Depression", null, AssociatedCondition.DEPRESSION, Boolean.TRUE)));
            }
        } else {
            plan.sharing(new Sharing(null, start, List.of(), List.of(new InformationGiven(InformationTopic.SAFETY_PLAN, start, null))));
        }
        ReviewSchedule review = ReviewSchedule.of(3, nextReview).withHistory(List.of(
                new Review(start, ReviewTrigger.AFTER_EPISODE, "e-1", List.of("The person", "Care coordinator"),
                        "Plans reviewed after the recent episode.", true, true, List.of())));
        return plan.review(review).status(PlanStatus.ACTIVE).build();
    }

    private static void addGoals(CarePlan.Builder plan, ContentLibrary library, GoalArea area, SplittableRandom r,
                                 LocalDate start, LocalDate nextReview, String personId, Completeness kind, List<String> longIds) {
        GoalPattern longTerm = library.goals(area, GoalTerm.LONG_TERM).get(0);
        String longId = "g-" + area.code();
        longIds.add(longId);
        plan.goal(org.waymark.model.Goal.longTerm(longId, area, longTerm.statement()).ownerId(personId).build());
        List<GoalPattern> shorts = library.shortTermGoalsFor(longTerm.id());
        GoalPattern p = shorts.get(r.nextInt(shorts.size()));
        LocalDate due = start.plusWeeks(Math.min(p.typicalTimescaleWeeks(), 12));
        if (due.isAfter(nextReview)) {
            due = nextReview;
        }
        boolean smart = kind == Completeness.COMPLETE || r.nextBoolean();
        plan.goal(org.waymark.model.Goal.shortTerm(longId + "-st", longId, area, p.statement())
                .measure(smart ? p.measure() : null).target(smart ? p.target() : null)
                .startDate(start).dueDate(due).ownerId(personId)
                .steps(List.of(GoalStep.of("Agree the first step in session.", "tm-coord"))).build());
    }

    private static List<String> examples(ContentLibrary library, SafetyPlanSection section, SplittableRandom r, int n) {
        List<String> texts = library.safetyPlanExamples(section).stream().map(SafetyPlanExample::text).toList();
        return pick(r, texts, Math.min(n, texts.size()));
    }

    private static <T> List<T> pick(SplittableRandom r, List<T> from, int n) {
        LinkedHashSet<T> chosen = new LinkedHashSet<>();
        while (chosen.size() < n) {
            chosen.add(from.get(r.nextInt(from.size())));
        }
        return List.copyOf(chosen);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** How often, in words, and the same as a count per period. */
    private static final List<String> FREQUENCIES = List.of("About once a week", "Several times a week", "A few times a month", "Most days");
    private static final List<EpisodeRate> RATES = List.of(EpisodeRate.of(1, RatePeriod.WEEK), EpisodeRate.of(3, RatePeriod.WEEK),
            EpisodeRate.of(3, RatePeriod.MONTH), EpisodeRate.of(5, RatePeriod.WEEK));

    private static String trigger(SplittableRandom r, boolean young) {
        List<String> list = young
                ? List.of("Arguments at home", "Being left out by friends online", "Pressure at school")
                : List.of("Conflict at work", "Money worries", "Evenings alone after a hard day", "Relationship ending");
        return list.get(r.nextInt(list.size()));
    }

    private SplittableRandom random(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative");
        }
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    }
}
