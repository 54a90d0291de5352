package org.waymark.pdf.internal.font;

import java.io.IOException;

import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.PostScriptTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * The metrics of a face's {@code /FontDescriptor}, read once, computed as PDFBox's TrueType
 * embedder computes them. Immutable; each document gets a fresh dictionary.
 */
final class FontDescriptorTemplate {

    private static final int ITALIC = 1;
    private static final int OBLIQUE = 512;

    private final boolean fixedPitch;
    private final boolean italic;
    private final boolean serif;
    private final boolean script;
    private final float weight;
    private final float italicAngle;
    private final float[] bbox;
    private final float ascent;
    private final float descent;
    private final float capHeight;
    private final float xHeight;

    private FontDescriptorTemplate(TrueTypeFont ttf) throws IOException {
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
        PostScriptTable post = ttf.getPostScript();
        fixedPitch = post.getIsFixedPitch() > 0 || ttf.getHorizontalHeader().getNumberOfHMetrics() == 1;
        italic = (os2.getFsSelection() & (ITALIC | OBLIQUE)) != 0;
        int familyClass = os2.getFamilyClass();
        serif = familyClass == OS2WindowsMetricsTable.FAMILY_CLASS_CLAREDON_SERIFS
                || familyClass == OS2WindowsMetricsTable.FAMILY_CLASS_FREEFORM_SERIFS
                || familyClass == OS2WindowsMetricsTable.FAMILY_CLASS_MODERN_SERIFS
                || familyClass == OS2WindowsMetricsTable.FAMILY_CLASS_OLDSTYLE_SERIFS
                || familyClass == OS2WindowsMetricsTable.FAMILY_CLASS_SLAB_SERIFS;
        script = familyClass == OS2WindowsMetricsTable.FAMILY_CLASS_SCRIPTS;
        weight = os2.getWeightClass();
        italicAngle = post.getItalicAngle();
        HeaderTable header = ttf.getHeader();
        float scaling = 1000f / header.getUnitsPerEm();
        bbox = new float[] {header.getXMin() * scaling, header.getYMin() * scaling, header.getXMax() * scaling,
            header.getYMax() * scaling};
        HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
        ascent = hhea.getAscender() * scaling;
        descent = hhea.getDescender() * scaling;
        if (os2.getVersion() >= 1.2) {
            capHeight = os2.getCapHeight() * scaling;
            xHeight = os2.getHeight() * scaling;
        } else {
            capHeight = (os2.getTypoAscender() + os2.getTypoDescender()) * scaling;
            xHeight = os2.getTypoAscender() / 2.0f * scaling;
        }
    }

    static FontDescriptorTemplate of(TrueTypeFont ttf) throws IOException {
        return new FontDescriptorTemplate(ttf);
    }

    /** Returns a new descriptor dictionary without the font name and file. */
    COSDictionary create() {
        PDFontDescriptor fd = new PDFontDescriptor(new COSDictionary());
        fd.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.TYPE, org.apache.pdfbox.cos.COSName.FONT_DESC);
        fd.setFixedPitch(fixedPitch);
        fd.setItalic(italic);
        fd.setSerif(serif);
        fd.setScript(script);
        fd.setFontWeight(weight);
        fd.setSymbolic(true);
        fd.setNonSymbolic(false);
        fd.setItalicAngle(italicAngle);
        PDRectangle rect = new PDRectangle();
        rect.setLowerLeftX(bbox[0]);
        rect.setLowerLeftY(bbox[1]);
        rect.setUpperRightX(bbox[2]);
        rect.setUpperRightY(bbox[3]);
        fd.setFontBoundingBox(rect);
        fd.setAscent(ascent);
        fd.setDescent(descent);
        fd.setCapHeight(capHeight);
        fd.setXHeight(xHeight);
        fd.setStemV(rect.getWidth() * .13f);
        return fd.getCOSObject();
    }
}
