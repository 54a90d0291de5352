package org.waymark.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;
import org.waymark.model.EpisodeRate;
import org.waymark.model.MethodRecord;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.Stage;
import org.waymark.validation.ValidationReport;

class PlanTablesTest {

    private static final PlanValidator VALIDATOR =
            PlanValidator.standard(Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    private static final Map<PlanTables.Type, Class<?>> JAVA_TYPES = Map.of(
            PlanTables.Type.TEXT, String.class, PlanTables.Type.INTEGER, Integer.class,
            PlanTables.Type.BOOLEAN, Boolean.class, PlanTables.Type.DATE, LocalDate.class);

    static Stream<String> examples() {
        return ExamplePlans.names().stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyRowHasItsColumnsCountAndTypes(String name) {
        CarePlan plan = ExamplePlans.load(name);
        ValidationReport report = VALIDATOR.validate(plan, Stage.FINAL);

        assertRows(PlanTables.PLAN_COLUMNS, List.of(PlanTables.planRow(plan, report)));
        assertRows(PlanTables.GOAL_COLUMNS, PlanTables.goalRows(plan));
        assertRows(PlanTables.REVIEW_COLUMNS, PlanTables.reviewRows(plan));
        assertRows(PlanTables.METHOD_COLUMNS, PlanTables.methodRows(plan));
        assertRows(PlanTables.FINDING_COLUMNS, PlanTables.findingRows(plan, report));
        assertThat(PlanTables.goalRows(plan)).hasSize(plan.goals().size());
        assertThat(PlanTables.methodRows(plan)).hasSize(plan.history().methods().size());
    }

    @Test
    void aMethodRowGivesTheRateAsACountPerPeriodAndEpisodesAYear() {
        List<List<Object>> rows = new ArrayList<>();
        CarePlan withRate = null;
        for (String name : ExamplePlans.names()) {
            CarePlan plan = ExamplePlans.load(name);
            for (MethodRecord m : plan.history().methods()) {
                if (m.rate() != null && withRate == null) {
                    withRate = plan;
                }
            }
        }
        assertThat(withRate).as("an example plan records a method's rate").isNotNull();
        rows.addAll(PlanTables.methodRows(withRate));
        List<String> names = PlanTables.names(PlanTables.METHOD_COLUMNS);
        for (int i = 0; i < rows.size(); i++) {
            MethodRecord m = withRate.history().methods().get(i);
            List<Object> row = rows.get(i);
            assertThat(row.get(names.indexOf("plan_id"))).isEqualTo(withRate.id());
            assertThat(row.get(names.indexOf("method_id"))).isEqualTo(m.id());
            assertThat(row.get(names.indexOf("method"))).isEqualTo(m.method().code());
            EpisodeRate rate = m.rate();
            assertThat(row.get(names.indexOf("rate_count"))).isEqualTo(rate == null ? null : rate.count());
            assertThat(row.get(names.indexOf("rate_per"))).isEqualTo(rate == null ? null : rate.per().code());
            assertThat(row.get(names.indexOf("episodes_per_year"))).isEqualTo(rate == null ? null : rate.perYear());
            assertThat(row.get(names.indexOf("most_recent"))).isEqualTo(m.mostRecent());
        }
    }

    @Test
    void noTableExportsFreeText() {
        assertThat(Stream.of(PlanTables.PLAN_COLUMNS, PlanTables.GOAL_COLUMNS, PlanTables.REVIEW_COLUMNS,
                        PlanTables.METHOD_COLUMNS, PlanTables.FINDING_COLUMNS)
                .flatMap(List::stream).map(PlanTables.Column::name))
                .doesNotContain("detail", "frequency", "medical_severity", "statement", "notes", "name", "text");
    }

    @Test
    void nullPlansAreRefusedByName() {
        assertThatNullPointerException().isThrownBy(() -> PlanTables.methodRows(null)).withMessage("plan");
    }

    private static void assertRows(List<PlanTables.Column> columns, List<List<Object>> rows) {
        for (List<Object> row : rows) {
            assertThat(row).hasSize(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                Object value = row.get(i);
                if (value != null) {
                    assertThat(value).as(columns.get(i).name()).isInstanceOf(JAVA_TYPES.get(columns.get(i).type()));
                }
            }
        }
    }
}
