package org.waymark.pdf.internal.layout;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes a page's content stream operators into a byte buffer: what PDFBox's
 * {@code PDPageContentStream} writes, without its per-character font encoding and object
 * allocation. Numbers are written with at most four decimals, so the output depends only on the
 * values drawn.
 * <p>
 * One instance serves the pages of one document in turn; it is not thread-safe.
 */
final class ContentWriter {

    private byte[] buf = new byte[16 * 1024];
    private int len;

    void reset() {
        len = 0;
    }

    byte[] buffer() {
        return buf;
    }

    int length() {
        return len;
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    /** Writes ASCII text (operators, names) as it is. */
    ContentWriter raw(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) s.charAt(i);
        }
        return this;
    }

    ContentWriter sp() {
        ensure(1);
        buf[len++] = ' ';
        return this;
    }

    /** Writes an operator and a line feed. */
    ContentWriter op(String operator) {
        raw(operator);
        ensure(1);
        buf[len++] = '\n';
        return this;
    }

    /** Writes a number and a space; at most four decimals, no exponent, no trailing zeros. */
    ContentWriter num(float value) {
        long scaled = Math.round((double) value * 10000d);
        ensure(24);
        if (scaled < 0) {
            buf[len++] = '-';
            scaled = -scaled;
        }
        long whole = scaled / 10000;
        int frac = (int) (scaled % 10000);
        writeLong(whole);
        if (frac != 0) {
            buf[len++] = '.';
            int digits = 4;
            while (frac % 10 == 0) {
                frac /= 10;
                digits--;
            }
            for (int d = digits - 1, div = pow10(d); d >= 0; d--, div /= 10) {
                buf[len++] = (byte) ('0' + (frac / div) % 10);
            }
        }
        buf[len++] = ' ';
        return this;
    }

    /** Writes a number given in hundredths, with at most two decimals, and a space. */
    ContentWriter hundredths(long value) {
        ensure(24);
        if (value < 0) {
            buf[len++] = '-';
            value = -value;
        }
        writeLong(value / 100);
        int frac = (int) (value % 100);
        if (frac != 0) {
            buf[len++] = '.';
            buf[len++] = (byte) ('0' + frac / 10);
            if (frac % 10 != 0) {
                buf[len++] = (byte) ('0' + frac % 10);
            }
        }
        buf[len++] = ' ';
        return this;
    }

    ContentWriter integer(int value) {
        ensure(12);
        if (value < 0) {
            buf[len++] = '-';
            writeLong(-(long) value);
        } else {
            writeLong(value);
        }
        buf[len++] = ' ';
        return this;
    }

    private static int pow10(int d) {
        int p = 1;
        for (int i = 0; i < d; i++) {
            p *= 10;
        }
        return p;
    }

    private void writeLong(long v) {
        if (v == 0) {
            buf[len++] = '0';
            return;
        }
        int start = len;
        while (v > 0) {
            buf[len++] = (byte) ('0' + v % 10);
            v /= 10;
        }
        for (int i = start, j = len - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    /** Opens a literal string operand. */
    void beginString() {
        ensure(1);
        buf[len++] = '(';
    }

    /** Writes a two-byte code into an open literal string, escaping what a literal string must escape. */
    void code(int cid) {
        ensure(4);
        put((byte) (cid >> 8));
        put((byte) cid);
    }

    private void put(byte b) {
        switch (b) {
            case '(', ')', '\\' -> {
                buf[len++] = '\\';
                buf[len++] = b;
            }
            // End-of-line bytes inside a literal string are read back as a single line feed: escape them.
            case '\n' -> {
                buf[len++] = '\\';
                buf[len++] = 'n';
            }
            case '\r' -> {
                buf[len++] = '\\';
                buf[len++] = 'r';
            }
            default -> buf[len++] = b;
        }
    }

    /** Closes a literal string operand and writes a space. */
    void endString() {
        ensure(2);
        buf[len++] = ')';
        buf[len++] = ' ';
    }

    @Override
    public String toString() {
        return new String(buf, 0, len, StandardCharsets.ISO_8859_1);
    }
}
