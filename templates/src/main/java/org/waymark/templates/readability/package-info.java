/**
 * A small, documented Flesch-Kincaid grade level measure, used to keep text written for the person
 * receiving care at about US grade 8 or below.
 */
package org.waymark.templates.readability;
