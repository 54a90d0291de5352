package org.waymark.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import org.waymark.model.CarePlan;

/**
 * Prints any of the documents by kind, for command lines and services that let the user choose:
 * <pre>{@code
 * CarePlan plan = PlanJson.read(json);
 * PdfOptions options = PdfOptions.forLocale(plan.person().locale(), Instant.now());
 * try (OutputStream out = Files.newOutputStream(Path.of("card.pdf"))) {
 *     Documents.render(DocumentKind.fromCode("card"), plan, options, out);
 * }
 * }</pre>
 * This class is stateless and thread-safe.
 */
public final class Documents {

    private Documents() {
    }

    /**
     * Prints a document of a plan.
     *
     * @param kind  which document, not null
     * @param plan  the plan, not null
     * @param options  how to print it, not null; the card always uses A6
     * @param out  where to write the PDF; not closed; nothing is written if rendering fails
     * @throws RenderException if some text cannot be set; nothing has been written
     * @throws IOException if writing to {@code out} fails
     */
    public static void render(DocumentKind kind, CarePlan plan, PdfOptions options, OutputStream out)
            throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(toBytes(kind, plan, options));
    }

    /**
     * Prints a document of a plan into a byte array.
     *
     * @param kind  which document, not null
     * @param plan  the plan, not null
     * @param options  how to print it, not null; the card always uses A6
     * @return the PDF, not null
     * @throws RenderException if some text cannot be set
     */
    public static byte[] toBytes(DocumentKind kind, CarePlan plan, PdfOptions options) {
        Objects.requireNonNull(kind, "kind");
        return switch (kind) {
            case CARE_PLAN -> CarePlanDocument.toBytes(plan, options);
            case PERSON -> PersonPlanDocument.toBytes(plan, options);
            case CARD -> SafetyCardDocument.toBytes(plan, options);
        };
    }
}
