package org.waymark.pdf.internal.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growing byte array with the few writes PDF syntax needs: ASCII text, integers, object
 * references and raw bytes. {@link PdfFileWriter} writes files with it and {@link ContentWriter}
 * extends it with content stream operands.
 * <p>
 * Not thread-safe; one instance serves one document.
 */
class ByteSink extends OutputStream {
    byte[] buf;
    int len;

    ByteSink(int capacity) {
        buf = new byte[capacity];
    }

    void reset() {
        len = 0;
    }

    int length() {
        return len;
    }

    byte[] buffer() {
        return buf;
    }

    /** Returns the bytes written; the buffer itself when it is exactly full. */
    byte[] toByteArray() {
        return len == buf.length ? buf : Arrays.copyOf(buf, len);
    }

    void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    void put(byte b) {
        ensure(1);
        buf[len++] = b;
    }

    @Override
    public void write(int b) {
        put((byte) b);
    }

    ByteSink bytes(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
        return this;
    }

    @Override
    public void write(byte[] b, int off, int n) {
        bytes(b, off, n);
    }

    @Override
    public void write(byte[] b) {
        bytes(b, 0, b.length);
    }

    ByteSink ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) s.charAt(i);
        }
        return this;
    }

    ByteSink space() {
        put((byte) ' ');
        return this;
    }

    ByteSink newline() {
        put((byte) '\n');
        return this;
    }

    ByteSink integer(long v) {
        if (v == Long.MIN_VALUE) {
            // Its negation overflows.
            return ascii(Long.toString(v));
        }
        ensure(20);
        if (v < 0) {
            buf[len++] = '-';
            v = -v;
        }
        if (v < 10) {
            buf[len++] = (byte) ('0' + v);
            return this;
        }
        int digits = 1;
        for (long p = 10; p <= v && digits < 19; p *= 10) {
            digits++;
        }
        int end = len + digits;
        for (int i = end - 1; i >= len; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        len = end;
        return this;
    }

    /** Reads a stream to its end into the buffer. */
    void readFrom(InputStream in) throws IOException {
        while (true) {
            ensure(8192);
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                return;
            }
            len += n;
        }
    }

    ByteSink reference(int number) {
        return integer(number).ascii(" 0 R");
    }
}
