package org.waymark.pdf.internal.layout;

/** Starts a new page, unless the current page is still empty. */
public record PageBreak() implements Block {

    @Override
    public <R, P> R accept(Block.Visitor<R, P> visitor, P argument) {
        return visitor.visit(this, argument);
    }
}
