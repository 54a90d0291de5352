package org.waymark.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;
import org.waymark.model.SafetyPlan;
import org.waymark.pdf.internal.layout.Pdfs;
import org.waymark.pdf.internal.layout.VeraPdf;

/** The pocket card: two legible A6 pages; what does not fit is cut explicitly. */
class SafetyCardDocumentTest {

    private final CarePlan adult = ExamplePlans.load(ExamplePlans.ADULT_COMPLETE);

    @Test
    void frontHasTheSignsCopingAndPeopleAndBackHasServicesEmergencyAndReasons() {
        List<String> pages = Pdfs.pageTexts(TestDocs.render(DocumentKind.CARD, adult));
        String front = TestDocs.flat(pages.get(0));
        String back = TestDocs.flat(pages.get(1));

        assertThat(front).contains("I stop answering messages").contains("Cold water on my face or hands")
                .contains("The swimming pool on Mill Road").contains("Marta (Sister): Call 07700 900123");
        assertThat(back).contains("Emergency? Call 999 now.").contains("Samaritans: Call 116 123")
                .contains("Shout: Text SHOUT to 85258").contains("My sister and my nephew");
    }

    @Test
    void neverSetsTextBelowNinePoints() {
        assertThat(TestDocs.fontSizes(TestDocs.render(DocumentKind.CARD, adult))).allSatisfy(s -> assertThat(s)
                .isGreaterThanOrEqualTo(9f));
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
    void cutsLongListsExplicitlyAndStaysOnTwoPages() throws IOException {
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
        assertThat(front).containsPattern("…and \\d+ more in your full plan").contains("Warning sign number 1 ")
                .contains("The swimming pool on Mill Road").doesNotContain("Warning sign number 40");
        assertThat(TestDocs.fontSizes(pdf)).allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(9f));
        VeraPdf.assertPdfAAndUa(pdf);
    }

    @Test
    void saysWhatToDoWithoutASafetyPlanOrEmergencyContact() {
        CarePlan draft = ExamplePlans.load(ExamplePlans.DRAFT_WITH_GAPS);
        String text = TestDocs.flatText(TestDocs.render(DocumentKind.CARD, draft));

        assertThat(text).contains("Not filled in yet").contains("Emergency? Call 999 now.");
    }
}
