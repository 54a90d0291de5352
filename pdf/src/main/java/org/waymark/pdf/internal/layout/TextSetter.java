package org.waymark.pdf.internal.layout;

import java.text.BreakIterator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.waymark.pdf.internal.font.FontFamily;

/**
 * Sets the text of one document: prepares spans in the document's fonts ({@link StyledText}) and
 * breaks them into lines at a size and width ({@link TextBlock}), each once per document. The
 * text check prepares every text first, in document order; measuring and layout, which may look
 * at a text more than once and at more than one width, then find it in the caches here. A text
 * that cannot be set fails with the path it was given and, once a heading has named one, the
 * section it is in.
 * <p>
 * One instance serves one document on one thread (it holds one line break iterator).
 */
final class TextSetter {

    private final List<FontFamily> families;
    private final Locale locale;
    /** One line break iterator for the document; a document is laid out on one thread. */
    private final BreakIterator lineBreaks;
    private final Map<TextKey, StyledText> prepared = new HashMap<>();
    private final Map<BlockKey, TextBlock> broken = new HashMap<>();
    /** The section the text being set is in, for messages, or null. */
    private String section;

    TextSetter(List<FontFamily> families, Locale locale) {
        this.families = families;
        this.locale = locale;
        this.lineBreaks = BreakIterator.getLineInstance(locale);
    }

    /** Names the section the text that follows is in (a heading's section id), for messages. */
    void section(String sectionId) {
        this.section = sectionId;
    }

    /**
     * Prepares text once per document: the check pass prepares every text, and layout (which may
     * look at a text more than once) finds it here. Equal spans in the same style prepare alike.
     */
    StyledText prepare(List<Span> spans, TextStyle override, String where) {
        TextKey key = new TextKey(spans, override);
        StyledText st = prepared.get(key);
        if (st == null) {
            st = StyledText.of(spans, override, families, section == null ? where : "section '" + section + "' at " + where);
            prepared.put(key, st);
        }
        return st;
    }

    /** The text broken into lines at a size and width, once per document for each. */
    TextBlock text(List<Span> spans, TextStyle override, float size, float width, String where) {
        StyledText st = prepare(spans, override, where);
        // StyledText has identity equality, so equal keys mean the same prepared text.
        BlockKey key = new BlockKey(st, size, width);
        TextBlock block = broken.get(key);
        if (block == null) {
            block = new TextBlock(st, LineBreaker.lines(st, width, size, lineBreaks, locale), size);
            broken.put(key, block);
        }
        return block;
    }

    private record TextKey(List<Span> spans, TextStyle override) {
    }

    private record BlockKey(StyledText text, float size, float width) {
    }
}
