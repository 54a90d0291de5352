package org.waymark.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;
import org.waymark.model.SafetyPlan;
import org.waymark.pdf.internal.layout.Pdfs;
import org.waymark.pdf.internal.layout.VeraPdf;

/**
 * The safety card, designed for a bad moment: the emergency number first and large, body text of
 * at least 12 pt, the six steps with the plans' numbers and names, nothing cut, no page furniture;
 * on A6 or on a folded A4 sheet.
 */
class SafetyCardDocumentTest {

    private static final List<String> STEPS = List.of("1. Warning signs", "2. Things to do to cope",
            "3. People and places that distract", "4. People to ask for help", "5. Services and crisis lines",
            "6. Making surroundings safer", "Reasons for living");

    private final CarePlan adult = ExamplePlans.load(ExamplePlans.ADULT_COMPLETE);

    private static byte[] card(CarePlan plan, CardLayout layout) {
        return SafetyCardDocument.toBytes(plan, TestDocs.options(plan).withCardLayout(layout));
    }

    @ParameterizedTest
    @EnumSource(CardLayout.class)
    void holdsTheSixStepsAndReasonsWithThePlansNumbersAndNames(CardLayout layout) {
        String text = TestDocs.flatText(card(adult, layout));

        assertThat(text).contains(STEPS);
        assertThat(text).contains("Emergency? Call 999 now.").contains("Samaritans: Call 116 123")
                .contains("Shout: Text SHOUT to 85258").contains("Marta (Sister): Call 07700 900123");
    }

    @Test
    void theFoldedA4CardHoldsTheWholeSafetyPlanOfTheExample() throws IOException {
        byte[] pdf = card(adult, CardLayout.A4_FOLD);
        String text = TestDocs.flatText(pdf);

        for (String item : adult.safetyPlan().warningSigns()) {
            assertThat(text).contains(item);
        }
        for (String item : adult.safetyPlan().reasonsForLiving()) {
            assertThat(text).contains(item);
        }
        assertThat(text).doesNotContain("in your full plan");
        try (PDDocument doc = Pdfs.load(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(Paper.A4.height());
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(Paper.A4.width());
        }
        VeraPdf.assertPdfAAndUa(pdf);
    }

    @ParameterizedTest
    @EnumSource(CardLayout.class)
    void bodyIsAtLeastTwelvePointsAndTheEmergencyLineIsTheLargestTextAtLeastEighteen(CardLayout layout)
            throws IOException {
        byte[] pdf = card(adult, layout);
        List<TextPosition> glyphs = glyphs(pdf);

        assertThat(glyphs).allSatisfy(g -> assertThat(g.getFontSizeInPt()).isGreaterThanOrEqualTo(12f));
        float largest = 0;
        StringBuilder largestText = new StringBuilder();
        for (TextPosition g : glyphs) {
            if (g.getFontSizeInPt() > largest + 0.01f) {
                largest = g.getFontSizeInPt();
                largestText.setLength(0);
            }
            if (Math.abs(g.getFontSizeInPt() - largest) < 0.01f) {
                largestText.append(g.getUnicode());
            }
        }
        assertThat(largest).isGreaterThanOrEqualTo(18f);
        assertThat(largestText.toString().replace('\u00a0', ' ')).startsWith("Emergency?Call 999 now.");
    }

    @ParameterizedTest
    @EnumSource(CardLayout.class)
    void hasNoPageNumbersHeaderOrFooter(CardLayout layout) {
        String text = TestDocs.flatText(card(adult, layout));

        assertThat(text).doesNotContain("Page 1").doesNotContain("Private: my safety card");
    }

    @Test
    void leavesOutInstrumentsAndTheNameAndIgnoresThePaper() throws IOException {
        byte[] pdf = SafetyCardDocument.toBytes(adult, TestDocs.options(adult).withPaper(Paper.LETTER));
        String text = TestDocs.flatText(pdf);

        assertThat(text).doesNotContain("PHQ-9").doesNotContain("Zoë Łukasz").doesNotContain("formulation");
        try (PDDocument doc = Pdfs.load(pdf)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(Paper.A6.width());
        }
    }

    @Test
    void fillsTheSideBeforeShorteningNoListCouldHoldOneMoreItem() {
        byte[] pdf = card(adult, CardLayout.A6);
        String front = TestDocs.flat(Pdfs.pageTexts(pdf).get(0));

        // The example's warning signs are one line each: all three fit where two and a mark did.
        for (String item : adult.safetyPlan().warningSigns()) {
            assertThat(front).contains(item);
        }
        assertThat(front).doesNotContain("…and 1 more in your full plan");
    }

    @Test
    void shortensLongListsWithAMarkNeverCutsAnItemAndStaysOnTwoPages() throws IOException {
        List<String> signs = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            signs.add("Warning sign number " + i + " that I notice when things start to slip");
        }
        SafetyPlan sp = adult.safetyPlan();
        CarePlan plan = adult.withSafetyPlan(sp.withWarningSigns(signs).withCopingStrategies(signs));
        byte[] pdf = TestDocs.render(DocumentKind.CARD, plan);
        String front = TestDocs.flat(Pdfs.pageTexts(pdf).get(0));

        try (PDDocument doc = Pdfs.load(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
        }
        assertThat(front).containsPattern("…and \\d+ more in your full plan")
                .contains("Warning sign number 1 that I notice when things start to slip")
                .doesNotContain("Warning sign number 40");
        assertThat(front).doesNotContainPattern("Warning sign number \\d+ that I notice when things start to slip…");
        VeraPdf.assertPdfAAndUa(pdf);
    }

    @Test
    void leavesLinesToWriteOnWhereTheSafetyPlanIsEmptyAndGivesNationalLinesLabelled() {
        CarePlan draft = ExamplePlans.load(ExamplePlans.DRAFT_WITH_GAPS);
        String text = TestDocs.flatText(TestDocs.render(DocumentKind.CARD, draft));

        assertThat(text).doesNotContain("Not filled in yet").doesNotContain("Nothing here yet");
        assertThat(text).contains(STEPS);
        assertThat(text).contains("Emergency? Call 999 now.").contains("DRAFT")
                .contains("No crisis line is in your plan yet. National lines, free for anyone:")
                .contains("Samaritans: Call 116 123");
    }

    @Test
    void aHostCanTurnTheNationalLinesOff() {
        CarePlan draft = ExamplePlans.load(ExamplePlans.DRAFT_WITH_GAPS);
        String text = TestDocs.flatText(SafetyCardDocument.toBytes(draft,
                TestDocs.options(draft).withNationalCrisisLines(false)));

        assertThat(text).contains("No crisis line is in your plan yet. Ask your care team which one to use.")
                .doesNotContain("116 123").contains("Emergency? Call 999 now.");
    }

    private static List<TextPosition> glyphs(byte[] pdf) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument doc = Pdfs.load(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        if (!p.getUnicode().isBlank()) {
                            glyphs.add(p);
                        }
                    }
                }
            };
            stripper.getText(doc);
        }
        return glyphs;
    }
}
