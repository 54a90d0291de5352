package org.waymark.pdf.internal.layout;

/**
 * A marked-content sequence on a page that belongs to a structure node; its MCID is assigned
 * when the page is drawn.
 */
final class ContentRef {

    final StructNode owner;
    final int pageIndex;
    int mcid = -1;

    ContentRef(StructNode owner, int pageIndex) {
        this.owner = owner;
        this.pageIndex = pageIndex;
    }
}
