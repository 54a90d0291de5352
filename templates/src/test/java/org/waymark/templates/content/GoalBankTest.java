package org.waymark.templates.content;

import org.waymark.model.GoalArea;
import org.waymark.model.GoalTerm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GoalBankTest {

    /** The areas the goal bank covers, as the templates issue lists them. */
    private static final java.util.List<GoalArea> BANK_AREAS = java.util.List.of(GoalArea.SAFETY, GoalArea.COPING,
            GoalArea.THINKING, GoalArea.RELATIONSHIPS, GoalArea.EDUCATION_EMPLOYMENT_OCCUPATION, GoalArea.QUALITY_OF_LIFE);

    private final ContentLibrary library = ContentLibrary.load(Locale.UK);

    @Test
    void holdsAtLeastTwentyFiveGoalsCoveringEveryArea() {
        Map<GoalArea, Integer> perArea = new EnumMap<>(GoalArea.class);
        library.goals().forEach(g -> perArea.merge(g.area(), 1, Integer::sum));

        assertThat(library.goals()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(perArea).containsOnlyKeys(BANK_AREAS);
        assertThat(perArea.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(4));
    }

    @Test
    void everyAreaHasALongTermGoalAndShortTermGoalsServingIt() {
        for (GoalArea area : BANK_AREAS) {
            List<GoalPattern> longTerm = library.goals(area, GoalTerm.LONG_TERM);
            assertThat(longTerm).as(area.code()).isNotEmpty();
            assertThat(longTerm).allSatisfy(g -> assertThat(library.shortTermGoalsFor(g.id()))
                    .as("short-term goals for " + g.id()).isNotEmpty());
            assertThat(library.goals(area, GoalTerm.SHORT_TERM)).as(area.code()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void idsStartWithTheAreaCode() {
        assertThat(library.goals()).allSatisfy(g -> assertThat(g.id()).startsWith(g.area().code() + "."));
        assertThat(library.goal("coping.urge-surfing-practice")).isPresent();
    }

    @Test
    void everyShortTermGoalLinksOnlyToLongTermGoals() {
        assertThat(library.goals()).filteredOn(g -> g.term() == GoalTerm.SHORT_TERM).allSatisfy(g ->
                assertThat(g.linkedLongTermGoalIds()).isNotEmpty().allSatisfy(link ->
                        assertThat(library.goal(link)).get().extracting(GoalPattern::term).isEqualTo(GoalTerm.LONG_TERM)));
    }

    @Test
    void educationEmploymentOrOccupationHasALongTermGoal() {
        // CG133: long-term goals include education, employment and occupation.
        assertThat(library.goals(GoalArea.EDUCATION_EMPLOYMENT_OCCUPATION, GoalTerm.LONG_TERM)).isNotEmpty();
    }

    @Test
    void timescalesFitWithinAYearAndShortTermGoalsWithinTwelveWeeks() {
        assertThat(library.goals()).allSatisfy(g -> assertThat(g.typicalTimescaleWeeks()).isBetween(1, 52));
        assertThat(library.goals()).filteredOn(g -> g.term() == GoalTerm.SHORT_TERM)
                .allSatisfy(g -> assertThat(g.typicalTimescaleWeeks()).isLessThanOrEqualTo(12));
    }

    @Test
    void noGoalIsOnlyAboutStoppingSelfHarm() {
        // Harm reduction: goals are about safety, coping and living well, never abstinence alone.
        Pattern abstinence = Pattern.compile("(?i)\\b(stop|quit|never)\\b[^.]*\\b(self-harm|hurting myself|harming)");
        assertThat(library.goals()).allSatisfy(g -> assertThat(g.statement()).doesNotContainPattern(abstinence));
        assertThat(library.goals(GoalArea.SAFETY)).extracting(GoalPattern::id)
                .contains("safety.wound-care", "safety.written-safety-plan", "safety.safer-space");
    }

    @Test
    void goalsAreWrittenInTheFirstPersonToBeAgreedWithThePerson() {
        assertThat(library.goals()).allSatisfy(g -> assertThat(g.statement()).containsPattern("\\bI\\b"));
    }

    @Test
    void smartPartsArePresentAndDistinct() {
        assertThat(library.goals()).allSatisfy(g -> {
            assertThat(g.measure()).isNotEqualTo(g.statement());
            assertThat(g.target()).isNotEqualTo(g.measure());
            assertThat(g.baselinePrompt()).endsWith("?");
        });
    }

    @Test
    void idMustMatchArea() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GoalPattern("coping.x", GoalArea.SAFETY,
                GoalTerm.LONG_TERM, "I will.", "Days.", "How?", "Most.", 4, List.of(), "CG133"))
                .withMessageContaining("safety.");
    }

    @Test
    void longTermGoalCannotLinkAndShortTermGoalMust() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GoalPattern("coping.x", GoalArea.COPING,
                GoalTerm.LONG_TERM, "I will.", "Days.", "How?", "Most.", 4, List.of("coping.y"), "CG133"));
        assertThatIllegalArgumentException().isThrownBy(() -> new GoalPattern("coping.x", GoalArea.COPING,
                GoalTerm.SHORT_TERM, "I will.", "Days.", "How?", "Most.", 4, List.of(), "CG133"));
    }
}
