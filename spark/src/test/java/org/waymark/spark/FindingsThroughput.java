package org.waymark.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.waymark.json.PlanJson;
import org.waymark.model.CarePlan;
import org.waymark.research.SyntheticPlans;
import org.waymark.tables.PlanTables;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.Stage;
import org.waymark.validation.ValidationReport;

/**
 * Measures {@link WaymarkSpark#findings} in {@code local[1]} and {@code local[2]} against the same work
 * (read, validate, tabulate the findings) in a plain loop in this JVM, over the same synthetic plans.
 * Not a test: run by hand (the spark module's README section gives the command). Each round runs the
 * three in a rotating order, so that a change in the machine's load falls on all of them; every
 * figure is printed with the load average read at the time.
 * <p>
 * Spark reads the documents from a Parquet file written once at the start (as a lake table would
 * hold them) and writes the findings to Spark's {@code noop} sink, which materialises every row.
 * "start" is the time to build a session and run a job over one document: the fixed cost of a job.
 * <p>
 * Arguments: {@code [plans] [rounds]}, default 8,000 plans and 3 rounds. Run it after {@code mvn verify}
 * with the module's test class path (surefire records it as {@code surefire.test.class.path} in
 * {@code spark/target/surefire-reports/TEST-org.waymark.spark.WaymarkSparkTest.xml}) and the
 * {@code --add-opens} options of the surefire {@code argLine} in {@code spark/pom.xml}.
 */
final class FindingsThroughput {

    private static final LocalDate ON = LocalDate.of(2026, 11, 23);
    private static final SparkOptions OPTIONS = SparkOptions.of(Stage.FINAL, ON);

    private FindingsThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 8_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> documents = new ArrayList<>();
        for (CarePlan plan : SyntheticPlans.ofSeed(7).generate(count)) {
            documents.add(PlanJson.write(plan));
        }
        Path dir = Files.createTempDirectory("waymark-throughput");
        Path table = dir.resolve("plans.parquet");
        long bytes = documents.stream().mapToLong(String::length).sum();
        System.out.printf(Locale.ROOT, "%d plans, %.1f MB of JSON, %d rounds, %d processors%n", count,
                bytes / 1e6, rounds, Runtime.getRuntime().availableProcessors());

        // The Parquet input, and a cold start of Spark in this JVM.
        long t0 = System.nanoTime();
        SparkSession first = session(1);
        double coldStart = seconds(t0);
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("doc", DataTypes.StringType, false),
                DataTypes.createStructField("json", DataTypes.StringType, false)));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            rows.add(RowFactory.create("doc-" + i, documents.get(i)));
        }
        first.createDataFrame(rows, schema).repartition(8).write().parquet(table.toString());
        t0 = System.nanoTime();
        oneDocument(first, table);
        double coldJob = seconds(t0);
        first.stop();
        System.out.printf(Locale.ROOT, "cold: session %.2f s, then a job over one document %.2f s (load %s)%n",
                coldStart, coldJob, load());

        // Warm-up of the plain loop and of Spark's paths in this JVM; not reported.
        loop(documents);
        spark(2, table, count);

        String[] kinds = {"loop", "local[1]", "local[2]"};
        double[][] perSecond = new double[3][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < 3; k++) {
                int kind = (k + round) % 3;
                String loadBefore = load();
                double rate = kind == 0 ? loop(documents) : spark(kind, table, count);
                perSecond[kind][round] = rate;
                System.out.printf(Locale.ROOT, "round %d %-8s %7.0f plans/s (load before %s, after %s)%n",
                        round + 1, kinds[kind], rate, loadBefore, load());
            }
            System.out.printf(Locale.ROOT, "round %d ratios: local[1]/loop %.2f, local[2]/loop %.2f%n", round + 1,
                    perSecond[1][round] / perSecond[0][round], perSecond[2][round] / perSecond[0][round]);
        }
        for (int kind = 0; kind < 3; kind++) {
            double[] r = perSecond[kind].clone();
            java.util.Arrays.sort(r);
            System.out.printf(Locale.ROOT, "%-8s median %7.0f plans/s (min %.0f, max %.0f)%n", kinds[kind],
                    r[r.length / 2], r[0], r[r.length - 1]);
        }
    }

    /** The same work as a findings partition, plan after plan in this thread; returns plans per second. */
    private static double loop(List<String> documents) {
        PlanValidator validator = OPTIONS.validator();
        long rows = 0;
        long t0 = System.nanoTime();
        for (String json : documents) {
            CarePlan plan = PlanJson.read(json);
            ValidationReport report = validator.validate(plan, OPTIONS.stage(), OPTIONS.on());
            rows += PlanTables.findingRows(plan, report).size();
        }
        double s = seconds(t0);
        if (rows == 0) {
            throw new IllegalStateException("no findings");
        }
        return documents.size() / s;
    }

    /**
     * A fresh session of {@code local[threads]}: its start and a one-document job are printed, then
     * findings over the whole table; returns plans per second of that job alone.
     */
    private static double spark(int threads, Path table, int count) {
        long t0 = System.nanoTime();
        SparkSession spark = session(threads);
        double start = seconds(t0);
        try {
            t0 = System.nanoTime();
            oneDocument(spark, table);
            double small = seconds(t0);
            t0 = System.nanoTime();
            WaymarkSpark.findings(spark.read().parquet(table.toString()), "doc", "json", OPTIONS)
                    .write().format("noop").mode("overwrite").save();
            double s = seconds(t0);
            System.out.printf(Locale.ROOT, "  local[%d]: session %.2f s, one-document job %.2f s, %d plans %.2f s%n",
                    threads, start, small, count, s);
            return count / s;
        } finally {
            spark.stop();
        }
    }

    private static void oneDocument(SparkSession spark, Path table) {
        WaymarkSpark.findings(spark.read().parquet(table.toString()).limit(1), "doc", "json", OPTIONS)
                .write().format("noop").mode("overwrite").save();
    }

    private static SparkSession session(int threads) {
        return SparkSession.builder().master("local[" + threads + "]").appName("waymark-throughput")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "8")
                .getOrCreate();
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1];
        } catch (java.io.IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
