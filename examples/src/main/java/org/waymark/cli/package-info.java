/**
 * The {@code waymark} command line (picocli): {@code validate}, {@code render}, {@code batch},
 * {@code new}, {@code export}, {@code synth}, {@code rules}, {@code templates} and {@code fhir}, with
 * one documented exit code for every failure and files written so that no reader sees a
 * half-written one.
 * <p>
 * May depend on every module: {@code org.waymark.model}, {@code json}, {@code validation},
 * {@code templates}, {@code pdf}, {@code fhir} (loaded only by the FHIR commands),
 * {@code org.waymark.research}, picocli and Jackson. Nothing depends on it.
 */
package org.waymark.cli;
