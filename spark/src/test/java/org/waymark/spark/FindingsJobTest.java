package org.waymark.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.json.PlanJson;
import org.waymark.model.CarePlan;
import org.waymark.research.SyntheticPlans;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.Stage;

/** The example job reads a folder of plan files, writes Parquet and counts findings per rule. */
class FindingsJobTest {

    private static final LocalDate ON = LocalDate.of(2026, 11, 23);
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SharedSpark.newSession();
    }

    @Test
    void writesParquetTablesAndCountsFindingsPerRule(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("plans"));
        List<CarePlan> plans = SyntheticPlans.ofSeed(11).generate(40);
        long expectedFindings = 0;
        PlanValidator validator = PlanValidator.standard();
        for (int i = 0; i < plans.size(); i++) {
            Files.writeString(in.resolve("plan-" + i + ".json"), PlanJson.write(plans.get(i)));
            expectedFindings += validator.validate(plans.get(i), Stage.FINAL, ON).findings().size();
        }
        Files.writeString(in.resolve("broken.json"), "{\"schemaVersion\": ");
        Files.writeString(in.resolve("notes.txt"), "not a plan, not read");

        FindingsJob.Summary summary = FindingsJob.run(spark, in.toString(), dir.resolve("out").toString(), null, null,
                SparkOptions.of(Stage.FINAL, ON));

        assertThat(summary.documents()).isEqualTo(41);
        assertThat(summary.unreadable()).isEqualTo(1);
        assertThat(summary.findings()).isEqualTo(expectedFindings + 1);
        assertThat(summary.perRule().stream().mapToLong(r -> r.getLong(2)).sum()).isEqualTo(summary.findings());
        assertThat(summary.perRule()).extracting(r -> r.getString(0)).contains(WaymarkSpark.UNREADABLE);
        assertThat(dir.resolve("out/findings")).isDirectoryContaining("glob:**.parquet");
        assertThat(dir.resolve("out/plans")).isDirectoryContaining("glob:**.parquet");
        Row broken = spark.read().parquet(dir.resolve("out/plans").toString())
                .filter("read_problem IS NOT NULL").first();
        assertThat(broken.getString(0)).endsWith("broken.json");
        // A session without spark.sql.datetime.java8API.enabled gets java.sql.Date values.
        Row readable = spark.read().parquet(dir.resolve("out/plans").toString())
                .filter("read_problem IS NULL").first();
        assertThat(readable.<Object>getAs("start_date")).isInstanceOf(java.sql.Date.class);
    }
}
