package org.waymark.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.waymark.pdf.CardLayout;
import org.waymark.pdf.Logo;
import org.waymark.pdf.PdfOptions;
import picocli.CommandLine.Option;

/**
 * The options of the printed documents that {@code render} and {@code batch} share: how the card
 * is printed, the service (name and logo) that heads the documents, and whether national crisis
 * lines stand in when a plan records none.
 */
final class DocumentOptions {

    /** A logo larger than this is refused by the library; reading one byte more is enough to know. */
    private static final int LOGO_MAX_BYTES = 1 << 20;

    @Option(names = "--card-layout", paramLabel = "a6|a4-fold",
            description = "How the card is printed: two A6 pages, or one A4 sheet to fold in half (default: a6).")
    private String cardLayout;

    @Option(names = "--service", paramLabel = "NAME",
            description = "The name of the service, printed at the head of each document.")
    private String service;

    @Option(names = "--logo", paramLabel = "FILE",
            description = "The service's logo, a PNG or JPEG of at most 1 MiB, printed at the head of each document.")
    private Path logoFile;

    /** The logo, read and checked once for all plans of a batch; null until first asked for. */
    private Logo logo;

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
        if (logoFile != null) {
            result = result.withLogo(logo());
        }
        return result.withNationalCrisisLines(!noNationalLines);
    }

    /** Reads and checks the logo file the first time, reading no more than a logo may hold. */
    private synchronized Logo logo() {
        if (logo == null) {
            byte[] file;
            try (InputStream in = Files.newInputStream(logoFile)) {
                file = in.readNBytes(LOGO_MAX_BYTES + 1);
            } catch (IOException e) {
                throw new CliException(Waymark.UNREADABLE, "--logo " + logoFile + ": cannot read: "
                        + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : Failures.reason(e)), e);
            }
            try {
                logo = Logo.of(file);
            } catch (IllegalArgumentException e) {
                throw new CliException(Waymark.UNREADABLE, "--logo " + logoFile + ": " + e.getMessage(), e);
            }
        }
        return logo;
    }
}
