package org.waymark.pdf.internal.font;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.Deflater;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * Compresses stream data once, so that streams can be written with PDFBox's raw output and
 * their compressed bytes reused; zlib's output depends only on the input and the level.
 */
public final class Deflate {

    private Deflate() {
    }

    /**
     * Compresses bytes into a zlib stream ({@code /FlateDecode}).
     *
     * @param data  the bytes
     * @param length  how many bytes of {@code data} to compress
     * @param level  the zlib level, 1 (fastest) to 9
     * @return the compressed bytes, not null
     */
    public static byte[] bytes(byte[] data, int length, int level) {
        Deflater deflater = new Deflater(level);
        try {
            return bytes(deflater, data, length, level);
        } finally {
            deflater.end();
        }
    }

    /**
     * Compresses bytes into a zlib stream with a deflater the caller owns, which saves allocating
     * zlib's state for each of a document's streams.
     *
     * @param deflater  the deflater; it is reset first and not ended
     * @param data  the bytes
     * @param length  how many bytes of {@code data} to compress
     * @param level  the zlib level, 1 (fastest) to 9
     * @return the compressed bytes, not null
     */
    public static byte[] bytes(Deflater deflater, byte[] data, int length, int level) {
        deflater.reset();
        deflater.setLevel(level);
        deflater.setInput(data, 0, length);
        deflater.finish();
        byte[] out = new byte[Math.max(64, length / 3)];
        int n = 0;
        while (!deflater.finished()) {
            if (n == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            n += deflater.deflate(out, n, out.length - n);
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /**
     * Creates a {@code /FlateDecode} stream holding already compressed bytes.
     *
     * @param compressed  zlib data, not modified
     * @return a new stream, not null
     * @throws IOException if the stream cannot be written
     */
    public static COSStream stream(byte[] compressed) throws IOException {
        COSStream stream = new COSStream();
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(compressed);
        }
        return stream;
    }
}
