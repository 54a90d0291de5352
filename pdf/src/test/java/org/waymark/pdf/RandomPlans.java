package org.waymark.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.waymark.model.AgeBand;
import org.waymark.model.Agreement;
import org.waymark.model.AimKind;
import org.waymark.model.CarePlan;
import org.waymark.model.CareTeam;
import org.waymark.model.ChainAnalysis;
import org.waymark.model.ChainLink;
import org.waymark.model.ChainLinkKind;
import org.waymark.model.CoProduction;
import org.waymark.model.Consent;
import org.waymark.model.Contact;
import org.waymark.model.ContactKind;
import org.waymark.model.CrisisPlan;
import org.waymark.model.DecisionKind;
import org.waymark.model.Episode;
import org.waymark.model.FactorCategory;
import org.waymark.model.FactorEffect;
import org.waymark.model.FamilyInvolvement;
import org.waymark.model.FunctionRecord;
import org.waymark.model.Goal;
import org.waymark.model.GoalArea;
import org.waymark.model.GoalProgress;
import org.waymark.model.GoalStatus;
import org.waymark.model.GoalStep;
import org.waymark.model.GoalTerm;
import org.waymark.model.GpSharing;
import org.waymark.model.IdentifiedRisk;
import org.waymark.model.InformationGiven;
import org.waymark.model.InformationTopic;
import org.waymark.model.InstrumentObservation;
import org.waymark.model.Intervention;
import org.waymark.model.InvolvementKind;
import org.waymark.model.ItemResponse;
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
import org.waymark.model.ProgressEntry;
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
import org.waymark.model.TreatmentAim;
import org.waymark.model.TreatmentDecision;

/**
 * A small deterministic generator of valid, synthetic care plans for tests: every section filled
 * or empty at random, lists from empty to long, text in Latin (with diacritics), Greek and
 * Cyrillic. The same seed always gives the same plan. (The project's jqwik generator
 * {@code PlanArbitraries} was not on the main branch when this module's tests were written.)
 */
final class RandomPlans {

    private static final String[] LATIN = {"hard", "evening", "sister", "work", "sleep", "music", "walk", "cold",
        "water", "drawing", "calm", "friend", "school", "café", "naïve", "Zoë", "Łukasz", "Ñúñez", "Øre", "Dvořák",
        "garçon", "straße", "jalapeño", "smörgås", "Şule", "Ħamrun", "the", "and", "with", "after", "before",
        "talk", "phone", "breathe", "plan", "support", "together", "quiet", "place", "room", "park", "coffee"};
    private static final String[] GREEK = {"ελπίδα", "θάλασσα", "φίλος", "ήλιος", "μουσική", "Αθήνα", "ύπνος"};
    private static final String[] CYRILLIC = {"надежда", "море", "друг", "солнце", "музыка", "Москва", "сон",
        "Київ", "ґанок"};
    private static final Locale[] LOCALES = {Locale.UK, Locale.US, Locale.forLanguageTag("en-IE"),
        Locale.forLanguageTag("el-GR"), Locale.forLanguageTag("ru-RU"), Locale.forLanguageTag("en-AU")};

    private final SplittableRandom random;
    private final LocalDate start;

