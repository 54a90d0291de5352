package org.waymark.pdf.internal.layout;

import java.nio.charset.StandardCharsets;

/**
 * Writes a page's content stream operators into a byte buffer: what PDFBox's
 * {@code PDPageContentStream} writes, without its per-character font encoding and object
 * allocation. Numbers are written with at most four decimals (positions with two), so the output
 * depends only on the values drawn.
 * <p>
 * One instance serves the pages of one document in turn; it is not thread-safe.
 */
final class ContentWriter extends ByteSink {

    ContentWriter() {
        super(16 * 1024);
    }

    /** Writes an operator and a line feed. */
    ContentWriter op(String operator) {
        ascii(operator);
        put((byte) '\n');
        return this;
    }

    /** Writes text (names, dictionary delimiters) as it is. */
    ContentWriter text(String s) {
        ascii(s);
        return this;
    }

    /** Writes an integer and a space. */
    ContentWriter operand(int value) {
        integer(value);
        put((byte) ' ');
        return this;
    }

    /** Writes a number and a space; at most four decimals, no exponent, no trailing zeros. */
    ContentWriter num(float value) {
        return decimal(Math.round((double) value * 10000d), 4);
    }

    /** Writes a number given in hundredths, with at most two decimals, and a space. */
    ContentWriter hundredths(long value) {
        return decimal(value, 2);
    }

    /** Writes {@code scaled / 10^decimals} without trailing zeros, and a space. */
    private ContentWriter decimal(long scaled, int decimals) {
        if (scaled < 0) {
            put((byte) '-');
            scaled = -scaled;
        }
        int unit = pow10(decimals);
        integer(scaled / unit);
        int frac = (int) (scaled % unit);
        if (frac != 0) {
            put((byte) '.');
            int digits = decimals;
            while (frac % 10 == 0) {
                frac /= 10;
                digits--;
            }
            for (int d = digits - 1, div = pow10(d); d >= 0; d--, div /= 10) {
                put((byte) ('0' + (frac / div) % 10));
            }
        }
        put((byte) ' ');
        return this;
    }

    private static int pow10(int d) {
        int p = 1;
        for (int i = 0; i < d; i++) {
            p *= 10;
        }
        return p;
    }

    /** Opens a literal string operand. */
    void beginString() {
        put((byte) '(');
    }

    /** Writes a two-byte code into an open literal string, escaping what a literal string must escape. */
    void code(int cid) {
        literal((byte) (cid >> 8));
        literal((byte) cid);
    }

    private void literal(byte b) {
        switch (b) {
            case '(', ')', '\\' -> {
                put((byte) '\\');
                put(b);
            }
            // End-of-line bytes inside a literal string are read back as a single line feed: escape them.
            case '\n' -> {
                put((byte) '\\');
                put((byte) 'n');
            }
            case '\r' -> {
                put((byte) '\\');
                put((byte) 'r');
            }
            default -> put(b);
        }
    }

    /** Closes a literal string operand and writes a space. */
    void endString() {
        put((byte) ')');
        put((byte) ' ');
    }

    @Override
    public String toString() {
        return new String(buf, 0, len, StandardCharsets.ISO_8859_1);
    }
}
