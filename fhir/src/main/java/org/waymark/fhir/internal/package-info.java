/**
 * The mapping behind {@code org.waymark.fhir}: where record components without a FHIR element are
 * carried as extensions ({@code Placement}, {@code RecordCodec}), coded values as codings
 * ({@code Vocabulary}), canonical names and URLs ({@code Names}), narratives, Questionnaire items
 * derived from the model ({@code FormItem}), and the generator of the conformance resources the
 * module ships. Not part of the API.
 * <p>
 * A refusal is a {@code BundleFailure}, which the public readers turn into the public
 * {@code BundleFormatException}; nothing here depends back on {@code org.waymark.fhir}.
 * <p>
 * May depend on: {@code org.waymark.model}, {@code org.waymark.validation},
 * {@code org.waymark.templates}, HAPI FHIR R4, and the JDK.
 */
package org.waymark.fhir.internal;
