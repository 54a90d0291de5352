package org.waymark.pdf.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.waymark.pdf.Paper;
import org.waymark.pdf.TestRendering;
import org.waymark.pdf.internal.font.StandardFonts;
import org.waymark.pdf.internal.layout.PageContent.Op;
import org.waymark.pdf.internal.layout.PageContent.TextOp;

/** Pagination rules, checked on the layout itself. */
class PaginationTest {

    private static Paginator.Result layout(LayoutDocument doc, PageSize paper) {
        return new Paginator(PageGeometry.of(paper), StandardFonts.families(), doc.locale(), doc)
                .layout(doc.blocks());
    }

    /** Many sections of varying length, so that headings fall near page ends. */
    private static LayoutDocument sections() {
        LayoutDocument.Builder b = Samples.builder().heading(1, "Sections");
        for (int i = 1; i <= 40; i++) {
            b.heading(2, "Section " + i);
            if (i % 4 == 0) {
                b.heading(3, "Subsection " + i);
            }
            b.paragraph(Samples.words(20 + (i * 37) % 90));
            if (i % 5 == 0) {
                b.add(ItemList.bullets("One item " + i, Samples.words(i)));
            }
        }
        return b.build();
    }

    @ParameterizedTest
    @EnumSource(PageSize.class)
    void aHeadingIsNeverTheLastThingOnAPage(PageSize paper) {
        Paginator.Result result = layout(sections(), paper);

        assertThat(result.pages()).hasSizeGreaterThan(1);
        for (PageContent page : result.pages()) {
            TextOp last = lastTagged(page);
            assertThat(last.ref().owner.type).as("last tagged content on a page").doesNotStartWith("H");
        }
    }

    @ParameterizedTest
    @EnumSource(PageSize.class)
    void aHeadingKeepsAtLeastTwoLinesOfTheListAfterIt(PageSize paper) {
        LayoutDocument.Builder b = Samples.builder().heading(1, "Lists");
        for (int i = 1; i <= 60; i++) {
            b.heading(2, "Section " + i);
            b.add(ItemList.bullets("Short item " + i, "Another item", Samples.words(3 + i % 7)));
            b.paragraph(Samples.words(5 + (i * 29) % 70));
        }
        Paginator.Result result = layout(b.build(), paper);

        assertThat(result.pages()).hasSizeGreaterThan(2);
        for (int p = 0; p < result.pages().size() - 1; p++) {
            int after = -1;
            for (Op op : result.pages().get(p).ops) {
                if (op instanceof TextOp t && t.ref() != null) {
                    if (t.ref().owner.type.startsWith("H")) {
                        after = 0;
                    } else if (after >= 0 && !t.ref().owner.type.equals("Lbl")) {
                        after += t.lines().size();
                    }
                }
            }
            assertThat(after == 0 || after == 1).as("page %d ends with a heading and %d lines after it", p + 1, after).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(PageSize.class)
    void aParagraphSplitAcrossPagesHasAtLeastTwoLinesOnEachSide(PageSize paper) {
        Paginator.Result result = layout(sections(), paper);
        Map<StructNode, List<Integer>> linesPerFragment = new IdentityHashMap<>();
        for (PageContent page : result.pages()) {
            for (Op op : page.ops) {
                if (op instanceof TextOp t && t.ref() != null && t.ref().owner.type.equals("P")) {
                    linesPerFragment.computeIfAbsent(t.ref().owner, k -> new ArrayList<>()).add(t.lines().size());
                }
            }
        }
        long split = linesPerFragment.values().stream().filter(l -> l.size() > 1).count();

        assertThat(split).as("paragraphs split across pages").isPositive();
        linesPerFragment.values().stream().filter(l -> l.size() > 1)
                .forEach(l -> assertThat(l).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(2)));
    }

    @Test
    void textStaysInsideTheMarginsAndLinesDoNotOverlap() {
        for (PageSize paper : PageSize.values()) {
            Paginator.Result result = layout(Samples.everything(), paper);
            PageGeometry g = result.geometry();
            for (PageContent page : result.pages()) {
                Map<Float, Float> rightmostAtBaseline = new HashMap<>();
                float previousBaseline = -1;
                for (Op op : page.ops) {
                    if (op instanceof TextOp t && t.ref() != null) {
                        for (PageContent.PlacedLine line : t.lines()) {
                            float width = line.runs().stream().map(r -> r.x() + r.width()).reduce(0f, Math::max);
                            assertThat(line.x() + width).isLessThanOrEqualTo(g.width() - g.marginX() + 0.01f);
                            assertThat(line.x()).isGreaterThanOrEqualTo(g.marginX() - 0.01f);
                            assertThat(line.baseline()).isBetween(g.marginTop(), g.height() - g.marginBottom());
                            rightmostAtBaseline.merge(line.baseline(), line.x() + width, Math::max);
                            previousBaseline = Math.max(previousBaseline, line.baseline());
                        }
                    }
                }
                assertThat(previousBaseline).isPositive();
            }
        }
    }

    @Test
    void keepTogetherMovesAGroupThatFitsOnANewPage() {
        LayoutDocument.Builder b = Samples.builder().heading(1, "Keep");
        b.paragraph(Samples.words(380));
        b.add(KeepTogether.of(Heading.of(2, "Signatures"), new SignatureLine("Signed", "Date"),
                new SignatureLine("Witness", "Date")));
        Paginator.Result result = layout(b.build(), PageSize.A5);

        int pageOfHeading = -1;
        int pageOfLastCaption = -1;
        for (int i = 0; i < result.pages().size(); i++) {
            for (Op op : result.pages().get(i).ops) {
                if (op instanceof TextOp t && t.ref() != null) {
                    if (t.ref().owner.type.equals("H2")) {
                        pageOfHeading = i;
                    }
                    if (t.ref().owner.type.equals("P")) {
                        pageOfLastCaption = i;
                    }
                }
            }
        }
        assertThat(pageOfHeading).isPositive().isEqualTo(pageOfLastCaption);
    }

    @Test
    void headingsMustNotSkipLevels() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> LayoutDocument.builder("T", Locale.UK).heading(1, "A").heading(3, "C").build());
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> LayoutDocument.builder("T", Locale.UK).heading(2, "B").build());
    }

    @Test
    void emptyParagraphsLeaveNoEmptyStructureElements() {
        LayoutDocument doc = Samples.builder().heading(1, "Empty").paragraph("").paragraph("Text").build();

        Paginator.Result result = layout(doc, PageSize.A4);

        assertThat(result.root().kids).hasSize(2);
        assertThat(TestRendering.render(doc, Samples.options(Paper.A4))).isNotEmpty();
    }

    private static TextOp lastTagged(PageContent page) {
        TextOp last = null;
        for (Op op : page.ops) {
            if (op instanceof TextOp t && t.ref() != null) {
                last = t;
            }
        }
        assertThat(last).isNotNull();
        return last;
    }
}
