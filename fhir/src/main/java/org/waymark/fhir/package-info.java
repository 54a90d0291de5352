/**
 * Waymark plans as HL7 FHIR R4 resources (HAPI FHIR): a plan exported as a Bundle
 * ({@link org.waymark.fhir.FhirExport}) and imported back ({@link org.waymark.fhir.FhirImport}),
 * validation reports as OperationOutcomes ({@link org.waymark.fhir.OperationOutcomes}), plan paths
 * as FHIRPath ({@link org.waymark.fhir.FhirPaths}), templates as SDC Questionnaires and their
 * responses read into draft plans ({@link org.waymark.fhir.TemplateQuestionnaires},
 * {@link org.waymark.fhir.ResponseImport}), and the shared context and conformance resources
 * ({@link org.waymark.fhir.WaymarkFhir}). A Bundle carrying a risk prediction is refused at the
 * border ({@link org.waymark.fhir.RiskPredictionGuard}); what cannot be read is a
 * {@link org.waymark.fhir.BundleFormatException} or {@link org.waymark.fhir.ResponseFormatException}
 * that says where.
 * <p>
 * May depend on: {@code org.waymark.model}, {@code org.waymark.json}, {@code org.waymark.validation},
 * {@code org.waymark.language}, {@code org.waymark.templates} (for Questionnaires), its own
 * {@code internal} package, HAPI FHIR R4, Jackson, and the JDK.
 */
package org.waymark.fhir;
