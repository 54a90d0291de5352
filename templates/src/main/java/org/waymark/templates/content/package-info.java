/**
 * The content library: goal patterns, interventions, safety-plan examples, crisis resources and
 * information for the person, shipped as JSON resources per locale and read into immutable records.
 * <p>
 * Start at {@link org.waymark.templates.content.ContentLibrary#load(java.util.Locale)}. Every
 * string shipped here is marked as written for the person or for clinicians (see
 * {@link org.waymark.templates.content.Audience}); text for the person is kept plain enough to read
 * at about US grade 8 and is checked by tests.
 * <p>
 * Nothing in this package asks for, holds or describes a risk score or a low, medium or high risk
 * level: NICE NG225 1.6.1–1.6.4 advise against using risk tools or stratification to predict or to
 * decide care.
 */
package org.waymark.templates.content;
