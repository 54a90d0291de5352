package org.waymark.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;
import org.waymark.model.ChainAnalysis;
import org.waymark.model.ChainLink;

/** Plans and validators for the rule tests: the shipped examples, a fixed date, and list edits. */
final class Plans {

    /** The date the tests evaluate at. */
    static final LocalDate ON = LocalDate.of(2026, 11, 23);

    /** A clock fixed at {@link #ON}. */
    static final Clock CLOCK = Clock.fixed(ON.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

    /** The standard validator, with the test language checker and the fixed clock. */
    static final PlanValidator VALIDATOR = PlanValidator.builder()
            .textChecker(FallbackTextChecker.INSTANCE).clock(CLOCK).build();

    private static final CarePlan ADULT = ExamplePlans.load(ExamplePlans.ADULT_COMPLETE);
    private static final CarePlan YOUNG = ExamplePlans.load(ExamplePlans.YOUNG_PERSON_FAMILY);
    private static final CarePlan DRAFT = ExamplePlans.load(ExamplePlans.DRAFT_WITH_GAPS);

    private Plans() {
    }

    /** The complete adult example: no findings at FINAL on {@link #ON}. */
    static CarePlan adult() {
        return ADULT;
    }

    /** The complete young-person example. */
    static CarePlan young() {
        return YOUNG;
    }

    /** The draft example with gaps. */
    static CarePlan draft() {
        return DRAFT;
    }

    /** Validates at FINAL on {@link #ON}. */
    static ValidationReport validate(CarePlan plan) {
        return VALIDATOR.validate(plan, Stage.FINAL, ON);
    }

    /** Validates at a stage on {@link #ON}. */
    static ValidationReport validate(CarePlan plan, Stage stage) {
        return VALIDATOR.validate(plan, stage, ON);
    }

    /** The adult example with other text in its chain link at {@code history.chainAnalyses[0].links[2].description}. */
    static CarePlan withChainLink(String text) {
        ChainAnalysis ca = ADULT.history().chainAnalyses().get(0);
        List<ChainLink> links = with(ca.links(), 2, l -> new ChainLink(l.kind(), text));
        ChainAnalysis changed = new ChainAnalysis(ca.id(), ca.episodeId(), ca.vulnerabilityFactors(), ca.promptingEvent(), links,
                ca.consequences(), ca.changes());
        return ADULT.toBuilder().history(ADULT.history().withChainAnalyses(List.of(changed))).build();
    }

    /** Returns a copy of a list with one element replaced. */
    static <T> List<T> with(List<T> list, int index, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, change.apply(copy.get(index)));
        return copy;
    }

    /** Returns a copy of a list with one more element. */
    static <T> List<T> plus(List<T> list, T element) {
        List<T> copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }

    /** Returns a copy of a list without one element. */
    static <T> List<T> without(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }
}
