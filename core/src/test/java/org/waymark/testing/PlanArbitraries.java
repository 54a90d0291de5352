package org.waymark.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
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
import org.waymark.model.AssociatedCondition;
import org.waymark.model.EpisodeRate;
import org.waymark.model.Medication;
import org.waymark.model.RatePeriod;
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
 * jqwik arbitraries of random, structurally valid care plans, for property tests here and in
 * other modules (through the {@code waymark-core} test-jar).
 * <p>
 * A plan fills every section, each list with 0 to a few entries (now and then many more; one plan
 * in eight is sparse, with lists mostly empty and optional values mostly absent), with
 * text in several scripts — Latin with diacritics, Greek, Cyrillic, Hebrew, Arabic, CJK, emoji
 * with joiners and modifiers — and characters that test escaping: quotes, backslashes, tabs, line
 * breaks in free text, U+2028, no-break spaces, combining marks. Ids are unique within the plan
 * and every reference resolves; a goal's due date is not before its start; dates fall between
 * 1920 and 2100. Optional values are sometimes left out.
 * <p>
 * Plans are built from a {@link Random} that jqwik seeds, so a failing try can be reproduced
 * from its seed; they are not shrunk.
 */
public final class PlanArbitraries {

    private static final String[] WORDS = {
        "walk", "friend", "sleep", "call", "music", "school", "work", "breathe", "bath", "dog",
        "Zoë", "Łukasz", "Ñúñez", "Siobhán", "Øyvind", "naïve", "café", "Dvořák", "Şükrü", "façade",
        "Ελπίδα", "καλημέρα", "ψυχή", "Дмитрий", "привіт", "надежда", "Ёлка", "щастя",
        "שלום", "مرحبا", "希望", "ありがとう", "e\u0301", "n\u0303o",
        "🙂", "🌱", "💬", "❤️", "👩🏽", "🏳️", "🧘", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", "\u0DC1\u0DCA\u200D\u0DBB\u0DD3",
        "\"quoted\"", "back\\slash", "</script>", "{json}", "[1,2]", "50%", "a&b", "O'Neil",
        "no\u00A0break", "tab\there", "\u00A0", "$.plan", "null", "true", "0",
    };
    private static final String[] LINE_SEPARATORS = {" ", " ", " ", ", ", "; ", "\t", " — "};
    private static final String[] TEXT_SEPARATORS = {" ", " ", " ", ", ", ". ", "\n", "\r\n", "\n\n", "\t", "\u2028"};
    private static final List<Locale> LOCALES = List.of(Locale.UK, Locale.US, Locale.forLanguageTag("en"),
            Locale.forLanguageTag("de-DE"), Locale.forLanguageTag("el-GR"), Locale.forLanguageTag("uk-UA"),
            Locale.forLanguageTag("pl"), Locale.forLanguageTag("he-IL"), Locale.forLanguageTag("ar-EG"),
            Locale.forLanguageTag("fil-PH"));
    private static final String[] COUNTRIES = {"GB", "US", "IE", "DE", "GR", "UA", "NZ"};
    private static final String ID_START = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String ID_REST = ID_START + "._:-";
    private static final LocalDate EARLIEST = LocalDate.of(1920, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private PlanArbitraries() {
    }

    /**
     * Returns random, structurally valid care plans.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<CarePlan> plans() {
        return Arbitraries.randomValue(random -> new Generator(random).plan());
    }

    /**
     * Returns random free text that the model accepts: not blank, possibly several lines.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> texts() {
        return Arbitraries.randomValue(random -> new Generator(random).text());
    }

    /**
     * Returns random single lines of text that the model accepts.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> lines() {
        return Arbitraries.randomValue(random -> new Generator(random).line());
    }

    /** Builds one plan from a random source. Not thread-safe. */
    private static final class Generator {
        private final Random random;
        private final Set<String> ids = new HashSet<>();
        /** One plan in eight is sparse: lists mostly empty, optional values mostly absent. */
        private final boolean sparse;

        Generator(Random random) {
            this.random = random;
            this.sparse = random.nextInt(8) == 0;
        }

        CarePlan plan() {
            LocalDate start = date(LocalDate.of(1990, 1, 1), LocalDate.of(2060, 12, 31));
            Person person = person(start);
            List<Contact> contacts = list(6, this::contact);
            List<String> contactIds = contacts.stream().map(Contact::id).toList();
            List<TeamMember> members = list(5, () -> member(contactIds));
            List<String> memberIds = members.stream().map(TeamMember::id).toList();
            List<String> owners = new ArrayList<>(memberIds);
            owners.add(person.id());

            SelfHarmHistory history = history(start);
            List<String> methodIds = history.methods().stream().map(MethodRecord::id).toList();
            List<String> episodeIds = history.episodes().stream().map(Episode::id).toList();
            RiskFormulation formulation = formulation(start);
            List<Goal> goals = goals(start, owners);
            List<String> goalIds = goals.stream().map(Goal::id).toList();

            return new CarePlan(
                    id("plan"),
                    random.nextInt(10) == 0 ? 1 + random.nextInt(Integer.MAX_VALUE) : 1 + random.nextInt(20),
                    pick(PlanStatus.values()),
                    pick(PlanOrigin.values()),
                    start,
                    person,
                    history,
                    needs(start),
                    formulation,
                    list(3, () -> observation(start)),
                    list(4, this::aim),
                    maybe(() -> new Agreement(near(start), text())),
                    goals,
                    maybe(this::text),
                    list(4, () -> intervention(start, memberIds, goalIds)),
                    maybe(this::text),
                    list(3, () -> new Medication(id("med"), line(), maybe(this::text), maybe(this::line), maybe(() -> pick(memberIds)),
                            maybe(() -> pick(AssociatedCondition.values())), maybe(() -> Boolean.TRUE))),
                    new CareTeam(members, maybe(() -> pick(memberIds)), texts(3)),
                    maybe(() -> riskPlan(formulation, owners, contactIds)),
                    maybe(() -> safetyPlan(start, methodIds, contactIds)),
                    contacts,
                    sharing(start, contactIds),
                    review(start, episodeIds, goalIds),
                    list(3, () -> new TreatmentDecision(id("td"), near(start), pick(DecisionKind.values()), maybe(this::text),
                            Arrays.stream(NeedsDomain.values()).filter(d -> random.nextInt(4) == 0).toList())),
                    new SignOff(list(3, () -> new Signature(pick(SignatoryRole.values()), line(), near(start), maybe(() -> pick(memberIds)))),
                            maybe(this::text)));
        }

        private Person person(LocalDate start) {
            // a date of birth on or before the start and at most 130 years before it; an age band, if any, that agrees
            LocalDate earliest = start.minusYears(130).plusDays(1);
            LocalDate born = maybe(() -> date(earliest.isAfter(EARLIEST) ? earliest : EARLIEST, start));
            AgeBand band = born == null ? maybe(() -> pick(AgeBand.values()))
                    : maybe(() -> AgeBand.forAge(java.time.Period.between(born, start).getYears()));
            return new Person(id("p"), maybe(this::line), born, band, LOCALES.get(random.nextInt(LOCALES.size())),
                    maybe(this::line), maybe(random::nextBoolean));
        }

        private Contact contact() {
            return new Contact(id("c"), line(), pick(ContactKind.values()), maybe(this::line), maybe(this::line),
                    maybe(this::line), maybe(this::line), maybe(this::text),
                    maybe(() -> COUNTRIES[random.nextInt(COUNTRIES.length)]), maybe(this::line), random.nextBoolean());
        }

        private TeamMember member(List<String> contactIds) {
            return new TeamMember(id("tm"), line(), maybe(this::line), maybe(this::line), texts(3),
                    maybe(() -> pick(contactIds)));
        }

        private SelfHarmHistory history(LocalDate start) {
            List<MethodRecord> methods = list(4, () -> new MethodRecord(id("m"), pick(SelfHarmMethod.values()), maybe(this::text),
                    maybe(this::line), maybe(() -> near(start)), maybe(this::text), maybe(random::nextBoolean),
                    maybe(() -> EpisodeRate.of(random.nextInt(EpisodeRate.MAX_COUNT + 1), pick(RatePeriod.values())))));
            List<String> methodIds = methods.stream().map(MethodRecord::id).toList();
            List<Episode> episodes = list(4, () -> new Episode(id("e"), near(start), subset(methodIds), maybe(this::text),
                    maybe(random::nextBoolean)));
            List<String> episodeIds = episodes.stream().map(Episode::id).toList();
            List<ChainAnalysis> chains = list(2, () -> new ChainAnalysis(id("ca"), maybe(() -> pick(episodeIds)), texts(3),
                    maybe(this::text), list(5, () -> new ChainLink(pick(ChainLinkKind.values()), text())), texts(3), texts(2)));
            return new SelfHarmHistory(methods, list(4, () -> new FunctionRecord(pick(SelfHarmFunction.values()), maybe(this::text))),
                    texts(4), maybe(this::text), maybe(random::nextBoolean), maybe(random::nextBoolean), episodes, chains);
        }

        private NeedsAssessment needs(LocalDate start) {
            List<NeedsFinding> findings = new ArrayList<>();
            for (NeedsDomain domain : someOf(NeedsDomain.class)) {
                int form = random.nextInt(3);
                findings.add(new NeedsFinding(domain, form == 0 ? text() : null, form == 1 ? text() : null));
            }
            return new NeedsAssessment(maybe(() -> near(start)), findings);
        }

        private RiskFormulation formulation(LocalDate start) {
            List<RiskDomainEntry> domains = new ArrayList<>();
            for (RiskDomain domain : someOf(RiskDomain.class)) {
                int form = random.nextInt(3);
                domains.add(new RiskDomainEntry(domain, form == 0 ? text() : null, form == 1 ? text() : null));
            }
            return new RiskFormulation(maybe(() -> near(start)), maybe(this::text), domains,
                    list(5, () -> new IdentifiedRisk(id("r"), pick(RiskHorizon.values()), text())),
                    list(5, () -> new RiskFactor(id("f"), pick(FactorEffect.values()), pick(FactorCategory.values()), text())),
                    maybe(() -> new Agreement(near(start), text())));
        }

        private InstrumentObservation observation(LocalDate start) {
            return new InstrumentObservation(id("io"), line(), near(start), maybe(this::line),
                    list(6, () -> new ItemResponse(line(), text())), maybe(this::text));
        }

        private TreatmentAim aim() {
            AimKind kind = pick(AimKind.values());
            return new TreatmentAim(kind, kind == AimKind.OTHER ? text() : maybe(this::text));
        }

        private List<Goal> goals(LocalDate start, List<String> owners) {
            List<Goal> goals = new ArrayList<>();
            List<String> longTerm = new ArrayList<>();
            int longCount = count(4);
            for (int i = 0; i < longCount; i++) {
                Goal goal = goal(GoalTerm.LONG_TERM, null, start, owners);
                goals.add(goal);
                longTerm.add(goal.id());
            }
            int shortCount = count(5);
            for (int i = 0; i < shortCount; i++) {
                String link = longTerm.isEmpty() || random.nextInt(8) == 0 ? null : pick(longTerm);
                goals.add(goal(GoalTerm.SHORT_TERM, link, start, owners));
            }
            if (random.nextBoolean()) {
                Collections.shuffle(goals, random);
            }
            return goals;
        }

        private Goal goal(GoalTerm term, String link, LocalDate start, List<String> owners) {
            LocalDate from = maybe(() -> near(start));
            LocalDate due = maybe(() -> from == null ? near(start) : date(from, from.plusDays(random.nextInt(800))));
            return new Goal(id("g"), term, pick(GoalArea.values()), text(), maybe(this::text), link, maybe(this::text),
                    maybe(this::text), maybe(this::text), from, due, maybe(this::text), maybe(() -> pick(owners)),
                    pick(GoalStatus.values()),
                    list(4, () -> new GoalStep(text(), maybe(() -> pick(owners)), random.nextBoolean(), maybe(this::text))),
                    list(4, () -> new ProgressEntry(near(start), maybe(this::line), maybe(this::text))),
                    maybe(this::text), maybe(this::text));
        }

        private Intervention intervention(LocalDate start, List<String> memberIds, List<String> goalIds) {
            return new Intervention(id("i"), pick(Modality.values()), text(), random.nextBoolean(),
                    maybe(() -> 1 + random.nextInt(200)), maybe(this::line), maybe(() -> pick(memberIds)), subset(goalIds),
                    maybe(() -> near(start)));
        }

        private RiskManagementPlan riskPlan(RiskFormulation formulation, List<String> owners, List<String> contactIds) {
            List<String> risks = formulation.risks().stream().map(IdentifiedRisk::id).toList();
            List<String> factors = formulation.factors().stream().map(RiskFactor::id).toList();
            return new RiskManagementPlan(
                    list(4, () -> new RiskManagementEntry(id("rm"), subset(risks), subset(factors), texts(3),
                            maybe(() -> pick(owners)), maybe(this::line))),
                    maybe(() -> new CrisisPlan(texts(4), maybe(this::text), subset(contactIds))));
        }

        private SafetyPlan safetyPlan(LocalDate start, List<String> methodIds, List<String> contactIds) {
            List<String> reasons = texts(3);
            return new SafetyPlan(texts(4), texts(4), texts(3), subset(contactIds), subset(contactIds), subset(contactIds),
                    list(3, () -> new MeansAction(maybe(() -> pick(methodIds)), text())), maybe(this::text), reasons,
                    reasons.isEmpty() && random.nextBoolean(),
                    maybe(() -> new CoProduction(random.nextBoolean(), random.nextBoolean(), maybe(() -> near(start)), texts(3))));
        }

        private Sharing sharing(LocalDate start, List<String> contactIds) {
            GpSharing gp = maybe(() -> random.nextBoolean() ? new GpSharing(near(start), null) : new GpSharing(null, text()));
            List<FamilyInvolvement> family = contactIds.isEmpty() ? List.of()
                    : list(3, () -> new FamilyInvolvement(pick(contactIds), pick(InvolvementKind.values()),
                            maybe(() -> new Consent(random.nextBoolean(), near(start), maybe(this::text))),
                            maybe(this::text), maybe(() -> near(start))));
            return new Sharing(gp, maybe(() -> near(start)), family,
                    list(5, () -> new InformationGiven(pick(InformationTopic.values()), maybe(() -> near(start)), maybe(this::line))));
        }

        private ReviewSchedule review(LocalDate start, List<String> episodeIds, List<String> goalIds) {
            List<Review> history = list(3, () -> new Review(near(start), pick(ReviewTrigger.values()), maybe(() -> pick(episodeIds)),
                    texts(3), maybe(this::text), random.nextBoolean(), random.nextBoolean(),
                    goalIds.isEmpty() ? List.of() : list(3, () -> new GoalProgress(pick(goalIds), text()))));
            return new ReviewSchedule(maybe(() -> 1 + random.nextInt(120)), maybe(() -> near(start)), history);
        }

        // ------------------------------------------------------------ values

        /** A new id, unique in the plan: usually readable, sometimes of random form and length up to 64. */
        private String id(String prefix) {
            while (true) {
                String id;
                if (random.nextInt(4) == 0) {
                    int length = random.nextInt(10) == 0 ? 64 : 1 + random.nextInt(12);
                    StringBuilder sb = new StringBuilder().append(ID_START.charAt(random.nextInt(ID_START.length())));
                    for (int i = 1; i < length; i++) {
                        sb.append(ID_REST.charAt(random.nextInt(ID_REST.length())));
                    }
                    id = sb.toString();
                } else {
                    id = prefix + "-" + random.nextInt(1000);
                }
                if (ids.add(id)) {
                    return id;
                }
            }
        }

        String text() {
            return words(TEXT_SEPARATORS, random.nextInt(60) == 0 ? 2000 : 12, 20_000);
        }

        String line() {
            return words(LINE_SEPARATORS, random.nextInt(60) == 0 ? 200 : 6, 500);
        }

        /** Words from {@link #WORDS}; never blank, never longer than {@code max} UTF-16 units. */
        private String words(String[] separators, int maxWords, int max) {
            int n = 1 + random.nextInt(maxWords);
            StringBuilder sb = new StringBuilder();
            if (random.nextInt(10) == 0) {
                sb.append(separators[random.nextInt(separators.length)]);
            }
            for (int i = 0; i < n; i++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                String separator = i == 0 ? "" : separators[random.nextInt(separators.length)];
                if (sb.length() + separator.length() + word.length() > max) {
                    break;
                }
                sb.append(separator).append(word);
            }
            if (sb.toString().isBlank()) {
                sb.append("x");
            }
            if (random.nextInt(10) == 0 && sb.length() < max) {
                sb.append(' ');
            }
            return sb.toString();
        }

        private List<String> texts(int max) {
            return list(max, this::text);
        }

        private <T> List<T> list(int max, Supplier<T> element) {
            int n = count(max);
            List<T> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(element.get());
            }
            return list;
        }

        /** A list size: empty a quarter of the time (mostly, in a sparse plan), now and then four times the usual maximum. */
        private int count(int max) {
            if (random.nextInt(100) < (sparse ? 90 : 25)) {
                return 0;
            }
            return 1 + random.nextInt(random.nextInt(40) == 0 ? max * 4 : max);
        }

        private <T> T maybe(Supplier<T> value) {
            return random.nextInt(100) < (sparse ? 90 : 33) ? null : value.get();
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        /** One of the values, or null if there are none. */
        private String pick(List<String> values) {
            return values.isEmpty() ? null : values.get(random.nextInt(values.size()));
        }

        private List<String> subset(List<String> values) {
            List<String> copy = new ArrayList<>(values);
            Collections.shuffle(copy, random);
            return copy.subList(0, random.nextInt(copy.size() + 1));
        }

        private <E extends Enum<E>> List<E> someOf(Class<E> type) {
            List<E> all = new ArrayList<>(EnumSet.allOf(type));
            Collections.shuffle(all, random);
            return all.subList(0, random.nextInt(all.size() + 1));
        }

        private LocalDate near(LocalDate start) {
            LocalDate from = start.minusYears(3);
            LocalDate to = start.plusYears(3);
            return date(from.isBefore(EARLIEST) ? EARLIEST : from, to.isAfter(LATEST) ? LATEST : to);
        }

        private LocalDate date(LocalDate from, LocalDate to) {
            long days = to.toEpochDay() - from.toEpochDay();
            return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
        }
    }
}
