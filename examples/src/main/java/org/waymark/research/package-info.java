/**
 * For research: synthetic care plans that describe nobody ({@link org.waymark.research.SyntheticPlans})
 * and tidy CSV tables of plans without free text ({@link org.waymark.research.CsvExport}).
 * <p>
 * May depend on: {@code org.waymark.model}, {@code org.waymark.validation} and
 * {@code org.waymark.templates.content} (the words of synthetic plans), and the JDK.
 */
package org.waymark.research;
