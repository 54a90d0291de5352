package org.waymark.model;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A class-level Bean Validation constraint on {@link CarePlan}: the plan conforms to the guideline
 * rules, so that a host's own {@code jakarta.validation.Validator} (directly, or through
 * {@code @Valid} on a field holding a plan) reports the same rule findings as the library's
 * {@code org.waymark.validation.PlanValidator}.
 * <p>
 * Like {@code jakarta.validation.constraints.Size}, the constraint declares no implementation
 * ({@code validatedBy = {}}), so the model does not depend on the validation package. The
 * implementation, {@code org.waymark.validation.ConformsToGuidanceValidator}, is a service: the
 * module declares {@code provides jakarta.validation.ConstraintValidator}, and the jar carries
 * {@code META-INF/services/jakarta.validation.ConstraintValidator} for the class path. Hibernate
 * Validator finds it there, on the module path and on the class path alike.
 * <p>
 * Each finding becomes one constraint violation whose property path is the finding's path (below
 * the plan, e.g. {@code goals[2].dueDate}), whose message is the finding's resolved en-GB message,
 * and whose Hibernate Validator dynamic payload is the finding itself, with rule id, severity and
 * citation.
 * <p>
 * Stages: {@link CarePlan} carries this constraint twice, in the
 * {@link jakarta.validation.groups.Default Default} group (the plan is validated as final) and in
 * the group {@link DraftStage} (validated as a draft). Every rule that needs no evaluation date is
 * evaluated; a Bean Validation run has no evaluation date, so {@code REVIEW-OVERDUE} is left to the
 * library's validator.
 * <p>
 * Bootstrap Hibernate Validator with {@code ParameterMessageInterpolator}: messages carry no
 * Expression Language.
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(ConformsToGuidance.List.class)
@Constraint(validatedBy = {})
public @interface ConformsToGuidance {

    /**
     * The message of a violation that carries no finding; each finding's own message is used instead.
     *
     * @return the message template
     */
    String message() default "The plan does not conform to the guidance.";

    /**
     * The groups: {@code Default} validates the plan as final, {@link DraftStage} as a draft.
     *
     * @return the groups; {@code Default} unless declared
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload classes
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@link ConformsToGuidance} constraints on one type.
     */
    @Documented
    @Target(TYPE)
    @Retention(RUNTIME)
    @interface List {
        /**
         * The constraints.
         *
         * @return the constraints
         */
        ConformsToGuidance[] value();
    }
}
