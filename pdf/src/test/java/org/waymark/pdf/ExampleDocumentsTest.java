package org.waymark.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;
import org.waymark.pdf.internal.layout.Pdfs;
import org.waymark.pdf.internal.layout.VeraPdf;

/**
 * Every document of every example plan: PDF/A-2u and PDF/UA-1 by veraPDF, the right paper,
 * "Page 1 of N" on the first page, the notice that the plan describes nobody, no risk level or
 * score, no name in the metadata, and the same bytes when printed twice.
 */
class ExampleDocumentsTest {

    static Stream<Arguments> documents() {
        List<Arguments> list = new ArrayList<>();
        for (String name : ExamplePlans.names()) {
            for (DocumentKind kind : DocumentKind.values()) {
                list.add(Arguments.of(name, kind));
            }
        }
        return list.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void conformsToPdfAAndPdfUa(String name, DocumentKind kind) {
        VeraPdf.assertPdfAAndUa(TestDocs.render(kind, ExamplePlans.load(name)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void isPrintedOnThePaperOfThePersonsLocale(String name, DocumentKind kind) throws IOException {
        CarePlan plan = ExamplePlans.load(name);
        Paper expected = kind == DocumentKind.CARD ? Paper.A6
                : plan.person().locale().getCountry().equals("US") ? Paper.LETTER : Paper.A4;
        try (PDDocument doc = Pdfs.load(TestDocs.render(kind, plan))) {
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(expected.width(), org.assertj.core.data.Offset.offset(0.01f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(expected.height(), org.assertj.core.data.Offset.offset(0.01f));
            }
            if (kind == DocumentKind.CARD) {
                assertThat(doc.getNumberOfPages()).isEqualTo(2);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void numbersPagesAndSaysTheExampleDescribesNobody(String name, DocumentKind kind) {
        byte[] pdf = TestDocs.render(kind, ExamplePlans.load(name));
        List<String> pages = Pdfs.pageTexts(pdf);

        if (kind == DocumentKind.CARD) {
            // A card needs no page numbers: its two sides say what they are.
            assertThat(pages).noneSatisfy(p -> assertThat(p).contains("Page 1"));
        } else {
            assertThat(pages.get(0)).contains("Page 1 of " + pages.size());
            assertThat(pages).allSatisfy(p -> assertThat(TestDocs.flat(p)).contains("Printed "));
        }
        assertThat(pages).allSatisfy(p -> assertThat(p).contains("describes nobody"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void aDraftSaysDraftOnEveryPageAndOnlyADraftDoes(String name, DocumentKind kind) {
        CarePlan plan = ExamplePlans.load(name);
        List<String> pages = Pdfs.pageTexts(TestDocs.render(kind, plan));

        if (plan.status() == org.waymark.model.PlanStatus.DRAFT) {
            assertThat(pages).allSatisfy(p -> assertThat(p).contains("DRAFT"));
        } else {
            assertThat(pages).noneSatisfy(p -> assertThat(p).contains("DRAFT"));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void aServiceNameHeadsTheDocument(String name, DocumentKind kind) {
        CarePlan plan = ExamplePlans.load(name);
        byte[] pdf = Documents.toBytes(kind, plan, TestDocs.options(plan).withServiceName("Northside Community Team"));

        assertThat(Pdfs.pageTexts(pdf).get(0)).contains("Northside Community Team");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void neverPrintsARiskLevelOrScore(String name, DocumentKind kind) {
        String text = TestDocs.text(TestDocs.render(kind, ExamplePlans.load(name)));

        assertThat(TestDocs.FORBIDDEN.matcher(text).find()).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void keepsNamesOutOfTheMetadataUnlessAsked(String name, DocumentKind kind) throws IOException {
        CarePlan plan = ExamplePlans.load(name);
        String preferred = plan.person().preferredName();
        byte[] pdf = TestDocs.render(kind, plan);
        try (PDDocument doc = Pdfs.load(pdf)) {
            String info = doc.getDocumentInformation().getCOSObject().toString();
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(info).doesNotContain(preferred).doesNotContain(plan.person().id());
            assertThat(xmp).doesNotContain(preferred).doesNotContain(plan.person().id());
            assertThat(doc.getDocumentInformation().getTitle())
                    .isIn("Care plan", "Your care plan", "Safety card");
            assertThat(doc.getDocumentInformation().getAuthor()).isNull();
        }

        byte[] titled = Documents.toBytes(kind, plan, TestDocs.options(plan).withTitle("Plan for " + preferred));
        try (PDDocument doc = Pdfs.load(titled)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Plan for " + preferred);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void printsTheSameBytesTwiceAndThroughTheStream(String name, DocumentKind kind) throws IOException {
        CarePlan plan = ExamplePlans.load(name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Documents.render(kind, plan, TestDocs.options(plan), out);

        assertThat(out.toByteArray()).isEqualTo(TestDocs.render(kind, ExamplePlans.load(name)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void speaksThePersonsLanguage(String name, DocumentKind kind) throws IOException {
        CarePlan plan = ExamplePlans.load(name);
        try (PDDocument doc = Pdfs.load(TestDocs.render(kind, plan))) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo(plan.person().locale().toLanguageTag());
        }
    }
}
