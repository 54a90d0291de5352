package org.waymark.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.Test;
import org.waymark.json.ExamplePlans;

/**
 * The {@code toString()} of every public record of the model hides free text and keeps ids, codes,
 * dates and counts. Every record type is found by reflection over the package, built with a marker
 * planted in each text component, and its summary is searched for the markers.
 */
class ToStringHidesFreeTextTest {

    static final String MARK = "Zqx";
    static final LocalDate DATE = LocalDate.of(2026, 3, 14);

    /** Text values a constructor checks for a format: a plausible value that still carries the marker where it can. */
    static final Map<String, String> FORMATTED = Map.of(
            "phone", "020 7946 0000",
            "sms", "85258",
            "country", "GB");

    static List<Class<? extends Record>> modelRecords() throws IOException, URISyntaxException {
        Path folder = Path.of(CarePlan.class.getResource("CarePlan.class").toURI()).getParent();
        List<Class<? extends Record>> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                try {
                    Class<?> c = Class.forName("org.waymark.model." + name.substring(0, name.length() - 6));
                    if (c.isRecord() && Modifier.isPublic(c.getModifiers())) {
                        records.add(c.asSubclass(Record.class));
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return records;
    }

    @Test
    void everyRecordTypeHidesItsFreeTextAndKeepsIdsCodesAndDates() throws Exception {
        List<Class<? extends Record>> records = modelRecords();
        assertThat(records).hasSizeGreaterThanOrEqualTo(40).contains(CarePlan.class, Goal.class, Person.class);
        List<String> checked = new ArrayList<>();
        for (Class<? extends Record> type : records) {
            if (type == CarePlan.class) {
                continue;
            }
            List<Record> instances = instancesWithEachTextSet(type);
            assertThat(instances).as(type.getSimpleName()).isNotEmpty();
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getType() == String.class && !isId(c.getName())) {
                    assertThat(instances).as("an instance of %s with %s set", type.getSimpleName(), c.getName())
                            .anyMatch(r -> value(c, r) != null);
                }
            }
            for (Record r : instances) {
                String s = r.toString();
                assertThat(s).as(type.getSimpleName()).startsWith(type.getSimpleName() + "[").doesNotContain(MARK);
                for (RecordComponent c : type.getRecordComponents()) {
                    Object v = c.getAccessor().invoke(r);
                    if (v instanceof String id && isId(c.getName()) && type != Person.class) {
                        assertThat(s).as(type.getSimpleName() + "." + c.getName()).contains(id);
                    }
                    if (v instanceof LocalDate d && type != Person.class) {
                        assertThat(s).as(type.getSimpleName() + "." + c.getName()).contains(d.toString());
                    }
                    if (v instanceof Coded code) {
                        assertThat(s).as(type.getSimpleName() + "." + c.getName()).contains(code.code());
                    }
                }
            }
            checked.add(type.getSimpleName());
        }
        assertThat(checked).hasSize(records.size() - 1);
    }

    @Test
    void theExamplePlansShowNoneOfTheirTextAnywhere() throws Exception {
        for (String name : ExamplePlans.names()) {
            CarePlan plan = ExamplePlans.load(name);
            List<String> texts = new ArrayList<>();
            List<Record> all = new ArrayList<>();
            walk(plan, texts, all, new IdentityHashMap<>());
            assertThat(all).hasSizeGreaterThan(15);
            List<String> distinctive = texts.stream().filter(t -> t.length() >= 6).distinct().toList();
            assertThat(distinctive).hasSizeGreaterThan(10);
            for (Record r : all) {
                String s = r.toString();
                assertThat(distinctive).as(name + ": " + s).noneMatch(s::contains);
            }
        }
    }

    @Test
    void aGoalShowsItsIdsCodesDatesAndCounts() {
        Goal goal = Goal.shortTerm("g-7", "g-1", GoalArea.COPING, MARK + " use the box of calming things")
                .measure(MARK).target(MARK).startDate(DATE).dueDate(DATE.plusMonths(2))
                .step(MARK + " fill the box", null).step(MARK + " tell Sam", null).build();

        assertThat(goal.toString()).isEqualTo("Goal[id=g-7, term=short-term, area=coping, longTermGoalId=g-1, startDate=2026-03-14,"
                + " dueDate=2026-05-14, status=" + goal.status().code() + ", steps=2, progress=0]");
    }

