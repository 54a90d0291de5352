package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waymark.model.CarePlan;
import org.waymark.model.GoalArea;
import org.waymark.model.InstrumentObservation;
import org.waymark.model.Medication;
import org.waymark.model.Person;
import org.waymark.model.TreatmentDecision;

/**
 * Measures the text rules against a labelled corpus of clinical sentences written the way clinicians in
 * the UK and the US write ({@code corpus/clinical-sentences.tsv}): each sentence is put into the field it
 * belongs to in the complete example plan, the plan is validated at FINAL by the standard validator (the
 * real language checker), and the rules that report that field are compared with the label. Precision and
 * recall are printed per rule and must reach the targets of the library's clinical contract: recall at
 * least 0.95 and precision at least 0.98 for every text rule.
 */
class ClinicalWordingCorpusTest {

    private static final double MIN_RECALL = 0.95;
    private static final double MIN_PRECISION = 0.98;

    private static final String NOTE_PATH = "history.chainAnalyses[0].links[2].description";

    /** The field a sentence goes into, the rules measured there, and where their findings point. */
    private enum Field {
        NOTE(NOTE_PATH, "NO-RISK-PREDICTION", "RISK-STRATIFICATION-LANGUAGE", "NON-STIGMATISING-LANGUAGE"),
        INDICATION("medications[0].indication", "NO-DRUG-FOR-SELF-HARM"),
        CONDITION("medications[0].associatedCondition", "NO-DRUG-FOR-SELF-HARM"),
        RATIONALE("treatmentDecisions[0].rationale", "NO-TOOL-GATEKEEPING"),
        OBSERVATION("instrumentObservations[0].observation", "INSTRUMENT-DESCRIPTIVE-ONLY"),
        GOAL(null, "GOAL-NOT-ABSTINENCE-ONLY");

        final String path;
        final Set<String> rules;

        Field(String path, String... rules) {
            this.path = path;
            this.rules = Set.of(rules);
        }
    }

    record Row(String file, int line, Locale locale, Field field, Set<String> expected, String sentence) {
    }

