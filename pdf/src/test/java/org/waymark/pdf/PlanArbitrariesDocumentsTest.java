package org.waymark.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.waymark.model.CarePlan;
import org.waymark.pdf.internal.layout.VeraPdf;
import org.waymark.testing.PlanArbitraries;

/**
 * The project's random plans ({@link PlanArbitraries}, whose text also holds Hebrew, Arabic, CJK
 * and emoji): every document either prints as PDF/A-2u and PDF/UA-1, or fails with a
 * {@link RenderException} whose message names a code point and a section path and nothing of the
 * plan's text.
 */
class PlanArbitrariesDocumentsTest {

    @Provide
    Arbitrary<CarePlan> plans() {
        return PlanArbitraries.plans();
    }

    @Property(tries = 50, seed = "20261123")
    void everyDocumentPrintsConformingOrFailsWithoutPatientText(@ForAll("plans") CarePlan plan) {
        for (DocumentKind kind : DocumentKind.values()) {
            byte[] pdf;
            try {
                pdf = TestDocs.render(kind, plan);
            } catch (RenderException e) {
                assertThat(e.reason()).isIn(RenderException.Reason.RIGHT_TO_LEFT_SCRIPT,
                        RenderException.Reason.MISSING_GLYPH, RenderException.Reason.COMPLEX_SCRIPT,
                        RenderException.Reason.UNPRINTABLE_CHARACTER);
                assertThat(e.getMessage()).matches("U\\+[0-9A-F]{4,6} [A-Z0-9 \\-]+ in (section '[a-z0-9.\\-]+' at )?"
                        + "[a-zA-Z0-9\\[\\]. +]+ cannot be set: [a-z ,\\-]+");
                continue;
            }
            VeraPdf.assertPdfAAndUa(pdf);
            assertThat(TestDocs.FORBIDDEN.matcher(TestDocs.text(pdf)).find()).isFalse();
        }
    }
}
