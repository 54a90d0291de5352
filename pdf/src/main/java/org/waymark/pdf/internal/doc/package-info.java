/**
 * The three printed documents, each laid out from a plan as blocks of
 * {@code org.waymark.pdf.internal.layout}: the clinician's care plan with its validation appendix
 * ({@code CarePlanLayout}), the plan for the person ({@code PersonPlanLayout}) and the pocket safety
 * card ({@code SafetyCardLayout}), with the documents' own words in en-GB or en-US ({@code DocumentWording}).
 * <p>
 * Internal: not exported by the module. May depend on: {@code org.waymark.model},
 * {@code org.waymark.locale} (the locale policy and resource loader),
 * {@code org.waymark.validation} (the report printed as an appendix),
 * {@code org.waymark.templates.content} (the national crisis lines),
 * {@code org.waymark.pdf.internal.layout} (its blocks, renderer and {@code RenderSettings}), and the
 * JDK. Never on {@code org.waymark.pdf}, which uses this package: the document classes there turn
 * their options into {@code RenderSettings}. No PDFBox type is used here.
 */
package org.waymark.pdf.internal.doc;
