/**
 * The plan templates that ship with Waymark: {@link org.waymark.templates.TemplateLibrary} reads
 * them from resources, and a {@link org.waymark.templates.Template} starts a draft
 * {@link org.waymark.model.CarePlan} with its sections' words ({@link org.waymark.templates.TemplateText})
 * and defaults ({@link org.waymark.templates.TemplateDefaults}) in en-GB or en-US.
 * <p>
 * May depend on: {@code org.waymark.model}, {@code org.waymark.locale} (the locale policy),
 * {@code org.waymark.templates.content} and its
 * {@code internal} package (the strict reader and argument checks), and the JDK.
 */
package org.waymark.templates;
