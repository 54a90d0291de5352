package org.waymark.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A class-level Bean Validation constraint on {@link org.waymark.model.CarePlan}: the plan conforms
 * to the guideline rules of the {@link RuleCatalogue}, so that a host's own
 * {@code jakarta.validation.Validator} (directly, or through {@code @Valid} on a field holding a plan)
 * reports the same rule findings as {@link PlanValidator}.
 * <p>
 * Each finding becomes one constraint violation whose property path is the finding's path (below
 * the plan, e.g. {@code goals[2].dueDate}), whose message is the finding's resolved en-GB message,
 * and whose Hibernate Validator dynamic payload is the {@link Finding} itself, with rule id,
 * severity and citation; {@link GuidelineViolations#toFindings} turns violations back into findings.
 * <p>
 * Stages: {@link org.waymark.model.CarePlan} carries this constraint twice, at {@link Stage#FINAL}
 * in the {@link jakarta.validation.groups.Default Default} group and at {@link Stage#DRAFT} in the
 * group {@link DraftStage}. Every rule that needs no evaluation date is evaluated; a Bean Validation
 * run has no evaluation date, so {@code REVIEW-OVERDUE} is left to {@link PlanValidator}. The
 * language rules use {@link LanguageCheckerAdapter#standard()}.
 * <p>
 * Works with any provider for the violations; the payload needs Hibernate Validator. Bootstrap it
 * with {@code ParameterMessageInterpolator}: messages carry no Expression Language.
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Repeatable(ConformsToGuidance.List.class)
@Constraint(validatedBy = ConformsToGuidanceValidator.class)
public @interface ConformsToGuidance {

    /**
     * The message of a violation that carries no finding; each finding's own message is used instead.
     *
     * @return the message template
     */
    String message() default "The plan does not conform to the guidance.";

    /**
     * The groups.
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
     * The stage to validate at.
     *
     * @return the stage; {@link Stage#FINAL} unless declared
     */
    Stage stage() default Stage.FINAL;

    /**
     * The guideline whose bounds to use.
     *
     * @return the guideline; {@link Guideline#NG225} unless declared
     */
    Guideline guideline() default Guideline.NG225;

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
