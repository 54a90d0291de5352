package org.waymark.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waymark.json.PlanJson;
import org.waymark.model.CarePlan;
import org.waymark.research.SyntheticPlans;
import org.waymark.tables.PlanTables;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.Profile;
import org.waymark.validation.Stage;
import org.waymark.validation.ValidationReport;

/**
 * The Spark tables equal, row for row, what {@link PlanValidator} and {@link PlanTables} give plan by
 * plan, on 2,000 synthetic plans in {@code local[2]} over several partitions, and unreadable documents
 * become rows that say why and where.
 */
class WaymarkSparkTest {

    private static final int PLANS = 2_000;
    private static final LocalDate ON = LocalDate.of(2026, 11, 23);
    private static final SparkOptions OPTIONS = SparkOptions.of(Stage.FINAL, ON);
    private static final StructType INPUT = DataTypes.createStructType(List.of(
            DataTypes.createStructField("doc", DataTypes.StringType, true),
            DataTypes.createStructField("json", DataTypes.StringType, true)));

    private static SparkSession spark;
    private static List<CarePlan> plans;
    private static Dataset<Row> input;

    @BeforeAll
    static void start() {
        spark = SharedSpark.newSession();
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        plans = SyntheticPlans.ofSeed(7).generate(PLANS);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            rows.add(RowFactory.create("doc-" + i, PlanJson.write(plans.get(i))));
        }
        rows.add(RowFactory.create("bad-syntax", "{\"schemaVersion\": \"1.0\", \"plan\": {"));
        rows.add(RowFactory.create("risk-score", PlanJson.write(plans.get(0))
                .replaceFirst("\"plan\"\\s*:\\s*\\{", "\"plan\": {\"riskScore\": 7,")));
        rows.add(RowFactory.create("no-document", null));
        input = spark.createDataFrame(rows, INPUT).repartition(8).cache();
    }

    @AfterAll
    static void release() {
        if (input != null) {
            input.unpersist();
        }
    }

    @Test
    void findingsEqualThoseOfThePlanValidatorRowForRow() {
        PlanValidator validator = PlanValidator.builder().profile(Profile.NG225).build();
        List<List<Object>> expected = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            ValidationReport report = validator.validate(plans.get(i), Stage.FINAL, ON);
            for (List<Object> finding : PlanTables.findingRows(plans.get(i), report)) {
                expected.add(withId("doc-" + i, finding));
            }
        }

        List<Row> rows = WaymarkSpark.findings(input, "doc", "json", OPTIONS)
                .filter("read_problem IS NULL").collectAsList();

        assertThat(expected).hasSizeGreaterThan(PLANS);
        assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(1 + 5 + 4));
        assertThat(sorted(rows.stream().map(r -> values(r, 6)).toList())).isEqualTo(sorted(expected));
    }

    @Test
    void plansTableEqualsPlanTablesRowForRow() {
        PlanValidator validator = PlanValidator.builder().profile(Profile.NG225).build();
        Map<String, List<Object>> expected = new java.util.HashMap<>();
        for (int i = 0; i < plans.size(); i++) {
            expected.put("doc-" + i, withId("doc-" + i, PlanTables.planRow(plans.get(i),
                    validator.validate(plans.get(i), Stage.FINAL, ON))));
        }

        Dataset<Row> table = WaymarkSpark.plansTable(input, "doc", "json", OPTIONS);
        Map<String, List<Object>> actual = table.filter("read_problem IS NULL").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> values(r, 1 + PlanTables.PLAN_COLUMNS.size())));

        assertThat(Arrays.asList(table.columns())).startsWith("doc", "plan_id", "version")
                .endsWith("warnings", "read_problem", "read_path", "read_line", "read_column");
        assertThat(table.schema().apply("start_date").dataType()).isEqualTo(DataTypes.DateType);
        assertThat(table.schema().apply("errors").dataType()).isEqualTo(DataTypes.IntegerType);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void unreadableDocumentsAreRowsThatSayWhyAndWhere() {
        Map<String, Row> unreadable = WaymarkSpark.findings(input, "doc", "json", OPTIONS)
                .filter("read_problem IS NOT NULL").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), Function.identity()));

        assertThat(unreadable).containsOnlyKeys("bad-syntax", "risk-score", "no-document");
        Row syntax = unreadable.get("bad-syntax");
        assertThat(syntax.<String>getAs("rule_id")).isEqualTo(WaymarkSpark.UNREADABLE);
        assertThat(syntax.<String>getAs("severity")).isEqualTo("error");
        assertThat(syntax.<Integer>getAs("read_line")).isEqualTo(1);
        assertThat(syntax.<Integer>getAs("read_column")).isPositive();
        assertThat(syntax.<String>getAs("read_path")).startsWith("$");
        Row risk = unreadable.get("risk-score");
        assertThat(risk.<String>getAs("rule_id")).isEqualTo("NO-RISK-PREDICTION");
        assertThat(risk.<String>getAs("path")).isEqualTo(risk.<String>getAs("read_path")).contains("riskScore");
        assertThat(risk.<String>getAs("plan_id")).isNull();
        Row none = unreadable.get("no-document");
        assertThat(none.<String>getAs("read_path")).isEqualTo("$");
        assertThat(none.<Integer>getAs("read_line")).isNull();

        Map<String, Row> plansTable = WaymarkSpark.plansTable(input, "doc", "json", OPTIONS)
                .filter("read_problem IS NOT NULL").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), Function.identity()));
        assertThat(plansTable).containsOnlyKeys("bad-syntax", "risk-score", "no-document");
        assertThat(plansTable.get("risk-score").<String>getAs("plan_id")).isNull();
        assertThat(plansTable.get("risk-score").<String>getAs("read_path")).contains("riskScore");
    }

    @Test
    void aMissingColumnOrAClashingIdColumnIsRefusedBeforeAnyWork() {
        assertThatThrownBy(() -> WaymarkSpark.findings(input, "doc", "document", OPTIONS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("document");
        Dataset<Row> renamed = input.withColumnRenamed("doc", "plan_id");
        assertThatThrownBy(() -> WaymarkSpark.findings(renamed, "plan_id", "json", OPTIONS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plan_id");
    }

    private static List<Object> withId(String id, List<Object> values) {
        List<Object> row = new ArrayList<>();
        row.add(id);
        row.addAll(values);
        return row;
    }

    private static List<Object> values(Row row, int count) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(row.get(i));
        }
        return values;
    }

    private static List<List<Object>> sorted(List<List<Object>> rows) {
        List<List<Object>> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparing(Object::toString));
        return copy;
    }
}
