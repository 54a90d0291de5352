package org.waymark.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;
import org.waymark.pdf.internal.doc.CarePlanLayout;
import org.waymark.pdf.internal.doc.PersonPlanLayout;
import org.waymark.pdf.internal.doc.SafetyCardLayout;
import org.waymark.pdf.internal.layout.PdfRenderer;
import org.waymark.pdf.internal.layout.RenderFailure;
import org.waymark.pdf.internal.layout.RenderSettings;
import org.waymark.validation.PlanValidator;
import org.waymark.validation.Stage;
import org.waymark.validation.ValidationReport;

/**
 * Text the layout code refuses reaches a caller as the public {@link RenderException} from every
 * public way to print a document: with the reason, code point, location and message the layout
 * code reported, and nothing written to the caller's stream.
 */
class RenderFailuresTest {

    private static final CarePlan ADULT = ExamplePlans.load(ExamplePlans.ADULT_COMPLETE);
    private static final ValidationReport REPORT = PlanValidator.standard(Clock.fixed(TestDocs.CREATED, ZoneOffset.UTC))
            .validate(ADULT, Stage.FINAL);
    /** Words around the refused character, which no message may quote. */
    private static final String WORDS = "Feeling cut off from";

    /** One public way to print: to a stream, or into bytes that are then copied to the stream. */
    private interface Print {
        void print(CarePlan plan, PdfOptions options, OutputStream out) throws IOException;
    }

    static Stream<Arguments> entryPoints() {
        List<Arguments> list = new ArrayList<>();
        add(list, "CarePlanDocument.render", DocumentKind.CARE_PLAN, CarePlanDocument::render);
        add(list, "CarePlanDocument.render with a report", DocumentKind.CARE_PLAN,
                (p, o, out) -> CarePlanDocument.render(p, REPORT, o, out));
        add(list, "CarePlanDocument.toBytes", DocumentKind.CARE_PLAN,
                (p, o, out) -> out.write(CarePlanDocument.toBytes(p, o)));
        add(list, "CarePlanDocument.toBytes with a report", DocumentKind.CARE_PLAN,
                (p, o, out) -> out.write(CarePlanDocument.toBytes(p, REPORT, o)));
        add(list, "PersonPlanDocument.render", DocumentKind.PERSON, PersonPlanDocument::render);
        add(list, "PersonPlanDocument.toBytes", DocumentKind.PERSON,
                (p, o, out) -> out.write(PersonPlanDocument.toBytes(p, o)));
        add(list, "SafetyCardDocument.render", DocumentKind.CARD, SafetyCardDocument::render);
        add(list, "SafetyCardDocument.toBytes", DocumentKind.CARD,
                (p, o, out) -> out.write(SafetyCardDocument.toBytes(p, o)));
        for (DocumentKind kind : DocumentKind.values()) {
            add(list, "Documents.render " + kind.code(), kind, (p, o, out) -> Documents.render(kind, p, o, out));
            add(list, "Documents.toBytes " + kind.code(), kind, (p, o, out) -> out.write(Documents.toBytes(kind, p, o)));
        }
        return list.stream();
    }

    private static void add(List<Arguments> list, String name, DocumentKind kind, Print print) {
        // U+0632 ARABIC LETTER ZAIN is refused by script, U+4E2D (a CJK ideograph) for want of a glyph.
        for (int codePoint : new int[] {0x0632, 0x4E2D}) {
            for (CardLayout card : CardLayout.values()) {
                list.add(Arguments.of(name, kind, print, codePoint, card));
            }
        }
    }

