/**
 * The reader and writer behind {@code PlanJson}: the streaming reader with one decoder per model
 * type, the writer's envelope and serialisers. Not exported.
 * <p>
 * May depend on: {@code org.waymark.model}, {@code org.waymark.json} (the exception it throws),
 * {@code org.waymark.validation} (the id of the rule {@code NO-RISK-PREDICTION}), and Jackson.
 */
package org.waymark.json.internal;
