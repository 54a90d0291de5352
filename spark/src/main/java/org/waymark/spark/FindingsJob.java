package org.waymark.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.waymark.validation.Stage;

/**
 * An example Spark job: reads a folder of Waymark plan JSON files (or a Parquet table of documents),
 * writes the findings and the plans table as Parquet, and prints how many findings each rule has.
 * <pre>
 * spark-submit --class org.waymark.spark.FindingsJob waymark-spark.jar INPUT OUTPUT [--on DATE]
 *     [--stage draft|final] [--parquet ID_COLUMN JSON_COLUMN]
 * </pre>
 * INPUT is a folder of {@code .json} files (one plan per file; the file's path is the id) or, with
 * {@code --parquet}, a Parquet table with an id and a JSON column. OUTPUT receives {@code findings/} and
 * {@code plans/}, replaced if present. {@code --on} (default: today in UTC, printed) is the date
 * validation takes as today; {@code --stage} defaults to {@code final}.
 */
public final class FindingsJob {

    private FindingsJob() {
    }

    /**
     * Runs the job in the session the command line gives (spark-submit's master, or
     * {@code -Dspark.master=local[2]}).
     *
     * @param args see the class comment
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: FindingsJob INPUT OUTPUT [--on DATE] [--stage draft|final] [--parquet ID_COLUMN JSON_COLUMN]");
            System.exit(2);
        }
        LocalDate on = LocalDate.now(java.time.ZoneOffset.UTC);
        Stage stage = Stage.FINAL;
        String idColumn = null;
        String jsonColumn = null;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--on" -> on = LocalDate.parse(args[++i]);
                case "--stage" -> stage = Stage.valueOf(args[++i].toUpperCase(java.util.Locale.ROOT));
                case "--parquet" -> {
                    idColumn = args[++i];
                    jsonColumn = args[++i];
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        SparkSession spark = SparkSession.builder().appName("waymark-findings").getOrCreate();
        try {
            Summary summary = run(spark, args[0], args[1], idColumn, jsonColumn, SparkOptions.of(stage, on));
            System.out.printf("validated at stage %s on %s: %d documents, %d unreadable, %d findings%n",
                    stage.name().toLowerCase(java.util.Locale.ROOT), on, summary.documents(), summary.unreadable(),
                    summary.findings());
            for (Row r : summary.perRule()) {
                System.out.printf("%-40s %-8s %8d%n", r.getString(0), r.getString(1), r.getLong(2));
            }
        } finally {
            spark.stop();
        }
    }

    /**
     * What a run found.
     *
     * @param documents  the documents read
     * @param unreadable how many of them could not be read
     * @param findings   the findings, unreadable documents included
     * @param perRule    rows of rule_id, severity and count, most frequent first
     */
    public record Summary(long documents, long unreadable, long findings, List<Row> perRule) {
    }

    /**
     * Runs the job in a session.
     *
     * @param spark      the session, not null
     * @param input      the folder of JSON files or the Parquet table, not null
     * @param output     the folder to write {@code findings/} and {@code plans/} to, not null
     * @param idColumn   the id column of a Parquet input, or null for a folder of JSON files
     * @param jsonColumn the JSON column of a Parquet input, or null for a folder of JSON files
     * @param options    how to validate, not null
     * @return what was found, not null
     */
    public static Summary run(SparkSession spark, String input, String output, String idColumn, String jsonColumn,
                              SparkOptions options) {
        Dataset<Row> documents;
        if (idColumn == null) {
            documents = spark.read().option("wholetext", "true").option("pathGlobFilter", "*.json").text(input)
                    .select(input_file_name().as("document"), col("value").as("json"));
            idColumn = "document";
            jsonColumn = "json";
        } else {
            documents = spark.read().parquet(input);
        }
        Dataset<Row> findings = WaymarkSpark.findings(documents, idColumn, jsonColumn, options);
        Dataset<Row> plans = WaymarkSpark.plansTable(documents, idColumn, jsonColumn, options);
        findings.write().mode(SaveMode.Overwrite).parquet(output + "/findings");
        plans.write().mode(SaveMode.Overwrite).parquet(output + "/plans");

        Dataset<Row> writtenPlans = spark.read().parquet(output + "/plans");
        Dataset<Row> writtenFindings = spark.read().parquet(output + "/findings");
        List<Row> perRule = writtenFindings.groupBy("rule_id", "severity").count()
                .orderBy(col("count").desc(), col("rule_id")).collectAsList();
        return new Summary(writtenPlans.count(), writtenPlans.filter("read_problem IS NOT NULL").count(),
                writtenFindings.count(), perRule);
    }
}
