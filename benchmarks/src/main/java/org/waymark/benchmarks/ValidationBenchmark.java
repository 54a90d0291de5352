package org.waymark.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;
import org.waymark.model.ConformsToGuidance;
import org.waymark.validation.Finding;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.Stage;

/**
 * Full guideline validation of the complete example plan, beside Hibernate Validator passes over the same
 * object in the same run:
 * <ul>
 *   <li>{@code waymarkFinal}: {@link PlanValidator} at FINAL — every rule, findings with messages and citations;</li>
 *   <li>{@code hibernateTraversal}: a plain Hibernate Validator pass over the object graph with a group that has
 *       no constraints (cascading and metadata only) — the floor of any Bean Validation pass;</li>
 *   <li>{@code hibernateDefaultGroup}: what a host's own {@code validator.validate(plan)} costs: structural
 *       constraints plus the {@code @ConformsToGuidance} class-level constraint.</li>
 * </ul>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar ValidationBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {

    /** A group with no constraints: validating in it measures Hibernate Validator's traversal alone. */
    public interface NoConstraints {
    }

    private static final LocalDate ON = LocalDate.of(2026, 11, 23);

    private CarePlan plan;
    private PlanValidator waymark;
    private Validator hibernate;

    /** Loads the plan and builds both validators. */
    @Setup
    public void setUp() {
        plan = ExamplePlans.load(ExamplePlans.ADULT_COMPLETE);
        waymark = PlanValidator.standard();
        hibernate = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    }

    /** Every guideline rule at FINAL. */
    @Benchmark
    public List<Finding> waymarkFinal() {
        return waymark.validate(plan, Stage.FINAL, ON).findings();
    }

    /** Baseline: a plain Hibernate Validator pass over the graph. */
    @Benchmark
    public Set<ConstraintViolation<CarePlan>> hibernateTraversal() {
        return hibernate.validate(plan, NoConstraints.class);
    }

    /** A host's own validator in the default group, which includes the guideline constraint. */
    @Benchmark
    public Set<ConstraintViolation<CarePlan>> hibernateDefaultGroup() {
        return hibernate.validate(plan);
    }
}
