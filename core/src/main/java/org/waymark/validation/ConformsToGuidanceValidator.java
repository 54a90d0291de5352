package org.waymark.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import jakarta.validation.ValidationException;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.waymark.model.CarePlan;
import org.waymark.model.ConformsToGuidance;
import org.waymark.model.DraftStage;
import org.waymark.model.PlanPath;

/**
 * The Bean Validation side of {@link ConformsToGuidance}: runs the library's rules on a plan and
 * reports each finding as a constraint violation. Bean Validation providers create it; hosts do not
 * need to. The constraint names no implementation; this class is registered as a service of
 * {@code jakarta.validation.ConstraintValidator} (in {@code module-info.java} and in
 * {@code META-INF/services}), where Hibernate Validator looks for implementations.
 * <p>
 * The stage comes from the constraint's groups: {@link DraftStage} validates at {@link Stage#DRAFT},
 * any other group at {@link Stage#FINAL}. The guideline is NICE NG225 ({@link Profile#NG225}).
 * <p>
 * This class is thread-safe once initialised.
 */
public final class ConformsToGuidanceValidator implements ConstraintValidator<ConformsToGuidance, CarePlan> {

    private static final PlanValidator VALIDATOR = PlanValidator.builder().profile(Profile.of(Guideline.NG225)).build();

    private Stage stage = Stage.FINAL;

    /** Creates the validator; Bean Validation providers call this. */
    public ConformsToGuidanceValidator() {
    }

    /**
     * Takes the stage from the constraint's groups.
     *
     * @param annotation the constraint, not null
     */
    @Override
    public void initialize(ConformsToGuidance annotation) {
        stage = Stage.FINAL;
        for (Class<?> group : annotation.groups()) {
            if (DraftStage.class.isAssignableFrom(group)) {
                stage = Stage.DRAFT;
            }
        }
    }

    /**
     * Validates a plan.
     *
     * @param plan    the plan; null is valid (that is {@code @NotNull}'s job)
     * @param context the context, not null
     * @return true when the rules found nothing
     */
    @Override
    public boolean isValid(CarePlan plan, ConstraintValidatorContext context) {
        if (plan == null) {
            return true;
        }
        List<Finding> findings = VALIDATOR.findingsWithoutDate(plan, stage);
        if (findings.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hv = hibernate(context);
        for (Finding f : findings) {
            if (hv != null) {
                hv.withDynamicPayload(f);
            }
            addViolation(context.buildConstraintViolationWithTemplate(escape(f.message())), f.path());
        }
        return false;
    }

    private static HibernateConstraintValidatorContext hibernate(ConstraintValidatorContext context) {
        try {
            return context.unwrap(HibernateConstraintValidatorContext.class);
        } catch (ValidationException e) {
            return null;
        }
    }

    /**
     * Adds a violation at a plan path. Bean Validation attaches an index to the node that follows
     * the list, so {@code goals[2].dueDate} is the property {@code goals}, then {@code dueDate} at
     * index 2; a path that ends at an index ends with a bean node at that index.
     */
    private static void addViolation(ConstraintViolationBuilder builder, PlanPath path) {
        List<Object> segments = path.segments();
        Object node = builder;
        int pendingIndex = -1;
        for (Object s : segments) {
            if (s instanceof Integer i) {
                pendingIndex = i;
                continue;
            }
            node = property(node, (String) s, pendingIndex);
            pendingIndex = -1;
        }
        if (pendingIndex >= 0) {
            LeafNodeBuilderCustomizableContext leaf = beanNode(node);
            leaf.inIterable().atIndex(pendingIndex).addConstraintViolation();
            return;
        }
        if (node instanceof NodeBuilderCustomizableContext c) {
            c.addConstraintViolation();
        } else if (node instanceof NodeBuilderDefinedContext c) {
            c.addConstraintViolation();
        } else {
            ((ConstraintViolationBuilder) node).addConstraintViolation();
        }
    }

    private static Object property(Object node, String name, int index) {
        NodeBuilderCustomizableContext next;
        if (node instanceof ConstraintViolationBuilder b) {
            next = b.addPropertyNode(name);
        } else if (node instanceof NodeBuilderCustomizableContext c) {
            next = c.addPropertyNode(name);
        } else {
            next = ((NodeBuilderDefinedContext) node).addPropertyNode(name);
        }
        if (index < 0) {
            return next;
        }
        NodeContextBuilder inIterable = next.inIterable();
        return inIterable.atIndex(index);
    }

    private static LeafNodeBuilderCustomizableContext beanNode(Object node) {
        if (node instanceof NodeBuilderCustomizableContext c) {
            return c.addBeanNode();
        }
        if (node instanceof NodeBuilderDefinedContext c) {
            return c.addBeanNode();
        }
        return ((ConstraintViolationBuilder) node).addBeanNode();
    }

    /** Escapes a resolved message so that no interpolator reads parameters or expressions in it. */
    static String escape(String message) {
        StringBuilder sb = new StringBuilder(message.length() + 8);
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '{' || c == '}' || c == '$' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
