package org.waymark.pdf.internal.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of the logical structure tree built during layout (Document, H1, P, L, LI, Table, TR,
 * TD…). Its kids, in reading order, are child nodes and references to marked content on pages.
 */
final class StructNode {

    final String type;
    final List<Object> kids = new ArrayList<>();
    String scope;
    String listNumbering;
    /** The alternative text of a Figure, plain ASCII, or null. */
    String alt;

    StructNode(String type) {
        this.type = type;
    }

    StructNode child(String childType) {
        StructNode node = new StructNode(childType);
        kids.add(node);
        return node;
    }

    ContentRef content(int pageIndex) {
        ContentRef ref = new ContentRef(this, pageIndex);
        kids.add(ref);
        return ref;
    }
}
