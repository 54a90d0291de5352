/**
 * Tidy research tables of care plans: {@link org.waymark.tables.PlanTables} declares the columns of
 * the plans, goals, reviews, methods and findings tables and computes their rows, holding ids,
 * codes, dates, counts and yes/no values and no free text, for any writer (CSV, Spark, a database).
 * <p>
 * May depend on: {@code org.waymark.model} and {@code org.waymark.validation} (for findings).
 */
package org.waymark.tables;
