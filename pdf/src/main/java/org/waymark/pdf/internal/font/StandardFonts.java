package org.waymark.pdf.internal.font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The standard fonts: DejaVu Sans (regular, bold, oblique) from the {@code jasperreports-fonts} jar,
 * which covers Latin, Greek and Cyrillic. The chain holds DejaVu Sans twice: first cut down to
 * common characters, which makes embedding cheaper, then whole. The files are parsed once per class
 * loader, when first asked for.
 */
public final class StandardFonts {

    private static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";

    /** What most documents use: Latin, Greek, Cyrillic, punctuation, symbols, check boxes, ticks. */
    private static final int[][] COMMON = {
        {0x20, 0x24F}, {0x2B0, 0x36F}, {0x370, 0x52F}, {0x1E00, 0x1FFF}, {0x2000, 0x206F}, {0x20A0, 0x20CF},
        {0x2100, 0x21FF}, {0x2600, 0x27BF},
    };

    private static final List<FontFamily> FAMILIES = load();

    private StandardFonts() {
    }

    /**
     * Returns the standard families, in fallback order.
     *
     * @return the families, not null, not empty
     */
    public static List<FontFamily> families() {
        return FAMILIES;
    }

    private static List<FontFamily> load() {
        FontFamily full = new FontFamily("DejaVu Sans", face("DejaVuSans.ttf"), face("DejaVuSans-Bold.ttf"),
                face("DejaVuSans-Oblique.ttf"));
        // The cut-down family leads the chain so that each document subsets a smaller font.
        FontFamily common = new FontFamily("DejaVu Sans (common characters)",
                full.regular().subset("DejaVuSans.ttf common", COMMON),
                full.bold().subset("DejaVuSans-Bold.ttf common", COMMON),
                full.italic().subset("DejaVuSans-Oblique.ttf common", COMMON));
        return List.of(common, full);
    }

    private static FontFace face(String file) {
        ClassLoader loader = StandardFonts.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(DEJAVU + file)) {
            if (in == null) {
                throw new IllegalStateException("font resource " + DEJAVU + file
                        + " not found: is net.sf.jasperreports:jasperreports-fonts on the class path?");
            }
            return FontFace.parse(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
