package org.waymark.validation;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.waymark.model.ConformsToGuidance;

/**
 * Turns Bean Validation constraint violations raised by {@link ConformsToGuidance} back into
 * {@link Finding}s, with rule ids, severities, paths below the plan, and citations.
 * <p>
 * This class is thread-safe.
 */
public final class GuidelineViolations {

    private GuidelineViolations() {
    }

    /**
     * Extracts the guideline findings from violations, for example those a host's
     * {@code jakarta.validation.Validator} returned for an object holding a plan. Violations of other
     * constraints (the host's own, or the model's {@code @NotNull}) are left out. Needs Hibernate
     * Validator, which carries the finding as the violation's dynamic payload.
     *
     * @param violations the violations, not null
     * @return the findings, in catalogue and path order, not null
     */
    public static List<Finding> toFindings(Collection<? extends ConstraintViolation<?>> violations) {
        List<Finding> out = new ArrayList<>();
        for (ConstraintViolation<?> v : violations) {
            if (!(v.getConstraintDescriptor().getAnnotation() instanceof ConformsToGuidance)) {
                continue;
            }
            HibernateConstraintViolation<?> hv;
            try {
                hv = v.unwrap(HibernateConstraintViolation.class);
            } catch (RuntimeException e) {
                continue;
            }
            Finding f = hv.getDynamicPayload(Finding.class);
            if (f != null) {
                out.add(f);
            }
        }
        return ValidationReport.of(Stage.FINAL, Profile.NG225, out).findings();
    }
}
