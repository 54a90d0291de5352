package org.waymark.templates.content;

import org.waymark.model.Modality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InterventionLibraryTest {

    /** Every modality except the catch-all and social support, which are planned locally rather than chosen from a library. */
    private static final java.util.List<Modality> LIBRARY_MODALITIES = java.util.Arrays.stream(Modality.values())
            .filter(m -> m != Modality.OTHER && m != Modality.SOCIAL_SUPPORT).toList();

    private final ContentLibrary library = ContentLibrary.load(Locale.UK);

    @Test
    void holdsTheNamedInterventionsUnderTheirModalities() {
        assertThat(library.interventions())
                .extracting(InterventionOption::id, InterventionOption::modality)
                .contains(
                        tuple("dbt.stop-skill", Modality.DBT),
                        tuple("dbt.distress-tolerance-tip", Modality.DBT),
                        tuple("dbt.urge-surfing", Modality.DBT),
                        tuple("dbt.chain-analysis", Modality.DBT),
                        tuple("dbt.opposite-action", Modality.DBT),
                        tuple("dbt-a.adolescent-programme", Modality.DBT_A),
                        tuple("cbt-informed.thought-records", Modality.CBT_INFORMED),
                        tuple("cbt-informed.cognitive-restructuring", Modality.CBT_INFORMED),
                        tuple("problem-solving.structured", Modality.PROBLEM_SOLVING),
                        tuple("act.choice-point", Modality.ACT),
                        tuple("act.values-work", Modality.ACT),
                        tuple("mbt.mentalisation-based-work", Modality.MBT),
                        tuple("family-based.young-people", Modality.FAMILY_BASED),
                        tuple("trauma-focused.after-stabilisation", Modality.TRAUMA_FOCUSED),
                        tuple("harm-minimisation.within-broader-plan", Modality.HARM_MINIMISATION),
                        tuple("safety-planning.co-produced-plan", Modality.SAFETY_PLANNING));
    }

    @Test
    void everyModalityHasAtLeastOneIntervention() {
        for (Modality modality : LIBRARY_MODALITIES) {
            assertThat(library.interventions(modality)).as(modality.code()).isNotEmpty();
        }
    }

    @Test
    void idsStartWithTheModalityCode() {
        assertThat(library.interventions())
                .allSatisfy(i -> assertThat(i.id()).startsWith(i.modality().code() + "."));
    }

    @Test
    void cbtInformedInterventionForAdultsPlansFourToTenSessions() {
        // NG225: a CBT-informed intervention for adults, typically 4 to 10 sessions.
        assertThat(library.intervention("cbt-informed.structured-intervention")).get().satisfies(i -> {
            assertThat(i.typicalSessions()).isEqualTo(SessionRange.of(4, 10));
            assertThat(i.ageGroups()).containsExactly(AgeGroup.ADULTS);
            assertThat(i.citation()).contains("NG225");
        });
    }

    @Test
    void cg133StructuredElementsPlanThreeToTwelveSessions() {
        assertThat(library.interventions()).filteredOn(i -> i.citation().contains("3 to 12 sessions")
                        && i.citation().startsWith("CG133"))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.typicalSessions()).isEqualTo(SessionRange.of(3, 12)));
    }

    @Test
    void sessionRangesStayWithinGuidelineBounds() {
        assertThat(library.interventions()).filteredOn(i -> i.typicalSessions() != null)
                .allSatisfy(i -> {
                    assertThat(i.typicalSessions().min()).isGreaterThanOrEqualTo(3);
                    assertThat(i.typicalSessions().max()).isLessThanOrEqualTo(12);
                });
    }

    @Test
    void dbtAIsForYoungPeople() {
        assertThat(library.interventions(Modality.DBT_A))
                .allSatisfy(i -> assertThat(i.ageGroups()).containsExactly(AgeGroup.YOUNG_PEOPLE));
        assertThat(library.interventionsFor(AgeGroup.YOUNG_PEOPLE)).extracting(InterventionOption::id)
                .contains("dbt-a.adolescent-programme", "family-based.young-people");
    }

    @Test
    void traumaFocusedWorkComesAfterStabilisation() {
        assertThat(library.interventions(Modality.TRAUMA_FOCUSED)).allSatisfy(i -> {
            assertThat(i.description()).containsIgnoringCase("stabilisation");
            assertThat(i.summaryForPerson()).containsIgnoringCase("after");
        });
    }

    @Test
    void harmMinimisationNeverStandsAlone() {
        assertThat(library.interventions(Modality.HARM_MINIMISATION)).allSatisfy(i -> {
            assertThat(i.description()).containsIgnoringCase("broader plan");
            assertThat(i.summaryForPerson()).containsIgnoringCase("bigger plan");
        });
    }

    @Test
    void drugTreatmentAppearsOnlyAsTreatmentForAnAssociatedCondition() {
        Pattern drugs = Pattern.compile("(?i)\\b(medication|antidepressants?|SSRIs?|SNRIs?|prescri\\w*|"
                + "drug treatment|pharmacolog\\w*)\\b");
        assertThat(library.interventions()).allSatisfy(i -> {
            assertThat(i.description()).doesNotContainPattern(drugs);
            assertThat(i.summaryForPerson()).doesNotContainPattern(drugs);
            assertThat(i.evidenceNote()).doesNotContainPattern(drugs);
        });
        assertThat(library.associatedConditionTreatments()).isNotEmpty()
                .extracting(AssociatedConditionTreatment::id).contains("associated.depression");
        assertThat(library.associatedConditionTreatments()).allSatisfy(t -> {
            assertThat(t.medicationNote()).contains("never to reduce self-harm");
            assertThat(t.citation()).contains("do not offer drug treatment as a specific intervention to reduce self-harm");
        });
    }
}
