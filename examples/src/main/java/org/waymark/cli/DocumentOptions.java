package org.waymark.cli;

import org.waymark.pdf.CardLayout;
import org.waymark.pdf.PdfOptions;
import picocli.CommandLine.Option;

/**
 * The options of the printed documents that {@code render} and {@code batch} share: how the card
 * is printed, the service that heads the documents, and whether national crisis lines stand in
 * when a plan records none.
 */
final class DocumentOptions {

    @Option(names = "--card-layout", paramLabel = "a6|a4-fold",
            description = "How the card is printed: two A6 pages, or one A4 sheet to fold in half (default: a6).")
    private String cardLayout;

    @Option(names = "--service", paramLabel = "NAME",
            description = "The name of the service, printed at the head of each document.")
    private String service;

    @Option(names = "--no-national-lines",
            description = "Do not print the national crisis lines when a plan records no crisis line.")
    private boolean noNationalLines;

    /**
     * Applies these options.
     *
     * @param options  the options of one plan, not null
     * @return the options with these applied, not null
     * @throws CliException  (exit 2) if an option's value is not allowed; nothing is printed then
     */
    PdfOptions applyTo(PdfOptions options) {
        PdfOptions result = options;
        if (cardLayout != null) {
            try {
                result = result.withCardLayout(CardLayout.fromCode(cardLayout));
            } catch (IllegalArgumentException e) {
                throw new CliException(Waymark.UNREADABLE, "--card-layout must be a6 or a4-fold", e);
            }
        }
        if (service != null) {
            try {
                result = result.withServiceName(service);
            } catch (IllegalArgumentException e) {
                throw new CliException(Waymark.UNREADABLE, "--service must be 1 to 200 characters", e);
            }
        }
        return result.withNationalCrisisLines(!noNationalLines);
    }
}
