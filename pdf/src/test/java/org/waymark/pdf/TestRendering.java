package org.waymark.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import org.waymark.pdf.internal.layout.LayoutDocument;
import org.waymark.pdf.internal.layout.RenderSettings;

/**
 * Prints a layout test's own document the way the document classes print theirs: public options
 * made into settings, and a failure of the layout code turned into the public exception.
 */
public final class TestRendering {

    private TestRendering() {
    }

    /**
     * Returns the layout code's settings for public options.
     *
     * @param options  the options, not null
     * @return the settings, not null
     */
    public static RenderSettings settings(PdfOptions options) {
        return Rendering.settings(options);
    }

    /**
     * Prints a document into a byte array.
     *
     * @param document  the document, not null
     * @param options  how to print it, not null
     * @return the PDF, not null
     * @throws RenderException if the document cannot be printed correctly
     */
    public static byte[] render(LayoutDocument document, PdfOptions options) {
        Objects.requireNonNull(document, "document");
        return Rendering.toBytes(Rendering.settings(options), settings -> document);
    }

    /**
     * Prints a document to a stream, which is not closed.
     *
     * @param document  the document, not null
     * @param options  how to print it, not null
     * @param out  where to write the PDF, not null
     * @throws RenderException if the document cannot be printed correctly; nothing has been written
     * @throws IOException if writing fails
     */
    public static void render(LayoutDocument document, PdfOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(render(document, options));
    }
}
