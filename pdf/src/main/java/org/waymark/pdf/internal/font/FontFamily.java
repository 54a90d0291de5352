package org.waymark.pdf.internal.font;

import java.util.Objects;

/**
 * The faces of one font family. A family that lacks a style uses its regular face for it.
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param name  the family name, not null
 * @param regular  the regular face, not null
 * @param bold  the bold face, not null (the regular face when the family has none)
 * @param italic  the italic or oblique face, not null (the regular face when the family has none)
 */
public record FontFamily(String name, FontFace regular, FontFace bold, FontFace italic) {

    /**
     * Creates an instance, checking the components.
     *
     * @param name  the family name, not null
     * @param regular  the regular face, not null
     * @param bold  the bold face, not null (the regular face when the family has none)
     * @param italic  the italic or oblique face, not null (the regular face when the family has none)
     */
    public FontFamily {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regular, "regular");
        Objects.requireNonNull(bold, "bold");
        Objects.requireNonNull(italic, "italic");
    }

    /**
     * Returns the face for a style.
     *
     * @param bold  whether bold is wanted
     * @param italic  whether italic is wanted
     * @return the face, not null
     */
    public FontFace face(boolean bold, boolean italic) {
        if (bold) {
            return this.bold;
        }
        return italic ? this.italic : regular;
    }
}
