package org.waymark.pdf.internal.layout;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSDictionary;
import org.waymark.pdf.internal.layout.PdfFileWriter.Numbers;

/**
 * The logical structure tree (ISO 32000-1, 14.7) written straight as bytes: the structure tree
 * root with its parent tree, then one structure element per {@link StructNode}, in document order.
 * A care plan has some 640 elements; as PDFBox dictionaries they cost more to build and write than
 * the rest of the file's objects together.
 * <p>
 * Raw object 0 is the {@code /StructTreeRoot}; the catalog refers to it with a
 * {@link PdfFileWriter.RawRef} of index 0. Each element has {@code /S}, {@code /P} and {@code /K};
 * {@code /Pg} is the page of its first marked content, which is written as a bare MCID when on that
 * page and as a marked-content reference otherwise. The optional {@code /Type /StructElem} is
 * left out. The parent tree maps each page's {@code /StructParents} key to the elements owning
 * its MCIDs in order.
 * <p>
 * Built after the pages are drawn, when every {@link ContentRef} has its MCID.
 */
final class StructureObjects implements PdfFileWriter.RawObjects {

    private final List<StructNode> nodes = new ArrayList<>();
    private final Map<StructNode, Integer> indexes = new IdentityHashMap<>();
    private final List<StructNode> parents = new ArrayList<>();
    private final List<COSDictionary> pages;
    /** Per page, the index of the element owning each MCID. */
    private final int[][] owners;

    /**
     * Collects the tree.
     *
     * @param root  the document's root node, not null
     * @param pages  the page dictionaries, indirect objects of the same file
     * @throws IllegalStateException if some content was never drawn
     */
    StructureObjects(StructNode root, List<COSDictionary> pages) {
        this.pages = pages;
        List<List<Integer>> byPage = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            byPage.add(new ArrayList<>());
        }
        add(root, null, byPage);
        owners = new int[pages.size()][];
        for (int i = 0; i < pages.size(); i++) {
            List<Integer> list = byPage.get(i);
            owners[i] = new int[list.size()];
            for (int mcid = 0; mcid < list.size(); mcid++) {
                Integer owner = list.get(mcid);
                if (owner == null) {
                    throw new IllegalStateException("page " + i + " has no structure element for MCID " + mcid);
                }
                owners[i][mcid] = owner;
            }
        }
    }

    private void add(StructNode node, StructNode parent, List<List<Integer>> byPage) {
        int index = nodes.size() + 1;
        nodes.add(node);
        parents.add(parent);
        indexes.put(node, index);
        for (Object kid : node.kids) {
            if (kid instanceof StructNode child) {
                add(child, node, byPage);
            } else if (kid instanceof ContentRef ref) {
                if (ref.mcid < 0) {
                    throw new IllegalStateException("content reference was not drawn");
                }
                List<Integer> list = byPage.get(ref.pageIndex);
                while (list.size() <= ref.mcid) {
                    list.add(null);
                }
                list.set(ref.mcid, index);
            }
        }
    }

    @Override
    public int count() {
        return nodes.size() + 1;
    }

    @Override
    public void write(int index, ByteSink out, Numbers numbers) {
        if (index == 0) {
            writeRoot(out, numbers);
        } else {
            writeElement(index, out, numbers);
        }
    }

    private void writeRoot(ByteSink out, Numbers numbers) {
        out.ascii("<</Type/StructTreeRoot/K ").reference(numbers.raw(1)).ascii("/ParentTree<</Nums[");
        for (int page = 0; page < owners.length; page++) {
            out.integer(page).ascii("[");
            for (int owner : owners[page]) {
                out.reference(numbers.raw(owner)).space();
            }
            out.ascii("]");
        }
        out.ascii("]>>/ParentTreeNextKey ").integer(owners.length).ascii(">>");
    }

    private void writeElement(int index, ByteSink out, Numbers numbers) {
        StructNode node = nodes.get(index - 1);
        StructNode parent = parents.get(index - 1);
        out.ascii("<</S");
        name(out, node.type);
        out.ascii("/P ").reference(numbers.raw(parent == null ? 0 : indexes.get(parent)));
        int elementPage = -1;
        for (Object kid : node.kids) {
            if (kid instanceof ContentRef ref) {
                elementPage = ref.pageIndex;
                out.ascii("/Pg ").reference(numbers.of(pages.get(elementPage)));
                break;
            }
        }
        if (node.scope != null) {
            out.ascii("/A<</O/Table/Scope");
            name(out, node.scope);
            out.ascii(">>");
        } else if (node.listNumbering != null) {
            out.ascii("/A<</O/List/ListNumbering");
            name(out, node.listNumbering);
            out.ascii(">>");
        }
        if (node.alt != null) {
            // Plain ASCII letters, digits and spaces (Picture checks), so a literal string needs no escapes.
            out.ascii("/Alt(").ascii(node.alt).ascii(")");
        }
        out.ascii("/K[");
        boolean first = true;
        for (Object kid : node.kids) {
            if (!first) {
                out.space();
            }
            first = false;
            if (kid instanceof StructNode child) {
                out.reference(numbers.raw(indexes.get(child)));
            } else {
                ContentRef ref = (ContentRef) kid;
                if (ref.pageIndex == elementPage) {
                    out.integer(ref.mcid);
                } else {
                    out.ascii("<</Type/MCR/Pg ").reference(numbers.of(pages.get(ref.pageIndex))).ascii("/MCID ")
                            .integer(ref.mcid).ascii(">>");
                }
            }
        }
        out.ascii("]>>");
    }

    /** Writes a name from the fixed set this package uses: structure types and attribute values. */
    private static void name(ByteSink out, String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("not a plain name: " + name);
            }
        }
        out.ascii("/").ascii(name);
    }
}
