package org.waymark.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.validation.Plans.adult;
import static org.waymark.validation.Plans.validate;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waymark.model.CarePlan;

@Covers("TEXT-PRINTABLE")
class PrintableTextRulesTest {

    @Test
    void theExamplesPrint() {
        Expect.clean(validate(adult()), "TEXT-PRINTABLE");
        Expect.clean(validate(Plans.young()), "TEXT-PRINTABLE");
        Expect.clean(validate(Plans.draft()), "TEXT-PRINTABLE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë Ångström", "Nguyễn Thị Ánh", "Έλενα", "Алёна", "Ну́ра", "O’Brien – “Mo”", "Łukasz Żółć", "Zoe\u0308"})
    void latinGreekAndCyrillicNamesPrint(String name) {
        CarePlan plan = adult().withPerson(adult().person().withPreferredName(name));

        Expect.clean(validate(plan, Stage.FINAL), "TEXT-PRINTABLE");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\u0645\u062D\u0645\u062F",             // Arabic: right to left
        "\u05D3\u05D5\u05D3",                   // Hebrew: right to left
        "\u0905\u0928\u0941",                   // Devanagari: needs shaping
        "\u0E2A\u0E21",                         // Thai: needs shaping
        "\u674E\u660E",                         // CJK: no standard font has it
        "\u0915\u094D\u200D\u0937"})            // a joiner the model allows, in a script the documents cannot print
    void aNameInAScriptTheDocumentsCannotPrintIsAnErrorAtBothStages(String name) {
        CarePlan plan = adult().withPerson(adult().person().withPreferredName(name));

        for (Stage stage : Stage.values()) {
            ValidationReport report = validate(plan, stage);
            Expect.rule(report, "TEXT-PRINTABLE", "ERROR person.preferredName");
            assertThat(report.isAcceptable()).isFalse();
        }
    }

    @Test
    void theFindingNamesTheFirstCharacterThatCannotPrintAndItsOffsetWithoutQuotingTheText() {
        CarePlan plan = adult().withGoals(Plans.with(adult().goals(), 0, g -> g.withStatement("Feel settled \u674E and \u0645")));

        Finding f = validate(plan, Stage.DRAFT).byRule("TEXT-PRINTABLE").get(0);

        assertThat(f.path()).hasToString("goals[0].statement");
        assertThat(f.parameter("start")).isEqualTo(13);
        assertThat(f.parameter("character")).isEqualTo("U+674E CJK UNIFIED IDEOGRAPHS 674E");
        assertThat(f.message()).contains("U+674E").doesNotContain("Feel settled");
        assertThat(validate(plan, Stage.DRAFT).byRule("TEXT-PRINTABLE")).hasSize(1);
    }

    @Test
    void aHostThatPrintsWithItsOwnFontsSaysWhatTheyPrint() {
        CarePlan plan = adult().withPerson(adult().person().withPreferredName("\u674E\u660E"));
        PlanValidator withCjkFont = PlanValidator.builder()
                .printable(cp -> PlanValidator.printsWithStandardFonts(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .build();

        Expect.clean(withCjkFont.validate(plan, Stage.FINAL, LocalDate.of(2026, 11, 23)), "TEXT-PRINTABLE");
    }
}
