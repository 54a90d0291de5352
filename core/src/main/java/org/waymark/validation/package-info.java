/**
 * Validation of a care plan against NICE guidance: the rules, each declared once in
 * {@link org.waymark.validation.RuleId} with its citation, severity and typed message parameters;
 * the {@link org.waymark.validation.RuleCatalogue}; the {@link org.waymark.validation.PlanValidator}
 * and its {@link org.waymark.validation.ValidationReport} of {@link org.waymark.validation.Finding}s;
 * and the Bean Validation implementation of the model's guideline constraint.
 * <p>
 * May depend on: {@code org.waymark.model}, {@code org.waymark.language}, {@code org.waymark.locale},
 * Jakarta Bean Validation and Hibernate Validator (for the dynamic payload only).
 */
package org.waymark.validation;
