package org.waymark.pdf.internal.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading test PDFs back. */
public final class Pdfs {

    private Pdfs() {
    }

    public static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page, with PDFBox's stripper. */
    public static List<String> pageTexts(byte[] pdf) {
        try (PDDocument doc = load(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(byte[] pdf) {
        return String.join("", pageTexts(pdf));
    }

    /**
     * The structure types in document order, depth first, as "S" names; "MCR" for content, whether
     * a marked-content reference dictionary or a bare MCID (content on the element's own page).
     */
    public static List<String> structureTypes(PDDocument doc) {
        List<String> out = new ArrayList<>();
        COSDictionary root = doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
        walk(root.getDictionaryObject(COSName.K), out);
        return out;
    }

    private static void walk(COSBase k, List<String> out) {
        if (k instanceof COSObject o) {
            k = o.getObject();
        }
        if (k instanceof org.apache.pdfbox.cos.COSInteger) {
            out.add("MCR");
        } else if (k instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                walk(array.getObject(i), out);
            }
        } else if (k instanceof COSDictionary d) {
            if (COSName.MCR.equals(d.getCOSName(COSName.TYPE))) {
                out.add("MCR");
            } else {
                out.add(d.getNameAsString(COSName.S));
                walk(d.getDictionaryObject(COSName.K), out);
            }
        }
    }
}
