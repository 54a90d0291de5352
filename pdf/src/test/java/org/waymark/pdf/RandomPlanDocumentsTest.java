package org.waymark.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.waymark.model.CarePlan;
import org.waymark.pdf.internal.layout.Pdfs;
import org.waymark.pdf.internal.layout.VeraPdf;
import org.waymark.testing.CrisisRoutes;

/**
 * Fifty random valid plans (seeded, so failures reproduce), each printed as all three documents:
 * every file is PDF/A-2u and PDF/UA-1, the card keeps to two A6 pages at 12 pt or more, the plan
 * for the person and the card print every crisis number the plan records, and nothing prints a
 * risk level or score.
 */
class RandomPlanDocumentsTest {

    static final int PLANS = 50;

    @Test
    void everyDocumentOfFiftyRandomPlansConformsAndTheCardStaysOnTwoPages() {
        List<String> failures = new ArrayList<>();
        LongStream.range(1, PLANS + 1).forEach(seed -> {
            CarePlan plan = RandomPlans.plan(seed);
            for (DocumentKind kind : DocumentKind.values()) {
                byte[] pdf = TestDocs.render(kind, plan);
                String where = "seed " + seed + " " + kind.code() + ": ";
                VeraPdf.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_U).forEach(f -> failures.add(where + f));
                VeraPdf.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1).forEach(f -> failures.add(where + f));
                String text = TestDocs.text(pdf);
                if (TestDocs.FORBIDDEN.matcher(text).find()) {
                    failures.add(where + "prints a risk level or score");
                }
                if (kind != DocumentKind.CARE_PLAN) {
                    CrisisRoutes.missing(plan, text).forEach(n -> failures.add(where + "leaves out crisis number " + n));
                }
                if (kind == DocumentKind.CARD) {
                    try (PDDocument doc = Pdfs.load(pdf)) {
                        // The routes to help are never shortened: a side may only run over when they
                        // alone fill more than a side.
                        int routes = CrisisRoutes.routes(plan).size();
                        if (doc.getNumberOfPages() != 2 && routes <= 5) {
                            failures.add(where + "card has " + doc.getNumberOfPages() + " pages with " + routes
                                    + " crisis routes");
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    if (TestDocs.fontSizes(pdf).stream().anyMatch(s -> s < 12f)) {
                        failures.add(where + "card has text below 12 pt");
                    }
                }
            }
        });
        assertThat(failures).isEmpty();
    }
}
