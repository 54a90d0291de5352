package org.waymark.pdf.internal.layout;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.waymark.pdf.Paper;
import org.waymark.pdf.TestRendering;

/** Every kind of block, on every paper, passes veraPDF for PDF/A-2u and PDF/UA-1. */
class ComplianceTest {

    @ParameterizedTest
    @EnumSource(Paper.class)
    void everyBlockOnEveryPaperIsPdfA2uAndPdfUa1(Paper paper) {
        byte[] pdf = TestRendering.render(Samples.everything(), Samples.options(paper));

        VeraPdf.assertPdfAAndUa(pdf);
    }
}
