package org.waymark.pdf.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.waymark.pdf.internal.font.FontFamily;
import org.waymark.pdf.internal.font.StandardFonts;
import org.waymark.pdf.internal.layout.LineBreaker.Line;

class LineBreakerTest {

    private static StyledText text(String s) {
        return StyledText.of(s, TextStyle.REGULAR, StandardFonts.families(), "test");
    }

    private static List<String> lines(String s, float width) {
        StyledText t = text(s);
        return LineBreaker.lines(t, width, 10, Locale.UK).stream().map(l -> t.text().substring(l.start(), l.end()))
                .toList();
    }

    @Test
    void linesNeverExceedTheMeasureAndKeepEveryWordInOrder() {
        String words = Samples.words(400);
        StyledText t = text(words);
        List<Line> lines = LineBreaker.lines(t, 150, 10, Locale.UK);

        assertThat(lines).hasSizeGreaterThan(20).allSatisfy(l -> assertThat(l.width()).isLessThanOrEqualTo(150));
        assertThat(String.join(" ", lines.stream().map(l -> t.text().substring(l.start(), l.end())).toList()))
                .isEqualTo(words);
    }

    @Test
    void aWordWiderThanTheMeasureIsBrokenBetweenCharacters() {
        List<String> lines = lines("a Pneumonoultramicroscopicsilicovolcanoconiosis b", 60);

        assertThat(lines).hasSizeGreaterThan(3);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("aPneumonoultramicroscopicsilicovolcanoconiosisb");
        assertThat(lines).allSatisfy(l -> assertThat(text(l).width(0, l.length(), 10)).isLessThanOrEqualTo(60));
    }

    @Test
    void lineFeedsForceBreaksAndKeepEmptyLines() {
        assertThat(lines("one\ntwo\r\n\nfour", 500)).containsExactly("one", "two", "", "four");
    }

    @Test
    void hyphenatedWordsMayBreakAfterTheHyphen() {
        assertThat(lines("Łukasz-Núñez", text("Łukasz-N").width(0, 8, 10))).containsExactly("Łukasz-", "Núñez");
    }

    @Test
    void aWholeSpanIsNeverSplitWhereOrdinaryTextWouldBe() {
        List<FontFamily> families = StandardFonts.families();
        String number = "(555) 010-0100";
        // Room for the number, not for "Call " before it as well.
        float width = text(number).width(0, number.length(), 10) + 1;
        StyledText ordinary = StyledText.of(List.of(Span.of("Call "), Span.of(number)), null, families, "test");
        StyledText whole = StyledText.of(List.of(Span.of("Call "), Span.whole(number, TextStyle.REGULAR)), null,
                families, "test");

        // Ordinary text is not broken between digits either ("010-" / "0100"), but may break at a space.
        assertThat(LineBreaker.lines(ordinary, width, 10, Locale.US)).extracting(l -> ordinary.text()
                .substring(l.start(), l.end())).containsExactly("Call (555)", "010-0100");
        assertThat(LineBreaker.lines(whole, width, 10, Locale.US)).extracting(l -> whole.text()
                .substring(l.start(), l.end())).containsExactly("Call", "(555) 010-0100");
    }

    @Test
    void neverBreaksInsideATimeOrADate() {
        for (String text : List.of("Open until 6:30pm", "Seen on 12.11.2026", "Seen on 12/11/2026")) {
            StyledText st = text(text);
            // Wide enough for the last word alone, not for the line.
            String last = text.substring(text.lastIndexOf(' ') + 1);
            float width = text(last).width(0, last.length(), 10) + 1;
            assertThat(LineBreaker.lines(st, width, 10, Locale.UK)).extracting(l -> text.substring(l.start(), l.end()))
                    .endsWith(last);
        }
    }

    @Test
    void emptyTextHasNoLines() {
        assertThat(lines("", 100)).isEmpty();
    }
}