    private static final class Counts {
        int tp;
        int fp;
        int fn;
        int rows;
        int positives;

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }
    }

    /** The corpus: the first part, which the rules were tuned on, and the second, written afterwards. */
    private static final List<String> FILES = List.of(System.getProperty("waymark.corpus", "clinical-sentences.tsv,clinical-sentences-2.tsv").split(","));

    private static final PlanValidator VALIDATOR = PlanValidator.builder().clock(Plans.CLOCK).build();

    private static List<Row> rows;
    private static Map<String, Counts> counts;
    private static List<String> misses;

    @BeforeAll
    static void measure() throws IOException {
        rows = read();
        counts = new LinkedHashMap<>();
        misses = new ArrayList<>();
        for (Field f : Field.values()) {
            for (String r : new TreeSet<>(f.rules)) {
                counts.putIfAbsent(r, new Counts());
            }
        }
        for (Row row : rows) {
            Set<String> fired = fired(row);
            for (String rule : row.field.rules) {
                Counts c = counts.get(rule);
                c.rows++;
                boolean want = row.expected.contains(rule);
                boolean got = fired.contains(rule);
                c.positives += want ? 1 : 0;
                if (want && got) {
                    c.tp++;
                } else if (got) {
                    c.fp++;
                    misses.add("FP " + rule + "  " + row.file + ":" + row.line + ": " + row.sentence);
                } else if (want) {
                    c.fn++;
                    misses.add("FN " + rule + "  " + row.file + ":" + row.line + ": " + row.sentence);
                }
            }
        }
        StringBuilder sb = new StringBuilder("\nClinical wording corpus: " + rows.size() + " sentences\n");
        sb.append(String.format(Locale.ROOT, "%-30s %5s %5s %4s %4s %4s %9s %7s%n", "rule", "rows", "pos", "tp", "fp", "fn",
                "precision", "recall"));
        counts.forEach((rule, c) -> sb.append(String.format(Locale.ROOT, "%-30s %5d %5d %4d %4d %4d %9.3f %7.3f%n", rule, c.rows,
                c.positives, c.tp, c.fp, c.fn, c.precision(), c.recall())));
        misses.forEach(m -> sb.append("  ").append(m).append('\n'));
        System.out.println(sb);
    }

    @Test
    void theCorpusIsLargeAndCoversBothLocalesAndEveryTextRule() {
        assertThat(rows).hasSizeGreaterThanOrEqualTo(400);
        assertThat(rows).extracting(Row::locale).contains(Locale.UK, Locale.US);
        counts.forEach((rule, c) -> {
            assertThat(c.positives).as(rule + " positives").isGreaterThanOrEqualTo(14);
            assertThat(c.rows - c.positives).as(rule + " negatives").isGreaterThanOrEqualTo(14);
        });
    }

    @Test
    void everyTextRuleMeetsTheRecallTarget() {
        counts.forEach((rule, c) -> assertThat(c.recall()).as(rule + " recall; misses:\n" + String.join("\n", misses))
                .isGreaterThanOrEqualTo(MIN_RECALL));
    }

    @Test
    void everyTextRuleMeetsThePrecisionTarget() {
        counts.forEach((rule, c) -> assertThat(c.precision()).as(rule + " precision; misses:\n" + String.join("\n", misses))
                .isGreaterThanOrEqualTo(MIN_PRECISION));
    }

    private static Set<String> fired(Row row) {
        CarePlan base = Plans.adult();
        Person p = base.person();
        CarePlan.Builder b = base.toBuilder().person(new Person(p.id(), p.preferredName(), p.dateOfBirth(), p.ageBand(), row.locale,
                p.pronouns(), p.hasDependentChildren()));
        String s = row.sentence;
        switch (row.field) {
            case NOTE -> b.history(Plans.withChainLink(s).history());
            case INDICATION -> {
                Medication m = base.medications().get(0);
                b.medications(List.of(new Medication(m.id(), m.name(), s, m.associatedCondition(), m.prescriberId())));
            }
            case CONDITION -> {
                Medication m = base.medications().get(0);
                b.medications(List.of(new Medication(m.id(), m.name(), m.indication(), s, m.prescriberId())));
            }
            case RATIONALE -> {
                TreatmentDecision d = base.treatmentDecisions().get(0);
                b.treatmentDecisions(List.of(new TreatmentDecision(d.id(), d.date(), d.kind(), s)));
            }
            case OBSERVATION -> {
                InstrumentObservation o = base.instrumentObservations().get(0);
                b.instrumentObservations(List.of(new InstrumentObservation(o.id(), o.instrument(), o.administeredOn(),
                        o.administeredBy(), o.responses(), s)));
            }
            case GOAL -> b.goals(base.goals().stream().map(g -> g.toBuilder().area(GoalArea.SAFETY).statement(s).build()).toList());
        }
        ValidationReport report = VALIDATOR.validate(b.build(), Stage.FINAL, Plans.ON);
        Set<String> fired = new LinkedHashSet<>();
        for (Finding f : report.findings()) {
            if (row.field.rules.contains(f.ruleId()) && (row.field.path == null || f.path().toString().equals(row.field.path))) {
                fired.add(f.ruleId());
            }
        }
        return fired;
    }

    private static List<Row> read() throws IOException {
        List<Row> out = new ArrayList<>();
        for (String name : FILES) {
            read(name, out);
        }
        return out;
    }

    private static void read(String name, List<Row> out) throws IOException {
        try (InputStream in = ClinicalWordingCorpusTest.class.getResourceAsStream("corpus/" + name)) {
            assertThat(in).as("corpus resource " + name).isNotNull();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 4) {
                    throw new IllegalStateException(name + " line " + n + ": expected 4 tab-separated columns");
                }
                Field field = Field.valueOf(cols[1].toUpperCase(Locale.ROOT));
                Set<String> expected = cols[2].equals("-") ? Set.of() : Set.of(cols[2].split(","));
                for (String e : expected) {
                    if (!field.rules.contains(e)) {
                        throw new IllegalStateException(name + " line " + n + ": " + e + " is not measured in field " + cols[1]);
                    }
                }
                out.add(new Row(name, n, Locale.forLanguageTag(cols[0]), field, expected, cols[3]));
            }
        }
    }
}
