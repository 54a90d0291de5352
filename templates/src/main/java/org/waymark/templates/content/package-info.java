/**
 * The content library: goal patterns, interventions, safety-plan examples, crisis resources and
 * information for the person, shipped as JSON resources per locale and read into immutable records.
 * <p>
 * Start at {@link org.waymark.templates.content.ContentLibrary#load(java.util.Locale)}. Every
 * string shipped here is marked as written for the person or for clinicians (see
 * {@link org.waymark.templates.content.Audience}); text for the person is kept plain enough to read
 * at about US grade 8 and is checked by tests.
 *
 * <h2>Resources</h2>
 * Content lives under {@code org/waymark/templates/content-library/}: {@code locales.json} lists the
 * locales, and one folder per locale (such as {@code en-GB/}) holds {@code goals.json},
 * {@code interventions.json}, {@code safety-plan.json}, {@code crisis-resources.json} and
 * {@code patient-information.json}. Each file names its locale. Ids and codes are the same in every
 * locale; only the words differ (tests fail on any id missing from one locale). Crisis resources are per
 * country.
 * <p>
 * To add a locale, add a folder with the five files and list its tag in a {@code locales.json}, in this
 * jar or in a host jar under the same folder: no code changes. The folder name contains a hyphen, so it
 * is not a Java package and the module system does not hide it.
 * <p>
 * Nothing in this package asks for, holds or describes a risk score or a low, medium or high risk
 * level: NICE NG225 1.6.1–1.6.4 advise against using risk tools or stratification to predict or to
 * decide care.
 * <p>
 * May depend on: {@code org.waymark.model}, {@code org.waymark.locale} (the locale policy), its own
 * {@code internal} package, Jackson, and the JDK.
 */
package org.waymark.templates.content;
