package org.waymark.pdf.internal.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.waymark.pdf.internal.font.Deflate;

/**
 * Writes an unencrypted PDF file from a graph of PDFBox COS objects, in one pass over the graph
 * and into one growing byte array.
 * <p>
 * PDFBox's own writer is general: it serves incremental updates, signing and encryption, and it
 * compresses object streams at a level only a JVM-wide setting can change. For the documents
 * Waymark prints it was about a third of the time per document. This writer does only what those
 * documents need and follows ISO 32000-1 and ISO 19005-2 for the file structure:
 * <ul>
 *   <li>a {@code %PDF-1.7} header followed by a comment of four bytes above 127 (PDF/A-2, 6.1.2);</li>
 *   <li>streams as indirect objects with exact {@code /Length}, {@code stream} followed by CR LF
 *       and {@code endstream} preceded by an end of line (6.1.7.1);</li>
 *   <li>every other indirect object in compressed object streams (ISO 32000-1, 7.5.7);</li>
 *   <li>a cross-reference stream holding the trailer entries, including {@code /ID} (7.5.8; PDF/A-2,
 *       6.1.3), and nothing after {@code %%EOF} but an end of line.</li>
 * </ul>
 * A dictionary or array becomes an indirect object when more than one container refers to it,
 * when the trailer refers to it, or when the specification requires it (pages and the page tree);
 * otherwise it is written inline, unless PDFBox flags it direct. Objects are numbered in the order
 * a breadth-first walk from the trailer meets them, and dictionaries keep their insertion order, so
 * the bytes depend only on the graph.
 * <p>
 * Instances serve one file and are not thread-safe.
 */
final class PdfFileWriter {

