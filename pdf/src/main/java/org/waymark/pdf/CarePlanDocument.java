package org.waymark.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import org.waymark.model.CarePlan;
import org.waymark.validation.ValidationReport;
import org.waymark.pdf.internal.doc.CarePlanLayout;

/**
 * The care plan for clinicians: every section of a {@link CarePlan} (the person, the self-harm
 * history and functional assessment, the assessment of needs, the risk formulation, instrument
 * observations, aims, goals with their SMART fields, steps and progress, interventions,
 * medication, the care team, the risk management and crisis plans, the safety plan, contacts,
 * sharing and consent, review, treatment decisions and signatures), optionally followed by an
 * appendix of validation findings.
 * <p>
 * Each section has a heading and a bookmark. A section with nothing recorded prints "Not
 * recorded" rather than disappearing, so that gaps are visible on paper. The document never
 * shows a risk score, a probability or a low/medium/high risk level: the model holds none, and
 * the risk formulation is printed as words (NICE NG225 1.6). A plan whose origin is not clinical
 * carries a notice on its first page and in every page header that it describes nobody.
 * <p>
 * Wording follows the person's locale by the library's locale policy
 * ({@link org.waymark.locale.SupportedLocale}: {@code en-US}: US English; anything else: British
 * English, which the document then declares as its language), as do dates ("5 October 2026",
 * "October 5, 2026"); see {@link Paper#defaultFor} for the matching paper. The file's metadata title is the generic "Care plan" unless
 * {@link PdfOptions#title()} is set: no name or identifier is written to metadata by default.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class CarePlanDocument {

    private CarePlanDocument() {
    }

    /**
     * Prints a plan's care plan as a PDF/A-2u, PDF/UA-1 file.
     *
     * @param plan  the plan, not null
     * @param options  how to print it, not null
     * @param out  where to write the PDF; not closed; nothing is written if rendering fails
     * @throws RenderException if some text cannot be set, for example right-to-left or emoji text;
     *         its {@link RenderException#location()} names the section, never the text
     * @throws IOException if writing to {@code out} fails
     */
    public static void render(CarePlan plan, PdfOptions options, OutputStream out) throws IOException {
        render(plan, null, options, out);
    }

    /**
     * Prints a plan's care plan into a byte array.
     *
     * @param plan  the plan, not null
     * @param options  how to print it, not null
     * @return the PDF, not null
     * @throws RenderException if some text cannot be set
     */
    public static byte[] toBytes(CarePlan plan, PdfOptions options) {
        return toBytes(plan, null, options);
    }

    /**
     * Prints a plan's care plan with an appendix of validation findings.
     *
     * @param plan  the plan, not null
     * @param report  the validator's report whose stage, guideline, evaluation date and findings are
     *         printed in an appendix, or null for no appendix
     * @param options  how to print it, not null
     * @param out  where to write the PDF; not closed; nothing is written if rendering fails
     * @throws RenderException if some text cannot be set; nothing has been written
     * @throws IOException if writing to {@code out} fails
     */
    public static void render(CarePlan plan, ValidationReport report, PdfOptions options, OutputStream out)
            throws IOException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        out.write(toBytes(plan, report, options));
    }

    /**
     * Prints a plan's care plan into a byte array.
     *
     * @param plan  the plan, not null
     * @param report  the validator's report to print in an appendix, or null for no appendix
     * @param options  how to print it, not null
     * @return the PDF, not null
     * @throws RenderException if some text cannot be set
     */
    public static byte[] toBytes(CarePlan plan, ValidationReport report, PdfOptions options) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        return Rendering.toBytes(Rendering.settings(options), settings -> CarePlanLayout.layout(plan, report, settings));
    }
}
