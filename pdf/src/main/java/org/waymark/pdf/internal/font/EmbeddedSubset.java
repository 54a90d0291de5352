package org.waymark.pdf.internal.font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * A subset of one face ready to embed as an Identity-H Type 0 font with a {@code CIDFontType2}
 * descendant: the subset font program (compressed), its widths and its ToUnicode CMap.
 * <p>
 * Glyphs are renumbered by the subsetter, and the CIDs are the new glyph ids, so the CIDFont's
 * {@code /CIDToGIDMap} is {@code /Identity}; content streams must write {@link #cid(int)} for a
 * glyph of the face. The bytes are built once per glyph set and shared by the documents that use
 * that set; each document gets its own PDF objects from {@link #createFont()}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class EmbeddedSubset {

    /** The tables PDF requires of an embedded TrueType program (PDFBox's choice too); others are left out. */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
            "fpgm", "gasp");
    private static final String BASE25 = "BCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** Font programs are compressed once per glyph set and reused, so they get zlib's default level. */
    private static final int LEVEL = 6;

    private final String baseFont;
    /** New glyph id (the CID) by the face's glyph id, -1 where not in the subset. */
    private final int[] cids;
    private final int[] widths;
    private final byte[] fontFile;
    private final int fontFileLength;
    private final byte[] toUnicode;
    private final FontDescriptorTemplate descriptor;

    private EmbeddedSubset(String baseFont, int[] cids, int[] widths, byte[] fontFile, int fontFileLength,
            byte[] toUnicode, FontDescriptorTemplate descriptor) {
        this.baseFont = baseFont;
        this.cids = cids;
        this.widths = widths;
        this.fontFile = fontFile;
        this.fontFileLength = fontFileLength;
        this.toUnicode = toUnicode;
        this.descriptor = descriptor;
    }

    static EmbeddedSubset build(TrueTypeFont ttf, CmapLookup cmap, FontDescriptorTemplate descriptor, BitSet glyphs)
            throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
        Set<Integer> ids = new HashSet<>();
        glyphs.stream().forEach(ids::add);
        subsetter.addGlyphIds(ids);
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();
        String tag = tag(newToOld);
        subsetter.setPrefix(tag);
        ByteArrayOutputStream program = new ByteArrayOutputStream(64 * 1024);
        subsetter.writeToStream(program);
        byte[] raw = program.toByteArray();

        int[] cids = new int[ttf.getNumberOfGlyphs()];
        Arrays.fill(cids, -1);
        int count = newToOld.size();
        int[] widths = new int[count];
        float scaling = 1000f / ttf.getHeader().getUnitsPerEm();
        StringBuilder bfchars = new StringBuilder(count * 16);
        int entries = 0;
        StringBuilder cmapText = new StringBuilder(count * 16 + 512);
        cmapText.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n")
                .append("<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (int newGid = 0; newGid < count; newGid++) {
            int oldGid = newToOld.get(newGid);
            cids[oldGid] = newGid;
            widths[newGid] = Math.round(ttf.getHorizontalMetrics().getAdvanceWidth(oldGid) * scaling);
            if (newGid == 0) {
                continue;
            }
            // As PDFBox does: composite glyph parts without a code point are left out, and a glyph
            // for several code points maps to the first.
            List<Integer> codes = cmap.getCharCodes(oldGid);
            if (codes == null || codes.isEmpty()) {
                continue;
            }
            bfchars.append('<').append(hex4(newGid)).append("> <");
            for (char c : Character.toChars(codes.get(0))) {
                bfchars.append(hex4(c));
            }
            bfchars.append(">\n");
            entries++;
            if (entries == 100) {
                cmapText.append(entries).append(" beginbfchar\n").append(bfchars).append("endbfchar\n");
                bfchars.setLength(0);
                entries = 0;
            }
        }
        if (entries > 0) {
            cmapText.append(entries).append(" beginbfchar\n").append(bfchars).append("endbfchar\n");
        }
        cmapText.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        byte[] cmapBytes = cmapText.toString().getBytes(StandardCharsets.US_ASCII);
        return new EmbeddedSubset(tag + ttf.getName(), cids, widths, Deflate.bytes(raw, raw.length, LEVEL), raw.length,
                Deflate.bytes(cmapBytes, cmapBytes.length, LEVEL), descriptor);
    }

    private static String hex4(int v) {
        String h = Integer.toHexString(v).toUpperCase(java.util.Locale.ROOT);
        return "0000".substring(h.length()) + h;
    }

    /** A deterministic six-letter subset tag, as PDFBox derives it from the glyph map. */
    private static String tag(Map<Integer, Integer> newToOld) {
        long num = newToOld.hashCode();
        StringBuilder sb = new StringBuilder();
        do {
            long div = num / 25;
            int mod = (int) (num % 25);
            sb.append(BASE25.charAt(Math.abs(mod)));
            num = div;
        } while (num != 0 && sb.length() < 6);
        while (sb.length() < 6) {
            sb.insert(0, 'A');
        }
        return sb.append('+').toString();
    }

    /**
     * Returns the CID to write for a glyph of the face.
     *
     * @param glyphId  a glyph id of the face that is in this subset
     * @return the CID, 0 to 65535
     * @throws IllegalStateException if the glyph is not in the subset
     */
    public int cid(int glyphId) {
        int cid = glyphId >= 0 && glyphId < cids.length ? cids[glyphId] : -1;
        if (cid < 0) {
            throw new IllegalStateException("glyph " + glyphId + " is not in the subset " + baseFont);
        }
        return cid;
    }

    /**
     * Creates this subset's Type 0 font dictionary, with its descendant, descriptor, font program
     * and ToUnicode CMap, as new objects for one document.
     *
     * @return the font dictionary, not null
     * @throws IOException if a stream cannot be written
     */
    public COSDictionary createFont() throws IOException {
        COSStream file = Deflate.stream(fontFile);
        file.setInt(COSName.LENGTH1, fontFileLength);
        COSDictionary fd = descriptor.create();
        fd.setName(COSName.FONT_NAME, baseFont);
        fd.setItem(COSName.FONT_FILE2, file);

        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        info.setDirect(true);

        COSArray w = new COSArray();
        COSArray run = null;
        int prev = Integer.MIN_VALUE;
        for (int cid = 0; cid < widths.length; cid++) {
            if (widths[cid] == 1000) {
                continue; // the default width
            }
            if (prev != cid - 1) {
                run = new COSArray();
                w.add(COSInteger.get(cid));
                w.add(run);
            }
            run.add(COSInteger.get(widths[cid]));
            prev = cid;
        }

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, baseFont);
        cidFont.setItem(COSName.CIDSYSTEMINFO, info);
        cidFont.setItem(COSName.FONT_DESC, fd);
        cidFont.setItem(COSName.W, w);
        cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, baseFont);
        font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        font.setItem(COSName.TO_UNICODE, Deflate.stream(toUnicode));
        return font;
    }
}
