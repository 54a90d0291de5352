package org.waymark.pdf.internal.layout;

/**
 * One block of a document, laid out top to bottom in document order.
 * <p>
 * Code that handles blocks goes through {@link #accept(Visitor, Object)} rather than testing
 * types one by one: a visitor has one method per kind, so a new kind of block does not compile
 * until every walk over blocks says what to do with it, and no walk can skip a kind silently.
 * <p>
 * Implementations are immutable records.
 */
public sealed interface Block
        permits Heading, Paragraph, ItemList, Table, Checkbox, SignatureLine, Spacer, KeepTogether, PageBreak,
        Callout, WriteIn, Picture {

    /**
     * Calls the visitor's method for this kind of block.
     *
     * @param <R>  the visitor's result type
     * @param <P>  the visitor's argument type
     * @param visitor  the visitor, not null
     * @param argument  the argument passed on to the visitor, may be null if the visitor allows it
     * @return the visitor's result
     */
    <R, P> R accept(Visitor<R, P> visitor, P argument);

    /**
     * An operation on blocks, with one method for each kind. A method that has nothing to do for
     * its kind says so in its body, so every walk over blocks decides for every kind.
     *
     * @param <R>  the result type ({@link Void} for none)
     * @param <P>  the argument type ({@link Void} for none)
     */
    interface Visitor<R, P> {

        /**
         * Visits a heading.
         *
         * @param block  the block, not null
         * @param argument  the argument given to {@link Block#accept(Visitor, Object)}
         * @return the result
         */
        R visit(Heading block, P argument);

        /**
         * Visits a paragraph.
         *
         * @param block  the block, not null
         * @param argument  the argument given to {@link Block#accept(Visitor, Object)}
         * @return the result
         */
        R visit(Paragraph block, P argument);

        /**
         * Visits a list.
         *
         * @param block  the block, not null
         * @param argument  the argument given to {@link Block#accept(Visitor, Object)}
         * @return the result
         */
        R visit(ItemList block, P argument);

        /**
         * Visits a table.
         *
         * @param block  the block, not null
         * @param argument  the argument given to {@link Block#accept(Visitor, Object)}
         * @return the result
         */
        R visit(Table block, P argument);

        /**
         * Visits a checkbox.
         *
         * @param block  the block, not null
         * @param argument  the argument given to {@link Block#accept(Visitor, Object)}
         * @return the result
         */
        R visit(Checkbox block, P argument);

        /**
         * Visits a signature line.
         *
         * @param block  the block, not null
         * @param argument  the argument given to {@link Block#accept(Visitor, Object)}
         * @return the result
         */
        R visit(SignatureLine block, P argument);

        /**
         * Visits vertical space.
         *
         * @param block  the block, not null
         * @param argument  the argument given to {@link Block#accept(Visitor, Object)}
         * @return the result
         */
        R visit(Spacer block, P argument);

        /**
         * Visits blocks kept on one page.
         *
         * @param block  the block, not null
         * @param argument  the argument given to {@link Block#accept(Visitor, Object)}
         * @return the result
         */
        R visit(KeepTogether block, P argument);

        /**
         * Visits a page break.
         *
         * @param block  the block, not null
         * @param argument  the argument given to {@link Block#accept(Visitor, Object)}
         * @return the result
         */
        R visit(PageBreak block, P argument);

        /**
         * Visits a callout.
         *
         * @param block  the block, not null
         * @param argument  the argument given to {@link Block#accept(Visitor, Object)}
         * @return the result
         */
        R visit(Callout block, P argument);

        /**
         * Visits write-in lines.
         *
         * @param block  the block, not null
         * @param argument  the argument given to {@link Block#accept(Visitor, Object)}
         * @return the result
         */
        R visit(WriteIn block, P argument);

        /**
         * Visits a picture.
         *
         * @param block  the block, not null
         * @param argument  the argument given to {@link Block#accept(Visitor, Object)}
         * @return the result
         */
        R visit(Picture block, P argument);
    }
}
