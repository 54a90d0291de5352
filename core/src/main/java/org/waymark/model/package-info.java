/**
 * The domain model of a care plan for a person who self-harms: immutable records validated in their
 * constructors, coded values, {@link org.waymark.model.PlanPath} (the one way to name a place in a
 * plan) and {@link org.waymark.model.InvalidComponentException} (a structural check that failed, at
 * its path).
 * <p>
 * May depend on: the JDK and the Jakarta Bean Validation API (constraint annotations). Depends on no
 * other package of the library: the guideline constraint {@link org.waymark.model.ConformsToGuidance}
 * names no implementation, which the validation package provides as a service.
 */
package org.waymark.model;
