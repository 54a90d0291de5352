package org.waymark.pdf.internal.layout;

/** Starts a new page, unless the current page is still empty. */
public record PageBreak() implements Block {
}