    private RandomPlans(long seed) {
        this.random = new SplittableRandom(seed);
        this.start = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(700));
    }

    /**
     * Generates a plan.
     *
     * @param seed  the seed
     * @return a valid plan, not null
     */
    static CarePlan plan(long seed) {
        return new RandomPlans(seed).build(seed);
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private int size(int max) {
        // Mostly small lists, sometimes long ones, so that pagination and truncation are exercised.
        return chance(10) ? random.nextInt(max + 1) : random.nextInt(Math.min(max, 3) + 1);
    }

    private String word() {
        int script = random.nextInt(10);
        String[] pool = script < 7 ? LATIN : script < 8 ? GREEK : CYRILLIC;
        return pool[random.nextInt(pool.length)];
    }

    private String words(int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(word());
        }
        String s = sb.toString();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String sentence() {
        return chance(3) ? words(60, 200) + "." : words(2, 14) + ".";
    }

    private String maybe(String s) {
        return chance(70) ? s : null;
    }

    private List<String> sentences(int max) {
        List<String> list = new ArrayList<>();
        int n = size(max);
        for (int i = 0; i < n; i++) {
            list.add(sentence());
        }
        return list;
    }

    private LocalDate date() {
        return start.plusDays(random.nextInt(200) - 60);
    }

    private String phone(String country) {
        return switch (country) {
            case "US" -> "(555) 01" + random.nextInt(10) + "-" + (1000 + random.nextInt(9000));
            default -> "0" + (1000 + random.nextInt(9000)) + " " + (100000 + random.nextInt(900000));
        };
    }

    private <E> E pick(E[] values) {
        return values[random.nextInt(values.length)];
    }

    private CarePlan build(long seed) {
        Locale locale = pick(LOCALES);
        String country = locale.getCountry().isEmpty() ? "GB" : locale.getCountry();
        String personId = "p-" + Long.toHexString(seed & 0xffffff);
        String name = chance(80) ? words(1, 3) : null;
        LocalDate born = chance(60) ? start.minusYears(14 + random.nextInt(60)).minusDays(random.nextInt(365)) : null;
        AgeBand band = chance(50) ? (born == null ? pick(AgeBand.values())
                : AgeBand.forAge(java.time.Period.between(born, start).getYears())) : null;
        Person person = new Person(personId, name, born, band, locale, maybe("they/them"),
                chance(70) ? random.nextBoolean() : null);

        List<Contact> contacts = new ArrayList<>();
        int nContacts = size(12);
        for (int i = 0; i < nContacts; i++) {
            ContactKind kind = pick(ContactKind.values());
            boolean sms = chance(15);
            contacts.add(new Contact("c" + i, words(1, 4), kind, maybe(words(1, 2)), sms ? null : phone(country),
                    sms ? "8" + (1000 + random.nextInt(9000)) : null, sms ? "HELLO" : null,
                    chance(10) ? words(3, 8) : null, country, maybe(words(2, 5)), chance(30)));
        }
        List<String> contactIds = contacts.stream().map(Contact::id).toList();

        List<TeamMember> members = new ArrayList<>();
        int nMembers = size(6);
        for (int i = 0; i < nMembers; i++) {
            members.add(new TeamMember("tm" + i, words(2, 3), maybe(words(1, 4)), maybe(words(2, 5)), sentences(4),
                    contactIds.isEmpty() || chance(40) ? null : contactIds.get(random.nextInt(contactIds.size()))));
        }
        List<String> owners = new ArrayList<>(members.stream().map(TeamMember::id).toList());
        owners.add(personId);

        List<MethodRecord> methods = new ArrayList<>();
        int nMethods = size(5);
        for (int i = 0; i < nMethods; i++) {
            methods.add(new MethodRecord("m" + i, pick(SelfHarmMethod.values()), maybe(sentence()), maybe(words(2, 6)),
                    chance(70) ? date() : null, maybe(sentence()), chance(70) ? random.nextBoolean() : null));
        }
        List<Episode> episodes = new ArrayList<>();
        int nEpisodes = methods.isEmpty() ? 0 : size(5);
        for (int i = 0; i < nEpisodes; i++) {
            episodes.add(new Episode("e" + i, date(), List.of(methods.get(random.nextInt(methods.size())).id()),
                    maybe(sentence()), chance(60) ? random.nextBoolean() : null));
        }
        List<ChainAnalysis> chains = new ArrayList<>();
        int nChains = size(3);
        for (int i = 0; i < nChains; i++) {
            List<ChainLink> links = new ArrayList<>();
            int nLinks = size(8);
            for (int k = 0; k < nLinks; k++) {
                links.add(new ChainLink(pick(ChainLinkKind.values()), sentence()));
            }
            chains.add(new ChainAnalysis("ca" + i, episodes.isEmpty() || chance(30) ? null : episodes.get(0).id(),
                    sentences(4), maybe(sentence()), links, sentences(4), sentences(4)));
        }
        List<FunctionRecord> functions = new ArrayList<>();
        int nFunctions = size(4);
        for (int i = 0; i < nFunctions; i++) {
            functions.add(new FunctionRecord(pick(SelfHarmFunction.values()), maybe(sentence())));
        }
        SelfHarmHistory history = new SelfHarmHistory(methods, functions, sentences(6), maybe(sentence()),
                chance(70) ? random.nextBoolean() : null, chance(70) ? random.nextBoolean() : null, episodes, chains);

        List<NeedsFinding> findings = new ArrayList<>();
        for (NeedsDomain d : NeedsDomain.values()) {
            if (chance(75)) {
                findings.add(chance(80) ? new NeedsFinding(d, sentence(), null) : new NeedsFinding(d, null, sentence()));
            }
        }
        NeedsAssessment needs = new NeedsAssessment(chance(80) ? date() : null, findings);

        List<RiskDomainEntry> domains = new ArrayList<>();
        for (RiskDomain d : RiskDomain.values()) {
            if (chance(75)) {
                domains.add(chance(85) ? new RiskDomainEntry(d, sentence(), null) : new RiskDomainEntry(d, null, sentence()));
            }
        }
        List<IdentifiedRisk> risks = new ArrayList<>();
        int nRisks = size(6);
        for (int i = 0; i < nRisks; i++) {
            risks.add(new IdentifiedRisk("r" + i, pick(RiskHorizon.values()), sentence()));
        }
        List<RiskFactor> factors = new ArrayList<>();
        int nFactors = size(8);
        for (int i = 0; i < nFactors; i++) {
            factors.add(new RiskFactor("f" + i, pick(FactorEffect.values()), pick(FactorCategory.values()), sentence()));
        }
        RiskFormulation formulation = new RiskFormulation(chance(80) ? date() : null, maybe(words(20, 120) + "."),
                domains, risks, factors, chance(60) ? Agreement.of(date(), sentence()) : null);

        List<InstrumentObservation> observations = new ArrayList<>();
        int nObs = size(3);
        for (int i = 0; i < nObs; i++) {
            List<ItemResponse> responses = new ArrayList<>();
            int nResp = size(9);
            for (int k = 0; k < nResp; k++) {
                responses.add(new ItemResponse("Item " + (k + 1), words(1, 4)));
            }
            observations.add(new InstrumentObservation("io" + i, "Instrument " + words(1, 1), date(), maybe(words(1, 3)),
                    responses, maybe(sentence())));
        }

        List<TreatmentAim> aims = new ArrayList<>();
        int nAims = size(5);
        for (int i = 0; i < nAims; i++) {
            AimKind kind = pick(AimKind.values());
            aims.add(TreatmentAim.of(kind, kind == AimKind.OTHER || chance(60) ? sentence() : null));
        }

        List<Goal> goals = new ArrayList<>();
        int nLong = size(4);
        for (int i = 0; i < nLong; i++) {
            goals.add(Goal.longTerm("lt" + i, pick(GoalArea.values()), sentence()).addresses(maybe(sentence()))
                    .ownerId(chance(80) ? owners.get(random.nextInt(owners.size())) : null)
                    .status(pick(GoalStatus.values())).build());
        }
        int nShort = nLong == 0 ? 0 : size(6);
        for (int i = 0; i < nShort; i++) {
            Goal.Builder b = Goal.shortTerm("st" + i, "lt" + random.nextInt(nLong), pick(GoalArea.values()), sentence())
                    .measure(maybe(sentence())).baseline(maybe(words(1, 5))).target(maybe(words(1, 6)))
                    .startDate(chance(80) ? start : null).dueDate(chance(80) ? start.plusDays(30 + random.nextInt(90)) : null)
                    .ownerId(chance(80) ? owners.get(random.nextInt(owners.size())) : null)
                    .status(pick(GoalStatus.values()));
            int nSteps = size(6);
            List<GoalStep> steps = new ArrayList<>();
            for (int k = 0; k < nSteps; k++) {
                steps.add(new GoalStep(sentence(), chance(80) ? owners.get(random.nextInt(owners.size())) : null,
                        random.nextBoolean(), chance(30) ? sentence() : null));
            }
            b.steps(steps);
            int nProgress = size(5);
            for (int k = 0; k < nProgress; k++) {
                b.progress(new ProgressEntry(start.plusDays(7L * (k + 1)), maybe(words(1, 4)), maybe(sentence())));
            }
            goals.add(b.build());
        }
        List<String> goalIds = goals.stream().map(Goal::id).toList();

        List<Intervention> interventions = new ArrayList<>();
        int nInterventions = size(5);
        for (int i = 0; i < nInterventions; i++) {
            interventions.add(new Intervention("i" + i, pick(Modality.values()), sentence(), random.nextBoolean(),
                    chance(60) ? 1 + random.nextInt(20) : null, maybe(words(1, 3)),
                    members.isEmpty() || chance(20) ? null : members.get(random.nextInt(members.size())).id(),
                    goalIds.isEmpty() || chance(50) ? List.of() : List.of(goalIds.get(random.nextInt(goalIds.size()))),
                    chance(50) ? date() : null));
        }
        List<Medication> medications = new ArrayList<>();
        int nMeds = size(4);
        for (int i = 0; i < nMeds; i++) {
            medications.add(new Medication("med" + i, words(1, 3) + " 10 mg", maybe(sentence()), maybe(words(1, 3)),
                    members.isEmpty() || chance(30) ? null : members.get(random.nextInt(members.size())).id()));
        }
        CareTeam team = new CareTeam(members,
                members.isEmpty() || chance(20) ? null : members.get(random.nextInt(members.size())).id(), sentences(5));

        RiskManagementPlan riskPlan = null;
        if (chance(80)) {
            List<RiskManagementEntry> entries = new ArrayList<>();
            for (int i = 0; i < risks.size(); i++) {
                entries.add(new RiskManagementEntry("rm" + i, List.of(risks.get(i).id()),
                        factors.isEmpty() || chance(50) ? List.of() : List.of(factors.get(random.nextInt(factors.size())).id()),
                        sentences(5), chance(80) ? owners.get(random.nextInt(owners.size())) : null, maybe(words(1, 4))));
            }
            CrisisPlan crisis = chance(85) ? new CrisisPlan(sentences(6), maybe(sentence()), someIds(contactIds)) : null;
            riskPlan = new RiskManagementPlan(entries, crisis);
        }

        SafetyPlan safety = null;
        if (chance(85)) {
            List<MeansAction> means = new ArrayList<>();
            for (MethodRecord m : methods) {
                if (chance(60)) {
                    means.add(new MeansAction(m.id(), sentence()));
                }
            }
            boolean declined = chance(10);
            safety = new SafetyPlan(sentences(12), sentences(12), sentences(8), someIds(contactIds), someIds(contactIds),
                    someIds(contactIds), means, means.isEmpty() ? maybe(sentence()) : null,
                    declined ? List.of() : sentences(10), declined,
                    chance(70) ? new CoProduction(random.nextBoolean(), random.nextBoolean(), chance(70) ? date() : null,
                            sentences(3)) : null);
        }

        List<FamilyInvolvement> family = new ArrayList<>();
        for (String id : someIds(contactIds)) {
            boolean consent = chance(80);
            family.add(new FamilyInvolvement(id, pick(InvolvementKind.values()),
                    consent ? new Consent(random.nextBoolean(), date(), maybe(sentence())) : null,
                    consent ? null : maybe(sentence()), chance(60) ? date() : null));
        }
        List<InformationGiven> info = new ArrayList<>();
        int nInfo = size(6);
        for (int i = 0; i < nInfo; i++) {
            info.add(new InformationGiven(pick(InformationTopic.values()), chance(80) ? date() : null, maybe(words(1, 4))));
        }
        GpSharing gp = chance(70) ? (chance(80) ? GpSharing.ofDate(date()) : new GpSharing(null, sentence())) : null;
        Sharing sharing = new Sharing(gp, chance(70) ? date() : null, family, info);

        List<Review> reviews = new ArrayList<>();
        int nReviews = size(4);
        for (int i = 0; i < nReviews; i++) {
            List<GoalProgress> progress = new ArrayList<>();
            if (!goalIds.isEmpty() && chance(60)) {
                progress.add(new GoalProgress(goalIds.get(random.nextInt(goalIds.size())), sentence()));
            }
            reviews.add(new Review(date(), pick(ReviewTrigger.values()),
                    episodes.isEmpty() || chance(60) ? null : episodes.get(0).id(), sentences(3), maybe(sentence()),
                    random.nextBoolean(), random.nextBoolean(), progress));
        }
        ReviewSchedule review = new ReviewSchedule(chance(80) ? 1 + random.nextInt(12) : null,
                chance(80) ? start.plusMonths(3) : null, reviews);

        List<TreatmentDecision> decisions = new ArrayList<>();
        int nDecisions = size(3);
        for (int i = 0; i < nDecisions; i++) {
            decisions.add(new TreatmentDecision("d" + i, date(), pick(DecisionKind.values()), maybe(sentence())));
        }
        List<Signature> signatures = new ArrayList<>();
        if (chance(50)) {
            signatures.add(new Signature(SignatoryRole.CLINICIAN, words(2, 2), date(),
                    members.isEmpty() ? null : members.get(0).id()));
        }
        if (chance(50)) {
            signatures.add(new Signature(SignatoryRole.PERSON, words(2, 2), date(), null));
        }
        SignOff signOff = new SignOff(signatures, chance(20) ? sentence() : null);

        return CarePlan.builder("plan-" + Long.toHexString(seed), person, start)
                .version(1 + random.nextInt(5))
                .status(pick(PlanStatus.values()))
                .origin(PlanOrigin.SYNTHETIC)
                .history(history).needsAssessment(needs).riskFormulation(formulation)
                .instrumentObservations(observations).aims(aims)
                .aimsAgreement(chance(60) ? Agreement.of(date(), sentence()) : null)
                .goals(goals).noOccupationalGoalReason(chance(10) ? sentence() : null)
                .interventions(interventions).dbtANotPlannedReason(chance(10) ? sentence() : null)
                .medications(medications).careTeam(team).riskManagementPlan(riskPlan).safetyPlan(safety)
                .contacts(contacts).sharing(sharing).review(review).treatmentDecisions(decisions).signOff(signOff)
                .build();
    }

    private List<String> someIds(List<String> ids) {
        List<String> list = new ArrayList<>();
        for (String id : ids) {
            if (chance(35)) {
                list.add(id);
            }
        }
        return list;
    }
}
