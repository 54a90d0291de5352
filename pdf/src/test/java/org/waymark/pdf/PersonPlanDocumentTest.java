package org.waymark.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;
import org.waymark.model.Goal;

/** The plan for the person: plain sections in the second person, large type, no clinical detail. */
class PersonPlanDocumentTest {

    private final CarePlan adult = ExamplePlans.load(ExamplePlans.ADULT_COMPLETE);

    @Test
    void holdsTheSectionsThePersonUsesInOrder() {
        String text = TestDocs.text(TestDocs.render(DocumentKind.PERSON, adult));

        CarePlanDocumentTest.assertInOrder(text, List.of("\nYour goals\n", "\nWhat you will do\n",
                "\nWhat your team will do\n", "\nYour safety plan\n", "\nWho to call and when\n",
                "\nWho knows about your plan\n", "\nWhen we will look at your plan again\n"));
    }

    @Test
    void holdsGoalsStepsContactsAndTheNextReview() {
        String text = TestDocs.flatText(TestDocs.render(DocumentKind.PERSON, adult));

        CarePlanDocumentTest.assertInOrder(text, adult.goals().stream().filter(g -> !g.isShortTerm())
                .map(Goal::statement).map(TestDocs::flat).toList());
        assertThat(text).contains("Keep a diary card every evening.").contains("Marta (Sister): Call 07700 900123")
                .contains("Samaritans").contains("116 123").contains("call 999")
                .contains("Your plan will be looked at again on 14 December 2026.");
    }

    @Test
    void leavesOutInstrumentsFormulationNeedsAndDecisions() {
        String text = TestDocs.flatText(TestDocs.render(DocumentKind.PERSON, adult));

        assertThat(text).doesNotContain("PHQ-9").doesNotContain("More than half the days")
                .doesNotContain(TestDocs.flat(adult.instrumentObservations().get(0).observation()))
                .doesNotContain("formulation").doesNotContain("Reliable at work")
                .doesNotContain(TestDocs.flat(adult.treatmentDecisions().get(0).rationale()))
                .doesNotContain("Pseudonymous").doesNotContain(adult.person().id());
    }

    @Test
    void setsBodyTextInLargeType() {
        List<Float> sizes = TestDocs.fontSizes(TestDocs.render(DocumentKind.PERSON, adult));
        long large = sizes.stream().filter(s -> s >= 13f).count();

        assertThat((double) large / sizes.size()).isGreaterThan(0.8);
    }

    @Test
    void usesUsWordingForEnUs() {
        CarePlan young = ExamplePlans.load(ExamplePlans.YOUNG_PERSON_FAMILY);
        String text = TestDocs.flatText(TestDocs.render(DocumentKind.PERSON, young));

        assertThat(text).contains("primary care provider").contains("call 911").doesNotContain("Your GP");
    }
}
