package org.waymark.pdf.internal.layout;

import java.util.Objects;

/**
 * An image at a fixed height at the left edge, with an optional paragraph beside it, centred on
 * the image's height, all kept on one page (a logo and the service's name). The image is narrowed,
 * keeping its proportions, when it would take more than half the text width. With alternative text
 * it is a Figure in the structure tree; without, it is decoration (an artifact), for an image whose
 * meaning the text beside it gives.
 *
 * @param image  the image, not null
 * @param height  the height in points, more than 0 and at most 144
 * @param alt  the alternative text, plain ASCII letters, digits and spaces, or null for decoration
 * @param beside  the paragraph to the right of the image (tagged P), or null
 */
public record Picture(LogoImage image, float height, String alt, Paragraph beside) implements Block {

    /**
     * Creates an instance, checking the components.
     *
     * @param image  the image, not null
     * @param height  the height in points, more than 0 and at most 144
     * @param alt  the alternative text, plain ASCII letters, digits and spaces, or null for decoration
     * @param beside  the paragraph to the right of the image (tagged P), or null
     */
    public Picture {
        Objects.requireNonNull(image, "image");
        if (!(height > 0 && height <= 144)) {
            throw new IllegalArgumentException("height must be more than 0 and at most 144: " + height);
        }
        if (alt != null && !alt.matches("[A-Za-z0-9 ]{1,100}")) {
            throw new IllegalArgumentException("alt must be plain ASCII letters, digits and spaces");
        }
    }

    @Override
    public <R, P> R accept(Block.Visitor<R, P> visitor, P argument) {
        return visitor.visit(this, argument);
    }
}
