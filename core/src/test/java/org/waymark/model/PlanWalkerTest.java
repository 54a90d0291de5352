package org.waymark.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.waymark.json.ExamplePlans;
import org.waymark.testing.PlanArbitraries;

/**
 * The one walk over a plan: it visits every component of every record reachable from {@link CarePlan},
 * hands each the value the record holds under the path the component's name gives, and says what kind
 * of value it is.
 */
class PlanWalkerTest {

    /** How many random plans, besides the examples, the coverage test walks; seeded, so the test is repeatable. */
    private static final int RANDOM_PLANS = 300;

    @Test
    void everyComponentOfEveryRecordReachableFromThePlanIsVisited() {
        Set<String> all = new TreeSet<>();
        components(CarePlan.class, all, new HashSet<>());
        assertThat(all).as("the reflection below finds the model").hasSizeGreaterThan(150)
                .contains("CarePlan.id", "Contact.phone", "Goal.steps", "GoalStep.ownerId", "EpisodeRate.per", "TreatmentDecision.basis");

        Recorder recorder = new Recorder();
        for (CarePlan plan : plans()) {
            recorder.walk(plan);
        }

        assertThat(recorder.kinds.keySet())
                .as("components no walk visited: a component added to a record needs its line in PlanWalker")
                .containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void eachComponentArrivesAtOneKindOfCallback() {
        Recorder recorder = new Recorder();
        for (CarePlan plan : plans()) {
            recorder.walk(plan);
        }

        recorder.kinds.forEach((component, kinds) -> assertThat(kinds).as(component).hasSize(1));
    }

    @Test
    void phoneNumbersKeywordsCodesNamesAndIdsAreNotProse() {
        Recorder recorder = new Recorder();
        for (CarePlan plan : plans()) {
            recorder.walk(plan);
        }
        Map<String, String> kind = new TreeMap<>();
        recorder.kinds.forEach((component, kinds) -> kind.put(component, kinds.iterator().next()));

        assertThat(kind).containsEntry("Contact.phone", "phoneNumber").containsEntry("Contact.sms", "phoneNumber")
                .containsEntry("Contact.smsKeyword", "code").containsEntry("Contact.country", "code")
                .containsEntry("Contact.kind", "coded").containsEntry("Contact.name", "name")
                .containsEntry("Person.preferredName", "name").containsEntry("Person.locale", "locale")
                .containsEntry("InstrumentObservation.instrument", "name").containsEntry("Medication.name", "name")
                .containsEntry("Goal.ownerId", "reference").containsEntry("Goal.id", "id").containsEntry("CarePlan.version", "number")
                .containsEntry("ChainLink.description", "prose").containsEntry("Medication.indication", "prose")
                .containsEntry("SafetyPlan.warningSigns", "prose").containsEntry("Contact.hours", "prose");
        kind.forEach((component, k) -> {
            String name = component.substring(component.indexOf('.') + 1);
            if (name.equals("id")) {
                assertThat(k).as(component).isEqualTo("id");
            } else if (name.endsWith("Id") || name.endsWith("Ids")) {
                assertThat(k).as(component).isEqualTo("reference");
            }
        });
    }

    @Test
    void walksInPlanOrderWithThePathsOfTheJsonFormat() {
        List<String> paths = new ArrayList<>();
        PlanWalker.walk(ExamplePlans.load(ExamplePlans.ADULT_COMPLETE), new PlanVisitor() {
            @Override
            public void prose(PlanPath path, String text) {
                paths.add(path.toString());
            }
        });

        assertThat(paths).contains("history.chainAnalyses[0].links[2].description", "safetyPlan.coProduction.copiesKept[1]",
                "instrumentObservations[0].responses[0].response", "sharing.family[0].consent.scope",
                "review.history[0].goalProgress[0].note");
        assertThat(paths).doesNotHaveDuplicates();
        assertThat(paths.indexOf("history.chainAnalyses[0].links[2].description"))
                .isLessThan(paths.indexOf("safetyPlan.coProduction.copiesKept[1]"))
                .isLessThan(paths.indexOf("review.history[0].goalProgress[0].note"));
    }

    @Test
    void aVisitorMayStopTheWalkByThrowing() {
        class Stop extends RuntimeException {
        }
        List<String> seen = new ArrayList<>();
        PlanVisitor stopAtFirstReference = new PlanVisitor() {
            @Override
            public void reference(PlanPath path, String id, PlanVisitor.Target target) {
                seen.add(path.toString());
                throw new Stop();
            }
        };

        assertThatThrownBy(() -> PlanWalker.walk(ExamplePlans.load(ExamplePlans.ADULT_COMPLETE), stopAtFirstReference))
                .isInstanceOf(Stop.class);
        assertThat(seen).hasSize(1);
    }

    @Test
    void targetsAcceptTheirItems() {
        assertThat(PlanVisitor.Target.GOAL.accepts(PlanVisitor.Item.SHORT_TERM_GOAL)).isTrue();
        assertThat(PlanVisitor.Target.LONG_TERM_GOAL.accepts(PlanVisitor.Item.SHORT_TERM_GOAL)).isFalse();
        assertThat(PlanVisitor.Target.MEMBER_OR_PERSON.accepts(PlanVisitor.Item.PERSON)).isTrue();
        assertThat(PlanVisitor.Target.CONTACT.accepts(PlanVisitor.Item.TEAM_MEMBER)).isFalse();
        for (PlanVisitor.Target t : PlanVisitor.Target.values()) {
            assertThat(t.accepts(PlanVisitor.Item.PLAN)).as("nothing refers to the plan itself: %s", t).isFalse();
        }
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        CarePlan plan = ExamplePlans.load(ExamplePlans.ADULT_COMPLETE);

        assertThatThrownBy(() -> PlanWalker.walk(null, new PlanVisitor() { })).isInstanceOf(NullPointerException.class).hasMessage("plan");
        assertThatThrownBy(() -> PlanWalker.walk(plan, null)).isInstanceOf(NullPointerException.class).hasMessage("visitor");
    }

    /** The example plans and seeded random plans (full and sparse ones, with and without optional values). */
    private static List<CarePlan> plans() {
        List<CarePlan> plans = new ArrayList<>();
        for (String name : ExamplePlans.names()) {
            plans.add(ExamplePlans.load(name));
        }
        var generator = PlanArbitraries.plans().generator(1000);
        Random random = new Random(20261203L);
        for (int i = 0; i < RANDOM_PLANS; i++) {
            plans.add(generator.next(random).value());
        }
        return plans;
    }

    /** Lists every component of every model record reachable from a type, as {@code SimpleName.component}. */
    private static void components(Class<?> type, Set<String> out, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        for (RecordComponent rc : type.getRecordComponents()) {
            out.add(type.getSimpleName() + "." + rc.getName());
            Class<?> target = rc.getType();
            if (List.class.isAssignableFrom(target)) {
                target = (Class<?>) ((ParameterizedType) rc.getGenericType()).getActualTypeArguments()[0];
            }
            if (target.isRecord()) {
                components(target, out, seen);
            }
        }
    }

    /**
     * Records, for each {@code SimpleName.component}, the callbacks it arrived at; and checks on every call
     * that the path names a component of the record being walked and that the value is the one it holds.
     */
    private static final class Recorder implements PlanVisitor {
        private record Frame(PlanPath path, Record record) {
        }

        final Map<String, Set<String>> kinds = new LinkedHashMap<>();
        private final Deque<Frame> stack = new ArrayDeque<>();
        private CarePlan current;

        private void seen(String kind, PlanPath path, Object value) {
            Frame top = stack.peek();
            Record owner = top == null ? current : top.record();
            PlanPath ownerPath = top == null ? null : top.path();
            PlanPath componentPath = path.isIndex() ? path.parent() : path;
            assertThat(componentPath.parent()).as("%s lies directly below %s", path, ownerPath).isEqualTo(ownerPath);
            RecordComponent rc = component(owner.getClass(), componentPath.name());
            Object held = read(rc, owner);
            if (path.isIndex()) {
                held = ((List<?>) held).get(path.indexValue());
            }
            assertThat(value).as("the value at %s", path).isEqualTo(held);
            kinds.computeIfAbsent(owner.getClass().getSimpleName() + "." + rc.getName(), k -> new TreeSet<>()).add(kind);
        }

        /** Walks a plan with this recorder. */
        void walk(CarePlan plan) {
            current = plan;
            PlanWalker.walk(plan, this);
            assertThat(stack).as("every record entered is left").isEmpty();
        }

        @Override
        public void enter(PlanPath path, Record record) {
            seen("record", path, record);
            stack.push(new Frame(path, record));
        }

        @Override
        public void leave(PlanPath path, Record record) {
            Frame top = stack.pop();
            assertThat(top.record()).isSameAs(record);
            assertThat(top.path()).isEqualTo(path);
        }

        @Override
        public void prose(PlanPath path, String text) {
            seen("prose", path, text);
        }

        @Override
        public void name(PlanPath path, String name) {
            seen("name", path, name);
        }

        @Override
        public void phoneNumber(PlanPath path, String number) {
            seen("phoneNumber", path, number);
        }

        @Override
        public void code(PlanPath path, String code) {
            seen("code", path, code);
        }

        @Override
        public void code(PlanPath path, Coded value) {
            seen("coded", path, value);
        }

        @Override
        public void id(PlanPath path, String id, Item item) {
            seen("id", path, id);
        }

        @Override
        public void reference(PlanPath path, String id, Target target) {
            seen("reference", path, id);
        }

        @Override
        public void date(PlanPath path, LocalDate date) {
            seen("date", path, date);
        }

        @Override
        public void number(PlanPath path, int value) {
            seen("number", path, value);
        }

        @Override
        public void flag(PlanPath path, boolean value) {
            seen("flag", path, value);
        }

        @Override
        public void locale(PlanPath path, Locale locale) {
            seen("locale", path, locale);
        }

        private static RecordComponent component(Class<?> type, String name) {
            for (RecordComponent rc : type.getRecordComponents()) {
                if (rc.getName().equals(name)) {
                    return rc;
                }
            }
            throw new AssertionError(type.getSimpleName() + " has no component " + name);
        }

        private static Object read(RecordComponent rc, Object owner) {
            try {
                return rc.getAccessor().invoke(owner);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }
}
