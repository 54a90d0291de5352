/**
 * The main job ({@link org.waymark.examples.MainJob}): validates the example plans that ship with
 * Waymark and renders their three documents.
 * <p>
 * May depend on: {@code org.waymark.model}, {@code json}, {@code validation} and {@code pdf}.
 * Nothing depends on it.
 */
package org.waymark.examples;
