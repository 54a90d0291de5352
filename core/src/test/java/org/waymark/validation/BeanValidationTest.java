package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.model.CarePlan;
import org.waymark.model.ConformsToGuidance;
import org.waymark.model.DraftStage;
import org.waymark.model.SignOff;

/**
 * A host application's own Hibernate Validator, bootstrapped without Expression Language, sees the
 * same rule findings through {@code @Valid} as the library's validator.
 */
class BeanValidationTest {

    /** What a host might validate: its own object holding a plan. */
    record Submission(@NotNull @Valid CarePlan plan) {
    }

    private static ValidatorFactory factory;
    private static Validator host;

    /** The library's view: no clock, so both views leave out REVIEW-OVERDUE; standard language checker in both. */
    private static final PlanValidator LIBRARY = PlanValidator.standard();

    @BeforeAll
    static void bootstrapTheHost() {
        factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        host = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    static Stream<Arguments> plans() {
        CarePlan adult = Plans.adult();
        return Stream.of(
                Arguments.of("adult example", adult),
                Arguments.of("young-person example", Plans.young()),
                Arguments.of("draft example", Plans.draft()),
                Arguments.of("review 13 months away", adult.withNextReview(adult.startDate().plusMonths(13))),
                Arguments.of("no risk management plan", adult.withRiskManagementPlan(null)),
                Arguments.of("unsigned", adult.toBuilder().signOff(SignOff.EMPTY).build()),
                Arguments.of("goal due after review", adult.withGoals(Plans.with(adult.goals(), 2, g -> g.withDueDate(LocalDate.of(2027, 3, 1))))),
                Arguments.of("risk level in text", Plans.withChainLink("Risk level: high.")),
                Arguments.of("no safety plan", adult.withSafetyPlan(null)),
                Arguments.of("no confidentiality date", adult.withSharing(adult.sharing().withConfidentialityExplainedOn(null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void hostSeesTheSameFindingsAtFinal(String name, CarePlan plan) {
        Set<ConstraintViolation<Submission>> violations = host.validate(new Submission(plan));

        assertSameFindings(violations, LIBRARY.validate(plan, Stage.FINAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void hostSeesTheSameFindingsAtDraftInTheDraftGroup(String name, CarePlan plan) {
        Set<ConstraintViolation<Submission>> violations = host.validate(new Submission(plan), DraftStage.class);

        assertSameFindings(violations, LIBRARY.validate(plan, Stage.DRAFT));
    }

    @Test
    void violationsCarryPathsMessagesAndTheFindingAsPayload() {
        CarePlan plan = Plans.adult().withNextReview(Plans.adult().startDate().plusMonths(13));

        Set<ConstraintViolation<CarePlan>> violations = host.validate(plan);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("review.nextReviewDate");
            assertThat(v.getConstraintDescriptor().getAnnotation()).isInstanceOf(ConformsToGuidance.class);
            Finding f = GuidelineViolations.toFindings(Set.of(v)).get(0);
            assertThat(f.ruleId()).isEqualTo("REVIEW-WITHIN-12-MONTHS");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.citation()).isEqualTo("CG133");
            assertThat(v.getMessage()).isEqualTo(f.message());
        });
    }

    @Test
    void pathsEndingInAnIndexAndNestedListsBuildTheSameText() {
        CarePlan plan = Plans.adult().toBuilder().history(Plans.adult().history().withEpisodes(Plans.plus(Plans.adult().history().episodes(),
                new org.waymark.model.Episode("e-new", LocalDate.of(2026, 11, 1), List.of(), null, null)))).build();
        CarePlan text = Plans.withChainLink("Overall risk: high.");

        assertThat(host.validate(plan)).extracting(v -> v.getPropertyPath().toString()).containsExactly("history.episodes[1]");
        // The stated level breaks NO-RISK-PREDICTION; its stratifying words are reported once, under that rule.
        assertThat(GuidelineViolations.toFindings(host.validate(text)))
                .extracting(f -> f.ruleId() + " " + f.path())
                .containsExactly("NO-RISK-PREDICTION history.chainAnalyses[0].links[2].description");
    }

    @Test
    void messagesWithBracesOrDollarsAreNotInterpolatedByTheHost() {
        assertThat(ConformsToGuidanceValidator.escape("a {b} ${c} \\d")).isEqualTo("a \\{b\\} \\$\\{c\\} \\\\d");
    }

    private static <T> void assertSameFindings(Set<ConstraintViolation<T>> violations, ValidationReport library) {
        List<Finding> fromHost = GuidelineViolations.toFindings(violations);

        assertThat(violations).as("only guideline violations").allSatisfy(v ->
                assertThat(v.getConstraintDescriptor().getAnnotation()).isInstanceOf(ConformsToGuidance.class));
        assertThat(violations).hasSameSizeAs(library.findings());
        assertThat(Expect.describe(fromHost)).containsExactlyElementsOf(Expect.describe(library.findings()));
        assertThat(fromHost).extracting(Finding::message).containsExactlyElementsOf(library.findings().stream().map(Finding::message).toList());
        assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrderElementsOf(library.findings().stream().map(f -> "plan." + f.path()).toList());
    }
}
