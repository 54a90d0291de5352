/**
 * Waymark on Apache Spark: {@link org.waymark.spark.WaymarkSpark} turns a dataset of Waymark JSON
 * plan documents into datasets of validation findings and of the tidy plans table, working per
 * partition where the data lives; {@link org.waymark.spark.SparkOptions} configures it and
 * {@link org.waymark.spark.FindingsJob} runs it as a batch job. Spark itself is provided by the host.
 * <p>
 * May depend on: core's exported packages ({@code org.waymark.model}, {@code org.waymark.json},
 * {@code org.waymark.validation}, {@code org.waymark.tables}) and Spark's SQL API; on no other
 * Waymark module.
 */
package org.waymark.spark;