    @ParameterizedTest(name = "{0}, U+{3}, card {4}")
    @MethodSource("entryPoints")
    void aRefusedCharacterIsTheLayoutCodesFailureAsThePublicExceptionAndNothingIsWritten(String name,
            DocumentKind kind, Print print, int codePoint, CardLayout card) {
        CarePlan plan = withWarningSign(WORDS + " " + Character.toString(codePoint) + " everyone");
        PdfOptions options = TestDocs.options(plan).withCardLayout(card);
        RenderFailure expected = layoutCodesFailure(kind, plan, options);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        RenderException e = catchThrowableOfType(RenderException.class, () -> print.print(plan, options, out));

        assertThat(expected.reason()).isEqualTo(codePoint == 0x0632 ? RenderFailure.Reason.RIGHT_TO_LEFT_SCRIPT
                : RenderFailure.Reason.MISSING_GLYPH);
        assertThat(expected.location()).as("a section and a path").matches("section '[a-z.-]+' at blocks\\[\\d+\\]\\S*");
        assertThat(e).as(name).isNotNull();
        assertThat(e.reason().name()).isEqualTo(expected.reason().name());
        assertThat(e.codePoint()).hasValue(codePoint);
        assertThat(e.location()).isEqualTo(expected.location());
        assertThat(e.getMessage()).isEqualTo(expected.getMessage())
                .startsWith(RenderException.describe(codePoint) + " in " + expected.location() + " cannot be set: ")
                .doesNotContain(WORDS);
        assertThat(e.getCause()).isNull();
        assertThat(out.size()).as("nothing written").isZero();
    }

    @Test
    void anOutputFailureKeepsItsMessageAndCause() {
        IOException cause = new IOException("disk full");

        RenderException e = RenderException.of(RenderFailure.ofOutput("the PDF could not be written", cause));

        assertThat(e.reason()).isEqualTo(RenderException.Reason.PDF_OUTPUT);
        assertThat(e.codePoint()).isEmpty();
        assertThat(e.location()).isEqualTo("document");
        assertThat(e.getMessage()).isEqualTo("the PDF could not be written");
        assertThat(e.getCause()).isSameAs(cause);
    }

    @Test
    void aFailureCausedByAnotherIsTranslatedAllTheWayDown() {
        RenderFailure inner = RenderFailure.ofCharacter(RenderFailure.Reason.COMPLEX_SCRIPT, 0x0915, "blocks[3]");

        RenderException e = RenderException.of(RenderFailure.ofOutput("the PDF could not be written", inner));

        assertThat(e.getCause()).isInstanceOfSatisfying(RenderException.class, c -> {
            assertThat(c.reason()).isEqualTo(RenderException.Reason.COMPLEX_SCRIPT);
            assertThat(c.codePoint()).hasValue(0x0915);
            assertThat(c.location()).isEqualTo("blocks[3]");
            assertThat(c.getMessage()).isEqualTo(inner.getMessage());
        });
    }

    @Test
    void everyReasonOfTheLayoutCodeIsThePublicReasonOfTheSameNameWithTheSameMessage() {
        assertThat(RenderFailure.Reason.values()).hasSameSizeAs(RenderException.Reason.values());
        for (RenderFailure.Reason reason : RenderFailure.Reason.values()) {
            RenderException e = RenderException.of(RenderFailure.ofCharacter(reason, 0x05D0, "blocks[1]"));
            RenderException direct = RenderException.ofCharacter(RenderException.Reason.valueOf(reason.name()), 0x05D0,
                    "blocks[1]");

            assertThat(e.reason()).isEqualTo(direct.reason());
            assertThat(e.getMessage()).isEqualTo(direct.getMessage());
            assertThat(e.location()).isEqualTo("blocks[1]");
            assertThat(e.codePoint()).hasValue(0x05D0);
        }
    }

    /** What the layout code itself throws for the document, printed as the document classes print it. */
    private static RenderFailure layoutCodesFailure(DocumentKind kind, CarePlan plan, PdfOptions options) {
        RenderSettings settings = Rendering.settings(options);
        RenderSettings card = SafetyCardLayout.onCard(settings);
        return catchThrowableOfType(RenderFailure.class, () -> {
            switch (kind) {
                case CARE_PLAN -> PdfRenderer.render(CarePlanLayout.layout(plan, null, settings), settings);
                case PERSON -> PdfRenderer.render(PersonPlanLayout.layout(plan, settings), settings);
                case CARD -> PdfRenderer.render(SafetyCardLayout.layout(plan, card), card);
                default -> throw new AssertionError(kind);
            }
        });
    }

    /** The plan with a first warning sign, which all three documents print in the safety plan. */
    private static CarePlan withWarningSign(String sign) {
        List<String> signs = new ArrayList<>(ADULT.safetyPlan().warningSigns());
        signs.add(0, sign);
        return ADULT.withSafetyPlan(ADULT.safetyPlan().withWarningSigns(signs));
    }
}
