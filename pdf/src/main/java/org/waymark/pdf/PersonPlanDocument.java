package org.waymark.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import org.waymark.model.CarePlan;
import org.waymark.pdf.internal.doc.PersonPlanLayout;

/**
 * The plan for the person: the same {@link CarePlan} in plain words, addressed to the person
 * ("Your goals", "What you will do", "What your team will do", "Your safety plan", "Who to call
 * and when"), in large type (13.5 pt body text on A4 and Letter).
 * <p>
 * It leaves out what is written for clinicians and could surprise or distress: the risk
 * formulation, the assessment of needs, instrument observations, treatment decisions and the
 * self-harm history. It keeps the aims, goals and steps, the care team and what they will do,
 * medicines, the safety plan, the crisis plan with its contacts and the emergency number, who
 * knows about the plan, and the next review date. Sections with nothing in them say so
 * in a friendly line.
 * <p>
 * Wording, dates and the default paper follow the person's locale as for
 * {@link CarePlanDocument}. The metadata title is the generic "Your care plan" unless
 * {@link PdfOptions#title()} is set.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class PersonPlanDocument {

    private PersonPlanDocument() {
    }

    /**
     * Prints the plan for the person as a PDF/A-2u, PDF/UA-1 file.
     *
     * @param plan  the plan, not null
     * @param options  how to print it, not null
     * @param out  where to write the PDF; not closed; nothing is written if rendering fails
     * @throws RenderException if some text cannot be set, for example right-to-left or emoji text;
     *         its {@link RenderException#location()} names the section, never the text
     * @throws IOException if writing to {@code out} fails
     */
    public static void render(CarePlan plan, PdfOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(toBytes(plan, options));
    }

    /**
     * Prints the plan for the person into a byte array.
     *
     * @param plan  the plan, not null
     * @param options  how to print it, not null
     * @return the PDF, not null
     * @throws RenderException if some text cannot be set
     */
    public static byte[] toBytes(CarePlan plan, PdfOptions options) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        return Rendering.toBytes(Rendering.settings(options), settings -> PersonPlanLayout.layout(plan, settings));
    }
}
