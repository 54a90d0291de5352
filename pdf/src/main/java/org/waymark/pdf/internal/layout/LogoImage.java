package org.waymark.pdf.internal.layout;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Iterator;
import java.util.Objects;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.waymark.pdf.internal.font.Deflate;

/**
 * A host's logo, checked and decoded once: its pixels as 8-bit grey or RGB samples and, when it
 * has transparency, an 8-bit soft mask (PDF/A-2 allows soft masks; PDF/A-1 did not), both
 * compressed, ready to be written as an image XObject into each document.
 * <p>
 * The file is untrusted input. It must be a PNG or a JPEG of at most {@value #MAX_BYTES} bytes and
 * {@value #MAX_SIDE} pixels on a side ({@value #MAX_PIXELS} pixels in all); the size is read from
 * the header before any pixel is decoded, and a warning from the decoder (a truncated JPEG decodes
 * with grey rows) counts as a failure. Every kind of image is re-encoded the same way, so
 * whatever the file's colour model, bit depth or palette, the PDF sees 8-bit DeviceGray or
 * DeviceRGB samples (the documents' output intent is sRGB) and never 16-bit or CMYK data.
 * Messages say why a file was refused, never what it contains.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class LogoImage {

    /** The largest file accepted, in bytes (1 MiB). */
    public static final int MAX_BYTES = 1 << 20;
    /** The most pixels on either side. */
    public static final int MAX_SIDE = 4096;
    /** The most pixels in all (2048 × 2048): the decoded image takes four bytes a pixel. */
    public static final int MAX_PIXELS = 1 << 22;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int LEVEL = 6;

    private final String format;
    private final int width;
    private final int height;
    private final boolean grey;
    private final byte[] samples;
    private final byte[] mask;
    private final byte[] digest;

    private LogoImage(String format, int width, int height, boolean grey, byte[] samples, byte[] mask,
            byte[] digest) {
        this.format = format;
        this.width = width;
        this.height = height;
        this.grey = grey;
        this.samples = samples;
        this.mask = mask;
        this.digest = digest;
    }

    /**
     * Checks and decodes a PNG or JPEG file.
     *
     * @param file  the file's bytes, not null; not modified or kept
     * @return the image, not null
     * @throws IllegalArgumentException saying why, if the file is empty, too large, not a PNG or
     *         JPEG, too many pixels, or cannot be decoded whole
     */
    public static LogoImage decode(byte[] file) {
        Objects.requireNonNull(file, "logo");
        if (file.length == 0) {
            throw new IllegalArgumentException("the logo is empty");
        }
        if (file.length > MAX_BYTES) {
            throw new IllegalArgumentException("the logo is " + file.length + " bytes; at most " + MAX_BYTES
                    + " (1 MiB) are accepted");
        }
        String format = startsWith(file, PNG) ? "PNG"
                : file.length > 3 && (file[0] & 0xff) == 0xff && (file[1] & 0xff) == 0xd8 && (file[2] & 0xff) == 0xff
                        ? "JPEG" : null;
        if (format == null) {
            throw new IllegalArgumentException("the logo is not a PNG or JPEG image");
        }
        BufferedImage image = read(file, format);
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        boolean grey = true;
        boolean transparent = false;
        for (int p : argb) {
            int r = (p >> 16) & 0xff;
            grey &= r == ((p >> 8) & 0xff) && r == (p & 0xff);
            transparent |= (p >>> 24) != 0xff;
        }
        byte[] raw = new byte[argb.length * (grey ? 1 : 3)];
        if (grey && image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer() instanceof DataBufferByte bytes && bytes.getNumBanks() == 1
                && bytes.getData().length == raw.length) {
            // The grey values as stored: getRGB would read them as linear grey and lighten them.
            System.arraycopy(bytes.getData(), 0, raw, 0, raw.length);
        } else {
            int k = 0;
            for (int p : argb) {
                if (grey) {
                    raw[k++] = (byte) p;
                } else {
                    raw[k++] = (byte) (p >> 16);
                    raw[k++] = (byte) (p >> 8);
                    raw[k++] = (byte) p;
                }
            }
        }
        byte[] mask = null;
        if (transparent) {
            byte[] alpha = new byte[argb.length];
            for (int i = 0; i < argb.length; i++) {
                alpha[i] = (byte) (argb[i] >>> 24);
            }
            mask = Deflate.bytes(alpha, alpha.length, LEVEL);
        }
        return new LogoImage(format, w, h, grey, Deflate.bytes(raw, raw.length, LEVEL), mask, sha256(file));
    }

    private static BufferedImage read(byte[] file, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no " + format + " reader in this Java runtime");
        }
        ImageReader reader = readers.next();
        boolean[] warned = {false};
        reader.addIIOReadWarningListener((source, warning) -> warned[0] = true);
        // In memory: ImageIO's default stream would cache to a temporary file.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(file))) {
            reader.setInput(in, true, true);
            int w;
            int h;
            try {
                w = reader.getWidth(0);
                h = reader.getHeight(0);
            } catch (IOException | RuntimeException e) {
                throw undecodable(format, e);
            }
            if (w < 1 || h < 1 || w > MAX_SIDE || h > MAX_SIDE || (long) w * h > MAX_PIXELS) {
                throw new IllegalArgumentException("the logo is " + w + " x " + h + " pixels; at most " + MAX_SIDE
                        + " on a side and " + MAX_PIXELS + " in all are accepted");
            }
            BufferedImage image;
            try {
                image = reader.read(0);
            } catch (IOException | RuntimeException e) {
                throw undecodable(format, e);
            }
            if (warned[0] || image.getWidth() != w || image.getHeight() != h) {
                throw new IllegalArgumentException("the logo is a damaged or truncated " + format + " image");
            }
            return image;
        } catch (IOException e) {
            throw undecodable(format, e);
        } finally {
            reader.dispose();
        }
    }

    /** The decoder's own message describes the failure, not the pixels; it stays in the cause. */
    private static IllegalArgumentException undecodable(String format, Exception cause) {
        return new IllegalArgumentException("the logo cannot be decoded as a " + format
                + " image: it is damaged, truncated or uses a colour model other than grey or RGB", cause);
    }

    private static boolean startsWith(byte[] file, byte[] prefix) {
        if (file.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (file[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] sha256(byte[] file) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(file);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /**
     * Returns the format of the file, "PNG" or "JPEG".
     *
     * @return the format, not null
     */
    public String format() {
        return format;
    }

    /**
     * Returns the width in pixels.
     *
     * @return the width, at least 1
     */
    public int width() {
        return width;
    }

    /**
     * Returns the height in pixels.
     *
     * @return the height, at least 1
     */
    public int height() {
        return height;
    }

    /**
     * Tells whether any pixel is not fully opaque (the image then has a soft mask).
     *
     * @return true if the image has transparency
     */
    public boolean hasTransparency() {
        return mask != null;
    }

    /**
     * Returns the SHA-256 digest of the file, which decides the image's place in a document's
     * identifier.
     *
     * @return a copy of the digest, not null
     */
    public byte[] digest() {
        return digest.clone();
    }

    /**
     * Creates the image XObject, with its soft mask when the image has transparency; each document
     * gets its own stream objects over the shared compressed samples.
     *
     * @return the stream, not null
     * @throws IOException if the stream cannot be written
     */
    COSStream toXObject() throws IOException {
        COSStream image = stream(samples, grey);
        if (mask != null) {
            image.setItem(COSName.SMASK, stream(mask, true));
        }
        return image;
    }

    private COSStream stream(byte[] compressed, boolean deviceGrey) throws IOException {
        COSStream s = Deflate.stream(compressed);
        s.setItem(COSName.TYPE, COSName.XOBJECT);
        s.setItem(COSName.SUBTYPE, COSName.IMAGE);
        s.setInt(COSName.WIDTH, width);
        s.setInt(COSName.HEIGHT, height);
        s.setItem(COSName.COLORSPACE, deviceGrey ? COSName.DEVICEGRAY : COSName.DEVICERGB);
        s.setInt(COSName.BITS_PER_COMPONENT, 8);
        return s;
    }

    @Override
    public String toString() {
        return "LogoImage[" + format + " " + width + "x" + height + (mask != null ? ", transparent" : "") + "]";
    }
}
