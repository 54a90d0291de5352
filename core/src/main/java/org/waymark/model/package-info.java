/**
 * The domain model of a care plan for a person who self-harms: immutable records validated in their
 * constructors, coded values, {@link org.waymark.model.PlanPath} (the one way to name a place in a
 * plan), {@link org.waymark.model.InvalidComponentException} (a structural check that failed, at
 * its path), and {@link org.waymark.model.PlanWalker} with {@link org.waymark.model.PlanVisitor} (the
 * one walk over a plan, which visits every component with its path and says whether it is prose, a
 * name, a phone number, a code, an id, a reference, a date, a number or a flag).
 * <p>
 * May depend on: the JDK and the Jakarta Bean Validation API (constraint annotations). Depends on no
 * other package of the library: the guideline constraint {@link org.waymark.model.ConformsToGuidance}
 * names no implementation, which the validation package provides as a service.
 */
package org.waymark.model;
