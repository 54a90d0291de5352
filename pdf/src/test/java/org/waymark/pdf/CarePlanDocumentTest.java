package org.waymark.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;
import org.waymark.model.Contact;
import org.waymark.model.Goal;
import org.waymark.pdf.internal.layout.Pdfs;
import org.waymark.pdf.internal.layout.VeraPdf;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.Stage;
import org.waymark.validation.ValidationReport;

/** The clinician's care plan: sections in order, content in reading order, wording per locale. */
class CarePlanDocumentTest {

    static final List<String> SECTIONS = List.of("The person", "Self-harm history and functional assessment",
            "Assessment of needs", "Risk formulation", "Instrument observations", "Aims of treatment", "Goals",
            "Interventions", "Medication", "Care team", "Risk management plan", "Safety plan", "Contacts",
            "Sharing and consent", "Review", "Treatment decisions", "Signatures");

    private final CarePlan adult = ExamplePlans.load(ExamplePlans.ADULT_COMPLETE);

    @Test
    void printsEverySectionInOrderWithABookmarkEach() throws IOException {
        byte[] pdf = TestDocs.render(DocumentKind.CARE_PLAN, adult);
        String text = TestDocs.text(pdf);

        assertInOrder(text, SECTIONS.stream().map(s -> "\n" + s + "\n").toList());
        try (PDDocument doc = Pdfs.load(pdf)) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).containsExactlyElementsOf(SECTIONS);
        }
    }

    @Test
    void printsGoalsContactsAndPhoneNumbersInReadingOrder() {
        String text = TestDocs.flatText(TestDocs.render(DocumentKind.CARE_PLAN, adult));

        assertInOrder(text, adult.goals().stream().map(Goal::statement).map(TestDocs::flat).toList());
        List<String> contacts = new ArrayList<>();
        for (Contact c : adult.contacts()) {
            contacts.add(TestDocs.flat(c.name()));
            contacts.add(c.phone() != null ? c.phone() : c.sms());
        }
        int contactsSection = text.indexOf(" Contacts Who Kind");
        assertThat(contactsSection).isPositive();
        assertInOrder(text.substring(contactsSection), contacts);
    }

    @Test
    void phoneNumbersExtractExactlyAsRecordedInEveryDocument() {
        CarePlan young = ExamplePlans.load(ExamplePlans.YOUNG_PERSON_FAMILY);
        List<String> numbers = young.contacts().stream().map(Contact::phone).filter(p -> p != null && p.contains("-"))
                .toList();
        assertThat(numbers).isNotEmpty();

        for (DocumentKind kind : DocumentKind.values()) {
            // Raw extraction: no no-break characters are folded, so a number copies and dials as typed.
            String text = Pdfs.text(TestDocs.render(kind, young)).replace('\n', ' ');
            assertThat(text).as(kind.name()).doesNotContain("\u2011");
            if (kind != DocumentKind.CARD) {
                assertThat(text).as(kind.name()).contains(numbers);
            }
        }
    }

    @Test
    void writesBritishWordingAndDatesForEnGb() {
        String text = TestDocs.flatText(TestDocs.render(DocumentKind.CARE_PLAN, adult));

        assertThat(text).contains("Shared with the GP: 6 October 2026").contains("Start date: 5 October 2026")
                .doesNotContain("primary care provider");
    }

    @Test
    void writesUsWordingAndDatesForEnUs() {
        CarePlan young = ExamplePlans.load(ExamplePlans.YOUNG_PERSON_FAMILY);
        String text = TestDocs.flatText(TestDocs.render(DocumentKind.CARE_PLAN, young));

        assertThat(text).contains("Shared with the primary care provider").contains("Start date: September 14, 2026")
                .contains("Dialectical behavior therapy").doesNotContain("Shared with the GP");
    }

    @Test
    void printsTheStructuredFieldsBesideTheWords() {
        String adultText = TestDocs.flatText(TestDocs.render(DocumentKind.CARE_PLAN, adult));
        CarePlan young = ExamplePlans.load(ExamplePlans.YOUNG_PERSON_FAMILY);
        String youngText = TestDocs.flatText(TestDocs.render(DocumentKind.CARE_PLAN, young));

        // a method's rate as a count per period, then the clinician's words
        assertThat(adultText).contains("Twice a week About twice a week");
        assertThat(youngText).contains("3 times a week Three or four");
        // a medication's coded condition and the record that it is not for self-harm
        assertInOrder(adultText, List.of("Sertraline", "Recorded as not for self-harm", "Depression"));
        // the needs a decision rests on, named as the needs assessment names them, before the rationale
        assertThat(adultText).contains("Rests on these needs: Coping strategies; Mental health problems;");
        assertThat(youngText).contains("Rests on these needs: Mental health problems;");
    }

    @Test
    void showsGapsAsNotRecordedAndLeavesSignatureLines() {
        CarePlan draft = ExamplePlans.load(ExamplePlans.DRAFT_WITH_GAPS);
        String text = TestDocs.flatText(TestDocs.render(DocumentKind.CARE_PLAN, draft));

        assertThat(text).contains("Treatment decisions Not recorded").contains("Next review: Not recorded")
                .contains("Signature of the clinician responsible").contains("Signature of Siobhán O'Connor-Ødegård");
        for (String section : SECTIONS) {
            assertThat(text).contains(section);
        }
    }

    @Test
    void printsTheFormulationAsWordsWithoutAScore() {
        String text = TestDocs.flatText(TestDocs.render(DocumentKind.CARE_PLAN, adult));

        assertThat(text).contains("Risk formulation").contains("It gives no score or category")
                .contains(TestDocs.flat(adult.riskFormulation().risks().get(0).description()));
    }

    @Test
    void letterAndA4CanBeChosenOverTheLocaleDefault() throws IOException {
        byte[] letter = CarePlanDocument.toBytes(adult, TestDocs.options(adult).withPaper(Paper.LETTER));
        try (PDDocument doc = Pdfs.load(letter)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
        assertThat(Paper.defaultFor(Locale.US)).isEqualTo(Paper.LETTER);
        assertThat(Paper.defaultFor(Locale.UK)).isEqualTo(Paper.A4);
        assertThat(Paper.defaultFor(Locale.FRANCE)).isEqualTo(Paper.A4);
        assertThat(Paper.defaultFor(Locale.ENGLISH)).isEqualTo(Paper.A4);
    }

    @Test
    void printsValidationFindingsInAnAppendix() {
        CarePlan gaps = adult.withNextReview(adult.startDate().plusMonths(13))
                .withSharing(adult.sharing().withGp(null));
        ValidationReport report = PlanValidator.standard().validate(gaps, Stage.FINAL, java.time.LocalDate.of(2026, 11, 23));
        byte[] pdf = CarePlanDocument.toBytes(gaps, report, TestDocs.options(gaps));
        String text = TestDocs.flatText(pdf);

        assertThat(report.findings()).extracting(f -> f.ruleId()).contains("REVIEW-WITHIN-12-MONTHS", "SHARED-WITH-GP");
        assertThat(text).contains("Appendix: validation findings").contains("Review › next review date")
                .contains("Error CG133 REVIEW-WITHIN-12-").contains("Warning CG133 SHARED-WITH-GP")
                .contains("Sharing and consent › gp sharing.gp").contains("Checked on 23 November 2026");
        VeraPdf.assertPdfAAndUa(pdf);
    }

    @Test
    void aNullReportPrintsNoAppendixAndTheOverloadsAreNotAmbiguous() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CarePlanDocument.render(adult, null, TestDocs.options(adult), out);

        assertThat(out.toByteArray()).isEqualTo(CarePlanDocument.toBytes(adult, null, TestDocs.options(adult)))
                .isEqualTo(CarePlanDocument.toBytes(adult, TestDocs.options(adult)));
        assertThat(TestDocs.flatText(out.toByteArray())).doesNotContain("Appendix: validation findings");
    }

    @Test
    void printsAValidatorsReportInTheAppendix() throws IOException {
        CarePlan draft = ExamplePlans.load(ExamplePlans.DRAFT_WITH_GAPS);
        ValidationReport report = PlanValidator.standard(java.time.Clock.fixed(TestDocs.CREATED, java.time.ZoneOffset.UTC))
                .validate(draft, Stage.FINAL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CarePlanDocument.render(draft, report, TestDocs.options(draft), out);
        String text = TestDocs.flatText(out.toByteArray());

        assertThat(report.findings()).isNotEmpty();
        assertThat(text).contains("Appendix: validation findings").contains("Stage: final").contains("Profile: NG225");
        // Lines may break after a hyphen ("dependent-" / "children"): compare without whitespace.
        String squeezed = text.replaceAll("\\s+", "");
        for (var finding : report.findings()) {
            assertThat(squeezed).contains(finding.ruleId());
            assertThat(squeezed).contains(finding.path().toString().replaceAll("\\s+", ""));
        }
        // In a clinician's words: names with the id after them, labels for codes, dates in the
        // plan's locale, and paths through the sections.
        String appendix = text.substring(text.indexOf("Appendix: validation findings"));
        assertThat(appendix).contains("This short-term goal has no steps.")
                .contains("Goals › “Stop cutting.” › steps").contains("needs of dependent children")
                .contains("Contacts › Work friend › phone").contains("10 November 2026")
                .doesNotContain("c-friend").doesNotContain("g-st-1")
                .doesNotContainPattern("(?<![\\w-])(?<!- )\\d{4}-\\d{2}-\\d{2}(?![\\w-])");
        VeraPdf.assertPdfAAndUa(out.toByteArray());
    }

    @Test
    void rightToLeftTextFailsWithTheSectionAndNoPatientTextAndWritesNothing() {
        String arabic = "\u0632\u064a\u0646\u0628";
        CarePlan plan = adult.withPerson(adult.person().withPreferredName(arabic));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> CarePlanDocument.render(plan, TestDocs.options(plan), out))
                .isInstanceOfSatisfying(RenderException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RenderException.Reason.RIGHT_TO_LEFT_SCRIPT);
                    assertThat(e.location()).contains("section 'person'");
                    assertThat(e.getMessage()).doesNotContain(arabic).doesNotContain("Łukasz");
                });
        assertThat(out.size()).isZero();
    }

    @Test
    void emojiInAGoalFailsNamingTheGoalsSection() {
        Goal first = adult.goals().get(0);
        List<Goal> goals = new ArrayList<>(adult.goals());
        goals.set(0, first.withStatement("Swim every week \uD83C\uDFCA"));
        CarePlan plan = adult.withGoals(goals);

        assertThatThrownBy(() -> TestDocs.render(DocumentKind.CARE_PLAN, plan))
                .isInstanceOfSatisfying(RenderException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RenderException.Reason.MISSING_GLYPH);
                    assertThat(e.location()).startsWith("section 'goals");
                    assertThat(e.getMessage()).doesNotContain("Swim");
                });
    }

    static void assertInOrder(String text, List<String> parts) {
        int at = 0;
        for (String part : parts) {
            int found = text.indexOf(part, at);
            assertThat(found).as("'%s' after offset %d", part.strip(), at).isGreaterThanOrEqualTo(0);
            at = found + part.length();
        }
    }
}
