package org.waymark.pdf;

import java.util.Arrays;
import java.util.Objects;

import org.waymark.pdf.internal.layout.LogoImage;

/**
 * A service's logo, printed at the head of every document: a PNG (transparency kept) or a JPEG.
 * <p>
 * The file is treated as untrusted input and checked once, here: at most 1 MiB, at most 4096
 * pixels on a side and 4,194,304 pixels in all, decoded completely (a truncated or damaged file is
 * refused). The pixels are printed as 8-bit grey or RGB whatever the file's bit depth, palette or
 * colour model, so that the documents stay PDF/A-2u. Two logos are equal when their files are
 * byte for byte the same.
 * <p>
 * The logo is decoration next to the service name when one is given (a screen reader reads the
 * name); without a service name it is a figure whose alternative text is "Logo".
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Logo {

    private final byte[] file;
    private final LogoImage image;

    private Logo(byte[] file, LogoImage image) {
        this.file = file;
        this.image = image;
    }

    /**
     * Obtains a logo from the bytes of a PNG or JPEG file.
     *
     * @param file  the file's bytes, not null; copied
     * @return the logo, not null
     * @throws IllegalArgumentException if the file is empty, larger than 1 MiB, not a PNG or JPEG,
     *         larger than the pixel limits, or cannot be decoded whole; the message says which,
     *         never what the file holds
     */
    public static Logo of(byte[] file) {
        byte[] copy = Objects.requireNonNull(file, "file").clone();
        return new Logo(copy, LogoImage.decode(copy));
    }

    /**
     * Returns the file's format.
     *
     * @return "PNG" or "JPEG", not null
     */
    public String format() {
        return image.format();
    }

    /**
     * Returns the width of the image in pixels.
     *
     * @return the width, at least 1
     */
    public int widthPixels() {
        return image.width();
    }

    /**
     * Returns the height of the image in pixels.
     *
     * @return the height, at least 1
     */
    public int heightPixels() {
        return image.height();
    }

    /**
     * Returns a copy of the file's bytes.
     *
     * @return the bytes, not null
     */
    public byte[] toBytes() {
        return file.clone();
    }

    /** The decoded image, for the layout code. */
    LogoImage image() {
        return image;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Logo other && Arrays.equals(file, other.file);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(file);
    }

    @Override
    public String toString() {
        return "Logo[" + image.format() + ", " + image.width() + "x" + image.height() + "]";
    }
}
