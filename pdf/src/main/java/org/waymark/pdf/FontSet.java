package org.waymark.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.waymark.pdf.internal.font.FontFace;
import org.waymark.pdf.internal.font.FontFamily;
import org.waymark.pdf.internal.font.StandardFonts;

/**
 * The fonts that may set a document's text, in fallback order.
 * <p>
 * Every character is set in the first family that has a glyph for it, so a host can add, say, a
 * TrueType CJK font behind the standard DejaVu Sans. Fonts are embedded as subsets, as PDF/A
 * requires. A character that no family has makes rendering fail with a {@link RenderException};
 * it is never printed as an empty box.
 * <p>
 * Font files are parsed when the set is built; keep a set and reuse it for many documents (the
 * {@link #standard()} set is built once per class loader). Only TrueType ({@code glyf}) outlines
 * are accepted: PDFBox cannot embed CFF-outlined OpenType fonts such as Noto Sans CJK.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class FontSet {

    private final List<FontFamily> families;

    private FontSet(List<FontFamily> families) {
        this.families = List.copyOf(families);
    }

    /**
     * Returns the standard set: DejaVu Sans (regular, bold, oblique), which covers Latin, Greek
     * and Cyrillic. It lists DejaVu Sans twice: first cut down to common characters, which makes
     * embedding cheaper, then whole.
     *
     * @return the standard set, not null
     */
    public static FontSet standard() {
        return Standard.INSTANCE;
    }

    /**
     * Obtains a set whose first family is the host's own font; add {@link #standard()}'s DejaVu Sans
     * or others behind it with {@link #withFallback(String, byte[])} to cover more scripts.
     *
     * @param name  the family's name, for messages, not null
     * @param regular  the bytes of the regular TrueType font file, not null
     * @param bold  the bytes of the bold TrueType font file, or null to use the regular face
     * @return the set, not null
     * @throws IllegalArgumentException if the bytes are not TrueType fonts that may be embedded
     */
    public static FontSet of(String name, byte[] regular, byte[] bold) {
        Objects.requireNonNull(name, "name");
        FontFace regularFace = FontFace.parse(name, regular);
        FontFace boldFace = bold == null ? regularFace : FontFace.parse(name + " Bold", bold);
        return new FontSet(List.of(new FontFamily(name, regularFace, boldFace, regularFace)));
    }

    /**
     * Returns a copy of this set with a family added at the end of the fallback chain, with one
     * face used for every style.
     *
     * @param name  the family's name, for messages, not null
     * @param trueTypeFont  the bytes of a TrueType font file, not null
     * @return the new set, not null
     * @throws IllegalArgumentException if the bytes are not a TrueType font that may be embedded
     */
    public FontSet withFallback(String name, byte[] trueTypeFont) {
        FontFace face = FontFace.parse(Objects.requireNonNull(name, "name"), trueTypeFont);
        return with(new FontFamily(name, face, face, face));
    }

    /**
     * Returns a copy of this set with a family added at the end of the fallback chain, with a
     * regular and a bold face.
     *
     * @param name  the family's name, for messages, not null
     * @param regular  the bytes of the regular TrueType font file, not null
     * @param bold  the bytes of the bold TrueType font file, not null
     * @return the new set, not null
     * @throws IllegalArgumentException if the bytes are not TrueType fonts that may be embedded
     */
    public FontSet withFallback(String name, byte[] regular, byte[] bold) {
        Objects.requireNonNull(name, "name");
        FontFace regularFace = FontFace.parse(name, regular);
        FontFace boldFace = FontFace.parse(name + " Bold", bold);
        return with(new FontFamily(name, regularFace, boldFace, regularFace));
    }

    private FontSet with(FontFamily family) {
        List<FontFamily> list = new ArrayList<>(families);
        list.add(family);
        return new FontSet(list);
    }

    /**
     * Returns the family names, in fallback order.
     *
     * @return the names, not null
     */
    public List<String> familyNames() {
        return families.stream().map(FontFamily::name).toList();
    }

    /**
     * Tells whether some family in this set has a glyph for a code point. This does not say
     * that the character can be printed: right-to-left and complex scripts are refused even
     * when a font has their glyphs.
     *
     * @param codePoint  the code point
     * @return true if a family has a glyph for it
     */
    public boolean hasGlyph(int codePoint) {
        return families.stream().anyMatch(f -> f.regular().canDisplay(codePoint));
    }

    /** The parsed families, in fallback order, for the layout code. */
    List<FontFamily> families() {
        return families;
    }

    @Override
    public String toString() {
        return "FontSet" + familyNames();
    }

    /** The standard set, built when first asked for. */
    private static final class Standard {
        static final FontSet INSTANCE = new FontSet(StandardFonts.families());
    }
}
