package org.waymark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.waymark.model.CarePlan;
import org.waymark.pdf.DocumentKind;
import org.waymark.pdf.Documents;
import org.waymark.pdf.Paper;
import org.waymark.pdf.PdfOptions;
import org.waymark.pdf.RenderException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Renders one document of a plan to PDF. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Print a plan as an archival, accessible PDF (PDF/A-2u, PDF/UA-1).",
                "Documents: care-plan (for clinicians), person (the plan for the person), card (pocket safety card)."})
final class RenderCommand implements Callable<Integer> {

    @ParentCommand
    private Waymark parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The plan file (JSON).")
    private Path file;

    @Option(names = "--document", required = true, paramLabel = "care-plan|person|card", description = "Which document.")
    private String document;

    @Option(names = "--out", required = true, paramLabel = "PDF", description = "The PDF to write.")
    private Path out;

    @Option(names = "--paper", paramLabel = "a4|letter", description = "Paper size (default: from the plan's locale).")
    private String paper;

    @Mixin
    private DocumentOptions documentOptions;

    @Option(names = "--password-file", paramLabel = "F",
            description = "Encrypt with AES-256 using the password on the first line of F (the file is not PDF/A then).")
    private Path passwordFile;

    @Option(names = "--created", paramLabel = "INSTANT",
            description = "The document date, e.g. 2026-11-23T09:00:00Z (default: now). Fix it for byte-identical output.")
    private Instant created;

    @Override
    public Integer call() throws IOException {
        DocumentKind kind = kind(document);
        PlanFiles.Read read = PlanFiles.read(file);
        if (!read.ok()) {
            throw new CliException(Waymark.UNREADABLE, file + ": unreadable: " + read.problem(), null);
        }
        PdfOptions options = options(read.plan(), paper, created != null ? created
                : parent.clock().instant().truncatedTo(ChronoUnit.SECONDS));
        if (passwordFile != null) {
            options = options.withUserPassword(password(passwordFile));
        }
        options = documentOptions.applyTo(options);
        byte[] pdf = render(kind, read.plan(), options, file);
        AtomicFiles.writeAtomically(out, o -> o.write(pdf));
        PrintWriter w = spec.commandLine().getOut();
        w.printf("%s: wrote %s (%s, %d bytes)%n", file, out, kind.code(), pdf.length);
        w.flush();
        return Waymark.OK;
    }

    static DocumentKind kind(String code) {
        try {
            return DocumentKind.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new CliException(Waymark.UNREADABLE, "--document must be one of care-plan, person, card", e);
        }
    }

    static PdfOptions options(CarePlan plan, String paper, Instant created) {
        PdfOptions options = PdfOptions.forLocale(plan.person().locale(), created);
        if (paper != null) {
            options = options.withPaper(switch (paper.toLowerCase(Locale.ROOT)) {
                case "a4" -> Paper.A4;
                case "letter" -> Paper.LETTER;
                default -> throw new CliException(Waymark.UNREADABLE, "--paper must be a4 or letter", null);
            });
        }
        return options;
    }

    static byte[] render(DocumentKind kind, CarePlan plan, PdfOptions options, Path file) {
        try {
            return Documents.toBytes(kind, plan, options);
        } catch (RenderException e) {
            throw new CliException(Waymark.UNREADABLE, file + ": cannot print: " + e.getMessage(), e);
        }
    }

    private static String password(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new CliException(Waymark.UNREADABLE, file + ": the first line must hold the password", null);
            }
            return lines.get(0);
        } catch (IOException e) {
            throw new CliException(Waymark.UNREADABLE, file + ": cannot read the password file", e);
        }
    }
}