    /** Objects per object stream: PDFBox's default, so a reader never parses a huge stream to reach one object. */
    private static final int OBJECTS_PER_STREAM = 100;
    private static final byte[] HEADER = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', '%', (byte) 0xE2, (byte) 0xE3,
            (byte) 0xCF, (byte) 0xD3, '\n'};

    private final int objectStreamLevel;
    /** Every dictionary, array and stream met, with how often it is referred to and its object number. */
    private final Map<COSBase, Slot> slots = new IdentityHashMap<>(1024);
    private final List<COSBase> order = new ArrayList<>();
    private final Map<COSName, byte[]> names = new IdentityHashMap<>(64);
    private final Deflater deflater;
    /** The file; sized once the graph is known, so that it seldom grows and is seldom much too large. */
    private ByteSink file;

    private final RawObjects raw;
    /** The number of raw object 0. */
    private int rawFirst;

    private PdfFileWriter(Deflater deflater, int objectStreamLevel, RawObjects raw) {
        this.deflater = deflater;
        this.objectStreamLevel = objectStreamLevel;
        this.raw = raw;
    }

    /**
     * Writes a file: the COS graph reachable from the trailer, and objects the caller writes as bytes.
     *
     * @param trailer  the trailer entries to keep: {@code /Root}, {@code /Info} and {@code /ID}
     * @param raw  objects written as bytes, referred to from the graph by {@link RawRef}
     * @param deflater  a deflater to compress with; it is reset before each use and not ended
     * @param objectStreamLevel  the zlib level for object streams
     * @return the file, not null
     * @throws IOException if a stream's data cannot be read
     */
    static byte[] write(COSDictionary trailer, RawObjects raw, Deflater deflater, int objectStreamLevel)
            throws IOException {
        return new PdfFileWriter(deflater, objectStreamLevel, raw).writeFile(trailer);
    }

    /**
     * Objects a caller writes as bytes, such as a structure tree of hundreds of small dictionaries,
     * which would cost far more to build as PDFBox objects. They are numbered after the graph's
     * indirect objects and packed into object streams with them.
     */
    interface RawObjects {
        /** No raw objects. */
        RawObjects NONE = new RawObjects() {
            @Override
            public int count() {
                return 0;
            }

            @Override
            public void write(int index, ByteSink out, Numbers numbers) {
                throw new IndexOutOfBoundsException(index);
            }
        };

        /**
         * Returns how many objects there are.
         *
         * @return the count, at least 0
         */
        int count();

        /**
         * Writes one object: a dictionary or array, never a stream.
         *
         * @param index  0 to {@link #count()} - 1
         * @param out  where to write it
         * @param numbers  the object numbers of the graph's indirect objects and of raw objects
         */
        void write(int index, ByteSink out, Numbers numbers);
    }

    /** Object numbers, for raw objects to refer to other objects. */
    interface Numbers {
        /**
         * Returns the object number of an indirect object of the graph, such as a page.
         *
         * @param object  the object
         * @return its number
         * @throws IllegalStateException if the object is not an indirect object of the file
         */
        int of(COSBase object);

        /**
         * Returns the object number of a raw object.
         *
         * @param index  the raw object's index
         * @return its number
         */
        int raw(int index);
    }

    /** A value in the COS graph standing for a raw object; only this writer can write it. */
    static final class RawRef extends COSBase {
        final int index;

        RawRef(int index) {
            this.index = index;
        }

        @Override
        public void accept(org.apache.pdfbox.cos.ICOSVisitor visitor) {
            throw new UnsupportedOperationException("a raw object reference is written only by PdfFileWriter");
        }
    }

    private byte[] writeFile(COSDictionary trailer) throws IOException {
        COSBase root = resolve(trailer.getItem(COSName.ROOT));
        COSBase info = resolve(trailer.getItem(COSName.INFO));
        COSBase id = resolve(trailer.getItem(COSName.ID));
        if (!(root instanceof COSDictionary)) {
            throw new IllegalStateException("the trailer has no catalog");
        }
        walk(root, info);
        numberObjects();

        // Stream data is most of a file; the rest compresses to a few bytes per object.
        long estimate = 4096 + 32L * (order.size() + raw.count());
        for (COSBase object : order) {
            if (object instanceof COSStream stream) {
                estimate += stream.getLength() + 64;
            }
        }
        file = new ByteSink((int) Math.min(estimate, Integer.MAX_VALUE - 16));
        file.write(HEADER);
        rawFirst = order.size() + 1;
        int objectCount = order.size() + raw.count();
        // Cross-reference entries by object number: type, field 2, field 3.
        int streamCount = (objectCount + OBJECTS_PER_STREAM - 1) / OBJECTS_PER_STREAM + 1;
        int size = objectCount + streamCount + 1;
        int[] type = new int[size];
        long[] field2 = new long[size];
        int[] field3 = new int[size];
        type[0] = 0;
        field3[0] = 65535;

        List<COSBase> packed = new ArrayList<>();
        for (COSBase object : order) {
            int number = number(object);
            if (object instanceof COSStream stream) {
                type[number] = 1;
                field2[number] = file.length();
                writeStreamObject(number, stream);
            } else {
                packed.add(object);
            }
        }
        for (int i = 0; i < raw.count(); i++) {
            packed.add(new RawRef(i));
        }
        Numbers numbers = new Numbers() {
            @Override
            public int of(COSBase object) {
                int n = number(object);
                if (n == 0) {
                    throw new IllegalStateException("not an indirect object of the file");
                }
                return n;
            }

            @Override
            public int raw(int index) {
                return rawFirst + index;
            }
        };
        int next = objectCount + 1;
        ByteSink body = new ByteSink(16 * 1024);
        ByteSink offsets = new ByteSink(2 * 1024);
        for (int from = 0; from < packed.size(); from += OBJECTS_PER_STREAM) {
            int to = Math.min(packed.size(), from + OBJECTS_PER_STREAM);
            int streamNumber = next++;
            body.reset();
            offsets.reset();
            for (int i = from; i < to; i++) {
                COSBase object = packed.get(i);
                int number = object instanceof RawRef r ? rawFirst + r.index : number(object);
                type[number] = 2;
                field2[number] = streamNumber;
                field3[number] = i - from;
                offsets.integer(number).space().integer(body.length()).space();
                if (object instanceof RawRef r) {
                    raw.write(r.index, body, numbers);
                } else {
                    writeDirect(body, object);
                }
                body.newline();
            }
            int first = offsets.length();
            offsets.write(body.buffer(), 0, body.length());
            byte[] compressed = Deflate.bytes(deflater, offsets.buffer(), offsets.length(), objectStreamLevel);
            type[streamNumber] = 1;
            field2[streamNumber] = file.length();
            file.integer(streamNumber).ascii(" 0 obj\n<</Type/ObjStm/N ").integer(to - from).ascii("/First ")
                    .integer(first).ascii("/Filter/FlateDecode/Length ").integer(compressed.length)
                    .ascii(">>\nstream\r\n").bytes(compressed, 0, compressed.length).ascii("\nendstream\nendobj\n");
        }
        int xrefNumber = next++;
        long xrefOffset = file.length();
        type[xrefNumber] = 1;
        field2[xrefNumber] = xrefOffset;
        int total = next;
        // Field 2 holds byte offsets and, for objects in object streams, the stream's number.
        int w2 = bytesFor(Math.max(xrefOffset, total));
        int w3 = 2;
        byte[] table = new byte[total * (1 + w2 + w3)];
        int p = 0;
        for (int n = 0; n < total; n++) {
            table[p++] = (byte) type[n];
            for (int b = w2 - 1; b >= 0; b--) {
                table[p++] = (byte) (field2[n] >>> (8 * b));
            }
            table[p++] = (byte) (field3[n] >>> 8);
            table[p++] = (byte) field3[n];
        }
        byte[] compressed = Deflate.bytes(deflater, table, table.length, objectStreamLevel);
        file.integer(xrefNumber).ascii(" 0 obj\n<</Type/XRef/Size ").integer(total).ascii("/W[1 ").integer(w2)
                .ascii(" ").integer(w3).ascii("]/Root ").reference(number(root));
        if (info != null) {
            file.ascii("/Info ").reference(number(info));
        }
        if (id != null) {
            file.ascii("/ID");
            writeDirect(file, id);
        }
        file.ascii("/Filter/FlateDecode/Length ").integer(compressed.length).ascii(">>\nstream\r\n")
                .bytes(compressed, 0, compressed.length).ascii("\nendstream\nendobj\nstartxref\n").integer(xrefOffset)
                .ascii("\n%%EOF\n");
        return file.toByteArray();
    }

    private static int bytesFor(long value) {
        int bytes = 1;
        while (value >= (1L << (8 * bytes))) {
            bytes++;
        }
        return bytes;
    }

    // ---- the walk ----

    private static COSBase resolve(COSBase base) {
        return base instanceof COSObject o ? o.getObject() : base;
    }

    /** Counts, for every dictionary, array and stream, how many containers refer to it. */
    private void walk(COSBase root, COSBase info) {
        ArrayDeque<COSBase> queue = new ArrayDeque<>();
        for (COSBase start : new COSBase[] {root, info}) {
            if (start != null && slots.put(start, new Slot(2)) == null) {
                // Counted twice: the trailer refers to it, so it must be indirect.
                order.add(start);
                queue.add(start);
            }
        }
        while (!queue.isEmpty()) {
            COSBase container = queue.poll();
            if (container instanceof COSDictionary dict) {
                for (COSBase value : dict.getValues()) {
                    meet(value, queue);
                }
            } else if (container instanceof COSArray array) {
                for (int i = 0, n = array.size(); i < n; i++) {
                    meet(array.get(i), queue);
                }
            }
        }
    }

    private void meet(COSBase value, ArrayDeque<COSBase> queue) {
        COSBase v = resolve(value);
        if (v instanceof COSDictionary || v instanceof COSArray) {
            Slot slot = slots.get(v);
            if (slot == null) {
                slots.put(v, new Slot(1));
                order.add(v);
                queue.add(v);
            } else {
                slot.references++;
            }
        }
    }

    private void numberObjects() {
        List<COSBase> indirect = new ArrayList<>();
        for (COSBase object : order) {
            if (isIndirect(object)) {
                indirect.add(object);
            }
        }
        order.clear();
        order.addAll(indirect);
        for (int i = 0; i < order.size(); i++) {
            slots.get(order.get(i)).number = i + 1;
        }
    }

    private boolean isIndirect(COSBase object) {
        if (object instanceof COSStream) {
            return true;
        }
        if (object.isDirect()) {
            return false;
        }
        if (slots.get(object).references > 1) {
            return true;
        }
        if (object instanceof COSDictionary dict) {
            COSBase type = dict.getDictionaryObject(COSName.TYPE);
            return type == COSName.PAGE || type == COSName.PAGES;
        }
        return false;
    }

    /** The object number of an indirect object, 0 for one written inline. */
    private int number(COSBase object) {
        Slot slot = slots.get(object);
        return slot == null ? 0 : slot.number;
    }

    private static final class Slot {
        int references;
        int number;

        Slot(int references) {
            this.references = references;
        }
    }

    // ---- objects ----

    private void writeStreamObject(int number, COSStream stream) throws IOException {
        file.integer(number).ascii(" 0 obj\n<<");
        for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
            if (entry.getKey() == COSName.LENGTH) {
                continue;
            }
            name(file, entry.getKey());
            writeValue(file, entry.getValue());
        }
        // PDFBox records a stream's length when its data is written; the data goes straight into the file.
        long length = stream.getLength();
        file.ascii("/Length ").integer(length).ascii(">>\nstream\r\n");
        int dataAt = file.length();
        try (InputStream in = stream.createRawInputStream()) {
            file.readFrom(in);
        }
        if (file.length() - dataAt != length) {
            throw new IllegalStateException("a stream holds " + (file.length() - dataAt) + " bytes, not its /Length "
                    + length);
        }
        file.ascii("\nendstream\nendobj\n");
    }

    /** Writes a value: a reference if it is an indirect object, else the value itself. */
    private void writeValue(ByteSink out, COSBase value) throws IOException {
        COSBase v = resolve(value);
        int number = v instanceof COSDictionary || v instanceof COSArray ? number(v) : 0;
        if (number > 0) {
            out.space().reference(number);
        } else {
            writeDirect(out, v);
        }
    }

    /**
     * Writes a value in full. Names, strings, arrays and dictionaries delimit themselves, so only
     * numbers, booleans, null and references need a space before them.
     */
    private void writeDirect(ByteSink out, COSBase v) throws IOException {
        if (v instanceof RawRef r) {
            out.space().reference(rawFirst + r.index);
        } else if (v == null || v instanceof COSNull) {
            out.space().ascii("null");
        } else if (v instanceof COSName n) {
            name(out, n);
        } else if (v instanceof COSInteger i) {
            out.space().integer(i.longValue());
        } else if (v instanceof COSFloat f) {
            out.space();
            f.writePDF(out);
        } else if (v instanceof COSBoolean b) {
            out.space().ascii(b.getValue() ? "true" : "false");
        } else if (v instanceof COSString s) {
            string(out, s.getBytes());
        } else if (v instanceof COSStream) {
            throw new IllegalStateException("a stream must be an indirect object");
        } else if (v instanceof COSDictionary dict) {
            out.ascii("<<");
            for (Map.Entry<COSName, COSBase> entry : dict.entrySet()) {
                name(out, entry.getKey());
                writeValue(out, entry.getValue());
            }
            out.ascii(">>");
        } else if (v instanceof COSArray array) {
            out.ascii("[");
            for (int i = 0, n = array.size(); i < n; i++) {
                writeValue(out, array.get(i));
            }
            out.ascii("]");
        } else {
            throw new IllegalStateException("cannot write " + v.getClass().getSimpleName());
        }
    }

    /** Writes a name, escaped once per writer: a document uses a few dozen names thousands of times. */
    private void name(ByteSink out, COSName name) {
        byte[] encoded = names.get(name);
        if (encoded == null) {
            encoded = encode(name);
            names.put(name, encoded);
        }
        out.bytes(encoded, 0, encoded.length);
    }

    /** A name's bytes as written: '/', then regular characters as they are and others as #xx. */
    static byte[] encode(COSName name) {
        byte[] bytes = name.getBytes();
        ByteSink out = new ByteSink(bytes.length * 3 + 1);
        out.put((byte) '/');
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (regular(c)) {
                out.put(b);
            } else {
                escape(out, c);
            }
        }
        return out.toByteArray();
    }

    /** Regular characters of a name: printable ASCII except delimiters, white space and '#'. */
    private static boolean regular(int c) {
        return c > 32 && c < 127 && "()<>[]{}/%#".indexOf(c) < 0;
    }

    private static void escape(ByteSink out, int b) {
        out.put((byte) '#');
        out.put((byte) Character.forDigit(b >> 4, 16));
        out.put((byte) Character.forDigit(b & 15, 16));
    }

    /** Printable ASCII as a literal string, anything else as a hexadecimal string. */
    private static void string(ByteSink out, byte[] bytes) {
        boolean printable = true;
        for (byte b : bytes) {
            if (b < 32 || b > 126) {
                printable = false;
                break;
            }
        }
        if (printable) {
            out.put((byte) '(');
            for (byte b : bytes) {
                if (b == '(' || b == ')' || b == '\\') {
                    out.put((byte) '\\');
                }
                out.put(b);
            }
            out.put((byte) ')');
        } else {
            out.put((byte) '<');
            for (byte b : bytes) {
                out.put((byte) Character.toUpperCase(Character.forDigit((b >> 4) & 15, 16)));
                out.put((byte) Character.toUpperCase(Character.forDigit(b & 15, 16)));
            }
            out.put((byte) '>');
        }
    }
}
