package org.waymark.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.testing.BadInputCorpus;
import org.waymark.testing.BadInputCorpus.Document;

/**
 * Every document of the bad-input corpus is refused with a {@link PlanFormatException} — nothing
 * else escapes: no Jackson type, no NullPointerException, no StackOverflowError — at exactly the
 * path its index entry names, with its rule, a location, and no patient text in the message.
 */
class BadInputCorpusTest {

    static List<Document> corpus() {
        return BadInputCorpus.documents();
    }

    @Test
    void theBaseDocumentIsValid() {
        assertThat(PlanJson.read(BadInputCorpus.base()).person().preferredName()).isEqualTo("SECRET-NAME");
    }

    @Test
    void theCorpusIsLargeAndUnique() {
        List<Document> documents = corpus();

        assertThat(documents).hasSizeGreaterThanOrEqualTo(30);
        assertThat(documents).extracting(Document::name).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedFromBytes(Document doc) {
        assertRefused(doc, read(d -> PlanJson.read(new ByteArrayInputStream(d.content()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedFromTextAtTheSamePlace(Document doc) {
        if (!isUtf8(doc.content())) {
            return;
        }
        assertRefused(doc, read(d -> PlanJson.read(d.text())));
        assertRefused(doc, read(d -> PlanJson.read(new StringReader(d.text()))));
    }

    private static Function<Document, Throwable> read(Function<Document, Object> reader) {
        return doc -> catchThrowable(() -> reader.apply(doc));
    }

    private static void assertRefused(Document doc, Function<Document, Throwable> reading) {
        Throwable thrown = reading.apply(doc);

        assertThat(thrown).as(doc.why()).isExactlyInstanceOf(PlanFormatException.class);
        PlanFormatException e = (PlanFormatException) thrown;
        assertThat(e.path()).as(doc.why() + ": " + e.getMessage()).isEqualTo(doc.path());
        assertThat(e.ruleId()).as(e.getMessage()).isEqualTo(doc.rule());
        assertThat(e.line()).as("line of " + e.getMessage()).isPositive();
        assertThat(e.column()).as("column of " + e.getMessage()).isPositive();
        assertThat(e.problem()).isNotBlank();
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(t.getMessage()).doesNotContain(BadInputCorpus.MARKER);
            assertThat(t.toString()).doesNotContain(BadInputCorpus.MARKER);
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
