package org.waymark.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import org.waymark.model.CarePlan;
import org.waymark.pdf.internal.doc.SafetyCardLayout;

/**
 * The pocket safety card: the safety plan and crisis contacts on two A6 pages (print both sides
 * of one A6 card, or at actual size on larger paper and cut out). The front holds the warning
 * signs, what the person can do on their own, and the people and places that help; the back
 * holds the emergency number in large bold type, services and crisis lines with their numbers
 * in bold, and the reasons for living.
 * <p>
 * The card is always A6, whatever {@link PdfOptions#paper()} says, and no text on it is smaller
 * than 9 pt. What does not fit is left out explicitly: a shortened list ends with
 * "…and 3 more in your full plan", and a very long item is cut at a word with an ellipsis. The
 * card carries no name, so that a lost card says little about whose it is; the running header
 * says when the plan is an example or synthetic.
 * <p>
 * When the plan has no emergency contact, the national emergency number is printed for the
 * person's country when the wording knows it (999 for GB, 911 for US); otherwise the card says
 * to call the local emergency number.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class SafetyCardDocument {

    private SafetyCardDocument() {
    }

    /**
     * Prints the safety card as a PDF/A-2u, PDF/UA-1 file of two A6 pages.
     *
     * @param plan  the plan, not null; a plan without a safety plan gives a card that says so
     * @param options  how to print it; its paper is ignored, not null
     * @param out  where to write the PDF; not closed; nothing is written if rendering fails
     * @throws RenderException if some text cannot be set; nothing has been written
     * @throws IOException if writing to {@code out} fails
     */
    public static void render(CarePlan plan, PdfOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(toBytes(plan, options));
    }

    /**
     * Prints the safety card into a byte array.
     *
     * @param plan  the plan, not null
     * @param options  how to print it; its paper is ignored, not null
     * @return the PDF, not null
     * @throws RenderException if some text cannot be set
     */
    public static byte[] toBytes(CarePlan plan, PdfOptions options) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        return Rendering.toBytes(SafetyCardLayout.onCard(Rendering.settings(options)),
                settings -> SafetyCardLayout.layout(plan, settings));
    }
}
