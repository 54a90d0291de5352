package org.waymark.pdf.internal.font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One parsed TrueType font face (for example DejaVu Sans Bold), shared by every document.
 * <p>
 * Parsing is the reusable part of loading a font: a face is parsed once and handed to
 * {@code PDType0Font.load(document, ttf, true)} for each document. Glyph substitution (GSUB) is
 * switched off so that what is measured here is exactly what PDFBox draws (no ligatures, and no
 * {@code IllegalStateException} from a GSUB lookup of a missing glyph). The tables PDFBox reads
 * are loaded eagerly; fontbox guards its lazy table and glyph reads with locks, so a face may be
 * used by concurrent documents.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class FontFace {

    /** How many embedded subsets each face keeps for reuse by later documents with the same glyphs. */
    private static final int SUBSETS_KEPT = 8;

    private final String name;
    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    private final float unitsToThousandths;
    private final float ascent;
    private final float descent;
    /**
     * Advance widths of the Basic Multilingual Plane in thousandths of an em, -1 where the face has
     * no glyph: layout asks for every character of every text, and fontbox's cmap lookup boxes each
     * code point into a hash map key.
     */
    private final short[] bmp;
    /** Glyph ids of the Basic Multilingual Plane, 0 where the face has no glyph. */
    private final char[] bmpGlyphs;
    /** Recently embedded subsets, by glyph set; guarded by itself. */
    private final Map<BitSet, EmbeddedSubset> subsets = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<BitSet, EmbeddedSubset> eldest) {
            return size() > SUBSETS_KEPT;
        }
    };
    private volatile FontDescriptorTemplate descriptor;

    private FontFace(String name, TrueTypeFont ttf) throws IOException {
        this.name = name;
        this.ttf = ttf;
        ttf.setEnableGsub(false);
        if (ttf.getGlyph() == null || ttf.getIndexToLocation() == null) {
            throw new IllegalArgumentException("font '" + name
                    + "' has no TrueType outlines (glyf table); CFF-outlined OpenType fonts are not supported");
        }
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
        if (os2 != null && (os2.getFsType() & 0x000F) == 0x0002) {
            throw new IllegalArgumentException("font '" + name + "' does not permit embedding (OS/2 fsType restricted)");
        }
        CmapLookup lookup = ttf.getUnicodeCmapLookup(false);
        if (lookup == null) {
            throw new IllegalArgumentException("font '" + name + "' has no Unicode cmap");
        }
        this.cmap = lookup;
        this.unitsToThousandths = 1000f / ttf.getUnitsPerEm();
        // Load the tables PDFBox reads when embedding, once, before the face is shared.
        ttf.getHorizontalMetrics();
        ttf.getHorizontalHeader();
        ttf.getMaximumProfile();
        ttf.getNaming();
        ttf.getPostScript();
        ttf.getHeader();
        this.ascent = ttf.getHorizontalHeader().getAscender() * unitsToThousandths;
        this.descent = -ttf.getHorizontalHeader().getDescender() * unitsToThousandths;
        this.bmp = new short[0x10000];
        this.bmpGlyphs = new char[0x10000];
        for (int cp = 0; cp < bmp.length; cp++) {
            int gid = lookup.getGlyphId(cp);
            bmp[cp] = gid > 0 ? (short) Math.round(ttf.getAdvanceWidth(gid) * unitsToThousandths) : -1;
            bmpGlyphs[cp] = (char) Math.max(gid, 0);
        }
    }

    /**
     * Parses a TrueType font.
     *
     * @param name  a name for messages, not null
     * @param data  the bytes of a TrueType ({@code glyf}-outlined) font, not null
     * @return the face, not null
     * @throws IllegalArgumentException if the data is not a usable TrueType font
     */
    public static FontFace parse(String name, byte[] data) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(data, "data");
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data.clone()));
            return new FontFace(name, ttf);
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalArgumentException("font '" + name + "' cannot be read as a TrueType font", e);
        }
    }

    /**
     * Builds a smaller face holding only the glyphs of some code point ranges.
     * <p>
     * Embedding subsets a font again for every document, and the cost of that grows with the size
     * of the font it starts from. A face cut down once to the characters most documents use (Latin,
     * Greek, Cyrillic, punctuation, check boxes) and placed before the full face in the fallback
     * chain makes each document's subsetting cheaper; rarer characters still come from the full face.
     *
     * @param name  a name for messages, not null
     * @param ranges  inclusive code point ranges, pairs of {first, last}, not null
     * @return the smaller face, not null
     */
    public FontFace subset(String name, int[][] ranges) {
        try {
            TTFSubsetter subsetter = new TTFSubsetter(ttf);
            for (int[] range : ranges) {
                for (int cp = range[0]; cp <= range[1]; cp++) {
                    if (canDisplay(cp)) {
                        subsetter.add(cp);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            subsetter.writeToStream(out);
            return parse(name, out.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("font '" + this.name + "' cannot be subset", e);
        }
    }

    /**
     * Returns the name given when the face was parsed.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Tells whether this face has a glyph for a code point.
     *
     * @param codePoint  the code point
     * @return true if the font maps it to a glyph other than .notdef
     */
    public boolean canDisplay(int codePoint) {
        if (codePoint >= 0 && codePoint < bmp.length) {
            return bmp[codePoint] >= 0;
        }
        return cmap.getGlyphId(codePoint) > 0;
    }

    /**
     * Returns the advance width of a code point in thousandths of an em, rounded as PDFBox
     * rounds the widths it writes into the font's {@code /W} array.
     *
     * @param codePoint  a code point this face can display
     * @return the advance width
     */
    public float advance(int codePoint) {
        if (codePoint >= 0 && codePoint < bmp.length && bmp[codePoint] >= 0) {
            return bmp[codePoint];
        }
        try {
            return Math.round(ttf.getAdvanceWidth(cmap.getGlyphId(codePoint)) * unitsToThousandths);
        } catch (IOException e) {
            throw new IllegalStateException("font '" + name + "' metrics cannot be read", e);
        }
    }

    /**
     * Returns the glyph id of a code point this face can display.
     *
     * @param codePoint  the code point
     * @return the glyph id in this face's font program, 0 if it has none
     */
    public int glyphId(int codePoint) {
        if (codePoint >= 0 && codePoint < bmpGlyphs.length) {
            return bmpGlyphs[codePoint];
        }
        return Math.max(cmap.getGlyphId(codePoint), 0);
    }

    /**
     * Returns the embeddable subset of this face holding some glyphs (and the glyphs their
     * composite glyphs use), reusing one built for an earlier document with the same glyphs.
     *
     * @param glyphs  glyph ids of this face; not modified, and not kept
     * @return the subset, not null
     * @throws IOException if the font program cannot be read
     */
    public EmbeddedSubset embed(BitSet glyphs) throws IOException {
        EmbeddedSubset subset;
        synchronized (subsets) {
            subset = subsets.get(glyphs);
        }
        if (subset != null) {
            return subset;
        }
        FontDescriptorTemplate template = descriptor;
        if (template == null) {
            template = FontDescriptorTemplate.of(ttf);
            descriptor = template;
        }
        BitSet key = (BitSet) glyphs.clone();
        subset = EmbeddedSubset.build(ttf, cmap, template, key);
        synchronized (subsets) {
            subsets.put(key, subset);
        }
        return subset;
    }

    /**
     * Returns the ascender in thousandths of an em.
     *
     * @return the ascent, positive
     */
    public float ascent() {
        return ascent;
    }

    /**
     * Returns the descender in thousandths of an em, as a positive number.
     *
     * @return the descent, not negative
     */
    public float descent() {
        return descent;
    }

    /**
     * Returns the parsed font for embedding in one document.
     *
     * @return the font, not null
     */
    public TrueTypeFont trueTypeFont() {
        return ttf;
    }

    @Override
    public String toString() {
        return "FontFace[" + name + "]";
    }
}
