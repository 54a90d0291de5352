package org.waymark.pdf.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A document to print: its generic title, language, running header and footer, and blocks.
 * <p>
 * Headings must be properly nested, as PDF/UA asks: the first heading is level 1 and a heading
 * is at most one level deeper than the heading before it.
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param title  the generic document title ("Safety plan"), used for the file's metadata unless
 *        the caller's options supply one, not null, not blank
 * @param locale  the language of the text, written as the document's {@code /Lang} and used for
 *        line breaking, not null
 * @param runningHeader  a short line printed at the top of every page, or null
 * @param footerNotice  a confidentiality notice printed at the foot of every page, or null
 * @param pageLabel  the page number pattern, with {@code {page}} and {@code {pages}}, not null
 * @param blocks  the content, not null
 * @param typeSizes  type sizes replacing the paper's defaults, or null for the defaults
 * @param outlineDepth  the deepest heading level listed in the document outline (bookmarks), from
 *        level 2 down; 0 or 1 for no outline
 * @param pageStyle  how pages are used: header, footer and page numbers, or a card without them, not null
 * @param watermark  a word printed large and light across every page (for example "DRAFT"), or null
 */
public record LayoutDocument(String title, Locale locale, String runningHeader, String footerNotice,
        String pageLabel, List<Block> blocks, TypeSizes typeSizes, int outlineDepth, PageStyle pageStyle,
        String watermark) {

    /** The English page number pattern. */
    public static final String PAGE_X_OF_Y = "Page {page} of {pages}";

    /**
     * Creates an instance, checking and copying the components.
     *
     * @param title  the generic document title ("Safety plan"), used for the file's metadata unless
     *        the caller's options supply one, not null, not blank
     * @param locale  the language of the text, written as the document's {@code /Lang} and used for
     *        line breaking, not null
     * @param runningHeader  a short line printed at the top of every page, or null
     * @param footerNotice  a confidentiality notice printed at the foot of every page, or null
     * @param pageLabel  the page number pattern, with {@code {page}} and {@code {pages}}, not null
     * @param blocks  the content, not null
     * @param typeSizes  type sizes replacing the paper's defaults, or null for the defaults
     * @param outlineDepth  the deepest heading level listed in the document outline (bookmarks), from
     *        level 2 down; 0 or 1 for no outline
     * @param pageStyle  how pages are used, not null
     * @param watermark  a word printed large and light across every page, or null
     */
    public LayoutDocument {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        Objects.requireNonNull(locale, "locale");
        if (locale.getLanguage().isEmpty()) {
            throw new IllegalArgumentException("locale must have a language: " + locale);
        }
        Objects.requireNonNull(pageLabel, "pageLabel");
        blocks = List.copyOf(blocks);
        if (outlineDepth < 0 || outlineDepth > 3) {
            throw new IllegalArgumentException("outlineDepth must be from 0 to 3: " + outlineDepth);
        }
        Objects.requireNonNull(pageStyle, "pageStyle");
        if (watermark != null && watermark.isBlank()) {
            throw new IllegalArgumentException("watermark must not be blank");
        }
        checkHeadings(blocks, new int[] {0});
    }

    private static void checkHeadings(List<Block> blocks, int[] previous) {
        for (Block block : blocks) {
            block.accept(HEADING_LEVELS, previous);
        }
    }

    /**
     * Checks that heading levels do not skip; the argument holds the level of the previous
     * heading. Only headings, and the blocks a block holds, take part.
     */
    private static final Block.Visitor<Void, int[]> HEADING_LEVELS = new Block.Visitor<>() {
        @Override
        public Void visit(Heading h, int[] previous) {
            if (h.level() > previous[0] + 1) {
                throw new IllegalArgumentException("heading level " + h.level() + " follows level " + previous[0]
                        + ": headings must not skip levels");
            }
            previous[0] = h.level();
            return null;
        }

        @Override
        public Void visit(KeepTogether k, int[] previous) {
            checkHeadings(k.blocks(), previous);
            return null;
        }

        @Override
        public Void visit(Paragraph p, int[] previous) {
            return null;
        }

        @Override
        public Void visit(ItemList l, int[] previous) {
            return null;
        }

        @Override
        public Void visit(Table t, int[] previous) {
            return null;
        }

        @Override
        public Void visit(Checkbox c, int[] previous) {
            return null;
        }

        @Override
        public Void visit(SignatureLine s, int[] previous) {
            return null;
        }

        @Override
        public Void visit(Spacer s, int[] previous) {
            return null;
        }

        @Override
        public Void visit(PageBreak b, int[] previous) {
            return null;
        }

        @Override
        public Void visit(Callout c, int[] previous) {
            return null;
        }

        @Override
        public Void visit(WriteIn wi, int[] previous) {
            return null;
        }

        @Override
        public Void visit(Picture p, int[] previous) {
            return null;
        }
    };

    /**
     * Starts a document.
     *
     * @param title  the generic title, not null
     * @param locale  the language, not null
     * @return a builder, not null
     */
    public static Builder builder(String title, Locale locale) {
        return new Builder(title, locale);
    }

    /** Builds a document block by block. Not thread-safe. */
    public static final class Builder {
        private final String title;
        private final Locale locale;
        private String runningHeader;
        private String footerNotice;
        private String pageLabel = PAGE_X_OF_Y;
        private final List<Block> blocks = new ArrayList<>();
        private TypeSizes typeSizes;
        private int outlineDepth;
        private PageStyle pageStyle = PageStyle.STANDARD;
        private String watermark;

        private Builder(String title, Locale locale) {
            this.title = title;
            this.locale = locale;
        }

        /**
         * Sets the running header.
         *
         * @param text  the header, or null
         * @return this builder
         */
        public Builder runningHeader(String text) {
            this.runningHeader = text;
            return this;
        }

        /**
         * Sets the confidentiality notice in the footer.
         *
         * @param text  the notice, or null
         * @return this builder
         */
        public Builder footerNotice(String text) {
            this.footerNotice = text;
            return this;
        }

        /**
         * Sets the page number pattern.
         *
         * @param pattern  a pattern with {@code {page}} and {@code {pages}}, not null
         * @return this builder
         */
        public Builder pageLabel(String pattern) {
            this.pageLabel = pattern;
            return this;
        }

        /**
         * Sets type sizes that replace the paper's defaults.
         *
         * @param sizes  the sizes, or null for the defaults
         * @return this builder
         */
        public Builder typeSizes(TypeSizes sizes) {
            this.typeSizes = sizes;
            return this;
        }

        /**
         * Lists headings in the document outline (bookmarks): level 2 headings at the top of the
         * outline, level 3 headings under them when {@code depth} is 3.
         *
         * @param depth  the deepest level listed, 2 or 3; 0 for no outline
         * @return this builder
         */
        public Builder outline(int depth) {
            this.outlineDepth = depth;
            return this;
        }

        /**
         * Sets how pages are used.
         *
         * @param style  the page style, not null
         * @return this builder
         */
        public Builder pageStyle(PageStyle style) {
            this.pageStyle = Objects.requireNonNull(style, "style");
            return this;
        }

        /**
         * Sets a word printed large and light across every page, such as "DRAFT".
         *
         * @param text  the word, or null for none
         * @return this builder
         */
        public Builder watermark(String text) {
            this.watermark = text;
            return this;
        }

        /**
         * Adds a block.
         *
         * @param block  the block, not null
         * @return this builder
         */
        public Builder add(Block block) {
            blocks.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        /**
         * Adds a heading.
         *
         * @param level  1, 2 or 3
         * @param text  the text, not null
         * @return this builder
         */
        public Builder heading(int level, String text) {
            return add(Heading.of(level, text));
        }

        /**
         * Adds a paragraph of regular text.
         *
         * @param text  the text, not null
         * @return this builder
         */
        public Builder paragraph(String text) {
            return add(Paragraph.of(text));
        }

        /**
         * Adds a paragraph of styled spans.
         *
         * @param spans  the spans, not null
         * @return this builder
         */
        public Builder paragraph(Span... spans) {
            return add(Paragraph.of(spans));
        }

        /**
         * Builds the document.
         *
         * @return the document, not null
         */
        public LayoutDocument build() {
            return new LayoutDocument(title, locale, runningHeader, footerNotice, pageLabel, blocks, typeSizes,
                    outlineDepth, pageStyle, watermark);
        }
    }
}
