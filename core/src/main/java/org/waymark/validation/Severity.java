package org.waymark.validation;

/**
 * How serious a {@link Finding} is.
 * <p>
 * A plan with an {@link #ERROR} is not acceptable ({@link ValidationReport#isAcceptable()}); a
 * {@link #WARNING} asks a clinician to look again but does not block the plan.
 */
public enum Severity {
    /** What the guideline requires is missing or contradicted: the plan is not acceptable. */
    ERROR,
    /** A gap or wording to look at again; the plan stays acceptable. */
    WARNING
}
