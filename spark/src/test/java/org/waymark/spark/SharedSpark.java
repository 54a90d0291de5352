package org.waymark.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One {@code local[2]} Spark context for every test class of this module: starting Spark is most of a
 * small test's time. Each class takes its own session ({@link SparkSession#newSession()}), so SQL
 * settings stay per class while the context, its executors and their validators are shared. Spark's
 * shutdown hook stops the context when the test JVM exits.
 */
final class SharedSpark {

    private static SparkSession root;

    private SharedSpark() {
    }

    /** Returns a new session on the shared context, which is started on first use. */
    static synchronized SparkSession newSession() {
        if (root == null) {
            root = SparkSession.builder().master("local[2]").appName("waymark-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .getOrCreate();
        }
        return root.newSession();
    }
}
