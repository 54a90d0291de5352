package org.waymark.pdf;

import java.util.function.Function;

import org.waymark.pdf.internal.layout.LayoutDocument;
import org.waymark.pdf.internal.layout.PdfRenderer;
import org.waymark.pdf.internal.layout.RenderFailure;
import org.waymark.pdf.internal.layout.RenderSettings;

/**
 * What the document classes share: the one place where public options become the layout code's
 * {@link RenderSettings} (once per document: the fonts parsed and the logo decoded when the
 * options were built), and where the layout code's {@link RenderFailure} becomes the public
 * {@link RenderException}, so that the internal packages never depend back on this one.
 */
final class Rendering {

    private Rendering() {
    }

    /**
     * Returns the layout code's settings for public options.
     *
     * @param options  the options, not null
     * @return the settings, not null
     */
    static RenderSettings settings(PdfOptions options) {
        return new RenderSettings(options.paper().size(), options.created(), options.title(), options.userPassword(),
                options.fonts().families(), options.cardLayout() == CardLayout.A4_FOLD, options.nationalCrisisLines(),
                options.serviceName(), options.logo() == null ? null : options.logo().image());
    }

    /**
     * Lays a document out and prints it into memory.
     *
     * @param settings  how to print it, not null
     * @param layout  lays the document out with the settings, not null
     * @return the PDF, not null
     * @throws RenderException if the document cannot be printed correctly
     */
    static byte[] toBytes(RenderSettings settings, Function<RenderSettings, LayoutDocument> layout) {
        try {
            return PdfRenderer.render(layout.apply(settings), settings);
        } catch (RenderFailure f) {
            throw RenderException.of(f);
        }
    }
}
