/**
 * A small, documented Flesch-Kincaid grade level measure, used to keep text written for the person
 * receiving care at about US grade 8 or below.
 * <p>
 * May depend on: the JDK only.
 */
package org.waymark.templates.readability;