    /** Collects the free text of a value and every record inside it. */
    static void walk(Object value, List<String> texts, List<Record> records, Map<Object, Boolean> seen) throws Exception {
        if (value instanceof Record r && seen.put(r, Boolean.TRUE) == null) {
            records.add(r);
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object v = c.getAccessor().invoke(r);
                if (v instanceof String s && !isId(c.getName())) {
                    texts.add(s);
                } else if (v instanceof List<?> list) {
                    for (Object item : list) {
                        if (item instanceof String s) {
                            if (!isId(c.getName())) {
                                texts.add(s);
                            }
                        } else {
                            walk(item, texts, records, seen);
                        }
                    }
                } else {
                    walk(v, texts, records, seen);
                }
            }
        }
    }

    static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isId(String name) {
        return name.equals("id") || name.endsWith("Id") || name.endsWith("Ids");
    }

    /**
     * Builds instances of a record type such that every text component is set, with a marker, in
     * at least one of them. Components are first all set; where the constructor refuses a
     * combination (e.g. a finding and a reason it was not assessed), other components are left
     * null one at a time until it accepts.
     */
    static List<Record> instancesWithEachTextSet(Class<? extends Record> type) throws Exception {
        RecordComponent[] cs = type.getRecordComponents();
        List<Record> result = new ArrayList<>();
        Object[] samples = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            samples[i] = sample(cs[i], type);
        }
        for (int keep = 0; keep < cs.length; keep++) {
            Record r = tryBuild(type, cs, samples.clone(), keep);
            if (r != null) {
                result.add(r);
            }
        }
        return result;
    }

    private static Record tryBuild(Class<? extends Record> type, RecordComponent[] cs, Object[] args, int keep) throws Exception {
        Constructor<? extends Record> ctor = type.getDeclaredConstructor(
                Stream.of(cs).map(RecordComponent::getType).toArray(Class<?>[]::new));
        for (int drop = -1; drop < cs.length; drop++) {
            if (drop >= 0) {
                if (drop == keep || cs[drop].getType().isPrimitive() || cs[drop].getAccessor().isAnnotationPresent(NotNull.class)) {
                    continue;
                }
                args[drop] = null;
            }
            try {
                return ctor.newInstance(args);
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof IllegalArgumentException || e.getCause() instanceof NullPointerException)) {
                    throw e;
                }
            }
        }
        return null;
    }

    private static Object sample(RecordComponent c, Class<?> owner) throws Exception {
        Class<?> t = c.getType();
        String name = c.getName();
        if (t == String.class) {
            if (isId(name)) {
                return "id-" + name.toLowerCase(Locale.ROOT);
            }
            return FORMATTED.getOrDefault(name, MARK + " " + owner.getSimpleName() + "." + name);
        }
        if (t == LocalDate.class) {
            // later components get later dates, so that a due date falls after a start date
            return DATE.plusDays(List.of(owner.getRecordComponents()).indexOf(c) * 10L);
        }
        if (t == int.class || t == Integer.class) {
            return 3;
        }
        if (t == boolean.class || t == Boolean.class) {
            return Boolean.TRUE;
        }
        if (t == Locale.class) {
            return Locale.UK;
        }
        if (t.isEnum()) {
            return t.getEnumConstants()[0];
        }
        if (t == List.class) {
            Type e = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
            if (e == String.class) {
                return List.of(isId(name) ? "id-item" : MARK + " " + owner.getSimpleName() + "." + name);
            }
            if (e instanceof Class<?> codes && codes.isEnum()) {
                return List.of(codes.getEnumConstants()[0]);
            }
            Class<? extends Record> element = ((Class<?>) e).asSubclass(Record.class);
            List<Record> built = instancesWithEachTextSet(element);
            return built.isEmpty() ? List.of() : List.of(built.get(0));
        }
        if (t.isRecord()) {
            List<Record> built = instancesWithEachTextSet(t.asSubclass(Record.class));
            return built.isEmpty() ? null : built.get(0);
        }
        throw new IllegalStateException("no sample for " + t + " in " + owner.getSimpleName());
    }
}
