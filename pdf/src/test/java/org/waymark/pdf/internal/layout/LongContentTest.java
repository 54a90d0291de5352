package org.waymark.pdf.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.waymark.pdf.Paper;
import org.waymark.pdf.TestRendering;

/** Long tables and paragraphs paginate without losing, repeating or reordering content. */
class LongContentTest {

    @Test
    void twoHundredRowTableRepeatsItsHeaderOnEveryPageAndKeepsEveryRowOnce() {
        byte[] pdf = TestRendering.render(Samples.longTable(200), Samples.options(Paper.A4));
        List<String> pages = Pdfs.pageTexts(pdf);

        assertThat(pages).hasSizeGreaterThan(4);
        assertThat(pages).allSatisfy(page -> assertThat(page).contains("Number").contains("Entry").contains("Notes"));
        List<Integer> rows = new ArrayList<>();
        Matcher m = Pattern.compile("Row (\\d+)\\b").matcher(String.join("\n", pages));
        while (m.find()) {
            rows.add(Integer.parseInt(m.group(1)));
        }
        assertThat(rows).hasSize(200).isSorted().doesNotHaveDuplicates();
        VeraPdf.assertPdfAAndUa(pdf);
    }

    @Test
    void rowTallerThanAPageSplitsBetweenLines() {
        byte[] pdf = TestRendering.render(Samples.splitRow(), Samples.options(Paper.A6));
        List<String> pages = Pdfs.pageTexts(pdf);

        assertThat(pages.size()).isGreaterThan(5);
        assertThat(pages).allSatisfy(page -> assertThat(page).contains("Long text"));
        assertThat(String.join(" ", pages).replaceAll("\\s+", " ")).contains(String.join(" ",
                Arrays.copyOfRange(Samples.words(1500).split(" "), 0, 60)));
    }

    @Test
    void fiveThousandWordParagraphKeepsEveryWordInOrder() {
        String words = Samples.words(5000);
        byte[] pdf = TestRendering.render(Samples.longParagraph(5000), Samples.options(Paper.LETTER));
        List<String> pages = Pdfs.pageTexts(pdf);

        assertThat(pages.size()).isBetween(6, 12);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size());
            for (String line : pages.get(i).split("\n")) {
                if (!line.startsWith("Care plan") && !line.startsWith("Confidential") && !line.startsWith("Page ")
                        && !line.startsWith("Long paragraph") && !line.contains("Page " + (i + 1) + " of")) {
                    body.append(line).append(' ');
                }
            }
        }
        assertThat(body.toString().replaceAll("\\s+", " ").strip()).isEqualTo(words);
        VeraPdf.assertPdfAAndUa(pdf);
    }
}
