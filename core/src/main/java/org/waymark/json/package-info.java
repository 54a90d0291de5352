/**
 * Waymark JSON documents: {@link org.waymark.json.PlanJson} reads (strictly, with every failure a
 * {@link org.waymark.json.PlanFormatException} at a path, line and column) and writes them; the
 * JSON Schema and the example plans are resources of this package.
 * <p>
 * May depend on: {@code org.waymark.model}, its own {@code internal} package, and Jackson.
 */
package org.waymark.json;
