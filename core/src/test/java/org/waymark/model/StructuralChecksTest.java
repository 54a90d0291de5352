package org.waymark.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The structural checks of the model's constructors: messages name the component and say what is
 * wrong without quoting patient text; ids are unique and references resolve; lists are copied.
 */
class StructuralChecksTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 16);
    private static final Person PERSON = new Person("p-1", "SECRET-NAME", null, AgeBand.ADULT, Locale.UK, "SECRET-PRONOUNS", null);

    @Test
    void blankTextIsRefusedNamingTheComponent() {
        assertThatThrownBy(() -> new ChainLink(ChainLinkKind.THOUGHT, " \n\t\u3000 "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("description: ")
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> new Contact("c-1", "", ContactKind.PERSONAL, null, null, null, null, null, null, null, false))
                .hasMessageStartingWith("name: ")
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> new ChainLink(ChainLinkKind.THOUGHT, null))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("description");
    }

    @Test
    void aControlCharacterIsRefusedWithItsCodePointAndOffsetButNotTheText() {
        assertThatThrownBy(() -> Goal.longTerm("g-1", GoalArea.SAFETY, "SECRET plan\u0007").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("statement: ")
                .hasMessageContaining("U+0007")
                .hasMessageContaining("offset 11")
                .message().doesNotContain("SECRET");
    }

    @Test
    void bidiOverridesAndLoneSurrogatesAreRefusedWithoutTheText() {
        assertThatThrownBy(() -> new Contact("c-1", "SECRET\u202Eexe.gpj", ContactKind.PERSONAL, null, null, null, null, null, null, null, false))
                .hasMessageStartingWith("name: ")
                .hasMessageContaining("U+202E")
                .hasMessageContaining("offset 6")
                .hasMessageContaining("bidirectional")
                .message().doesNotContain("SECRET");
        assertThatThrownBy(() -> new ChainLink(ChainLinkKind.FEELING, "SECRET \uD83D alone"))
                .hasMessageStartingWith("description: ")
                .hasMessageContaining("U+D83D")
                .hasMessageContaining("offset 7")
                .message().doesNotContain("SECRET");
    }

    @Test
    void aLineBreakIsRefusedInASingleLineButNotInFreeText() {
        assertThatThrownBy(() -> new Contact("c-1", "SECRET\nline", ContactKind.PERSONAL, null, null, null, null, null, null, null, false))
                .hasMessageStartingWith("name: ")
                .hasMessageContaining("single line")
                .message().doesNotContain("SECRET");
        assertThatCode(() -> new ChainLink(ChainLinkKind.THOUGHT, "first line\r\nsecond\tline")).doesNotThrowAnyException();
    }

    @Test
    void textInAnyScriptIsAccepted() {
        String text = "Zoë Łukasz Ελπίδα Дмитрий שלום 希望 🙂 👩🏽 ⚕️ no\u00A0break می\u200Cخواهم ශ්\u200Dරී";

        assertThat(new ChainLink(ChainLinkKind.THOUGHT, text).description()).isEqualTo(text);
        assertThat(new Contact("c-1", text, ContactKind.PERSONAL, null, null, null, null, null, null, null, false).name()).isEqualTo(text);
    }

    @Test
    void overlongTextIsRefused() {
        assertThatThrownBy(() -> new Contact("c-1", "x".repeat(501), ContactKind.PERSONAL, null, null, null, null, null, null, null, false))
                .hasMessage("name: longer than 500 characters");
        assertThatThrownBy(() -> new ChainLink(ChainLinkKind.THOUGHT, "x".repeat(100_001)))
                .hasMessage("description: longer than 100000 characters");
    }

    @Test
    void aDuplicateIdNamesTheIdAndBothPlaces() {
        List<Goal> goals = List.of(
                Goal.longTerm("g-1", GoalArea.SAFETY, "Keep safe").build(),
                Goal.longTerm("g-1", GoalArea.COPING, "Cope").build());

        assertThatThrownBy(() -> plan().goals(goals).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("goals[1].id: ")
                .hasMessageContaining("'g-1'")
                .hasMessageContaining("goals[0].id");
    }

    @Test
    void aDuplicateIdAcrossSectionsNamesBothSections() {
        Contact contact = new Contact("p-1", "Friend", ContactKind.PERSONAL, null, null, null, null, null, null, null, false);

        assertThatThrownBy(() -> plan().contacts(List.of(contact)).build())
                .hasMessageStartingWith("contacts[0].id: ")
                .hasMessageContaining("'p-1'")
                .hasMessageContaining("person.id");
    }

    @Test
    void aDanglingReferenceNamesItsPath() {
        List<Goal> goals = List.of(
                Goal.longTerm("g-1", GoalArea.SAFETY, "Keep safe").build(),
                Goal.shortTerm("g-2", "g-missing", GoalArea.COPING, "Use the coping card").build());

        assertThatThrownBy(() -> plan().goals(goals).build())
                .hasMessage("goals[1].longTermGoalId: no long-term goal has id 'g-missing'");
    }

    @Test
    void aShortTermGoalCannotServeAnotherShortTermGoal() {
        List<Goal> goals = List.of(
                Goal.longTerm("g-1", GoalArea.SAFETY, "Keep safe").build(),
                Goal.shortTerm("g-2", "g-1", GoalArea.COPING, "Use the coping card").build(),
                Goal.shortTerm("g-3", "g-2", GoalArea.COPING, "Carry the card").build());

        assertThatThrownBy(() -> plan().goals(goals).build())
                .hasMessageStartingWith("goals[2].longTermGoalId: ");
    }

    @Test
    void aRiskManagementEntryForAMissingRiskNamesItsPath() {
        RiskManagementPlan riskPlan = new RiskManagementPlan(
                List.of(new RiskManagementEntry("rm-1", List.of("r-missing"), null, null, null, null)), null);

        assertThatThrownBy(() -> plan().riskManagementPlan(riskPlan).build())
                .hasMessage("riskManagementPlan.entries[0].riskIds[0]: no identified risk has id 'r-missing'");
    }

    @Test
    void listsAreUnmodifiableCopies() {
        List<String> triggers = new ArrayList<>(List.of("Money worries"));
        SelfHarmHistory history = new SelfHarmHistory(null, null, triggers, null, null, null, null, null);

        triggers.add("Exams");

        assertThat(history.triggers()).containsExactly("Money worries");
        assertThatThrownBy(() -> history.triggers().add("Exams")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(history.methods()).isEmpty();
        assertThatThrownBy(() -> history.methods().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullEntriesAndRepeatedIdsInListsAreRefused() {
        assertThatThrownBy(() -> new SelfHarmHistory(null, null, Arrays.asList("Exams", null), null, null, null, null, null))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("triggers[1]");
        assertThatThrownBy(() -> new Episode("e-1", START, List.of("m-1", "m-1"), null, null))
                .isInstanceOf(InvalidComponentException.class)
                .hasMessage("methodIds: an id is listed twice");
    }

    @Test
    void summariesCarryNoNames() {
        Contact contact = new Contact("c-1", "SECRET-CONTACT", ContactKind.PERSONAL, "SECRET-RELATIONSHIP", "SECRET-PHONE",
                null, null, "SECRET-ADDRESS", "GB", null, false);
        TeamMember member = new TeamMember("tm-1", "SECRET-CLINICIAN", "SECRET-ROLE", null, List.of("SECRET-RESPONSIBILITY"), "c-1");
        Signature signature = new Signature(SignatoryRole.CLINICIAN, "SECRET-SIGNER", START, "tm-1");
        CarePlan plan = plan()
                .contacts(List.of(contact))
                .careTeam(new CareTeam(List.of(member), "tm-1", null))
                .signOff(new SignOff(List.of(signature), null))
                .build();

        for (Object value : List.of(plan, PERSON, contact, member, signature)) {
            assertThat(value.toString()).doesNotContain("SECRET");
        }
        assertThat(PERSON.toString()).contains("p-1");
        assertThat(plan.toString()).contains("plan-1");
    }

    private static CarePlan.Builder plan() {
        return CarePlan.builder("plan-1", PERSON, START);
    }
}
