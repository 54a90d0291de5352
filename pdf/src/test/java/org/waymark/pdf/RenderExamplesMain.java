package org.waymark.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.waymark.json.ExamplePlans;
import org.waymark.model.CarePlan;

/** Writes every document of every example plan to a directory, for looking at by eye. */
public final class RenderExamplesMain {

    private RenderExamplesMain() {
    }

    /**
     * Renders the examples.
     *
     * @param args  the output directory
     * @throws Exception if anything fails
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/examples");
        Files.createDirectories(dir);
        Instant created = Instant.parse("2026-11-23T10:00:00Z");
        for (String name : ExamplePlans.names()) {
            CarePlan plan = ExamplePlans.load(name);
            PdfOptions options = PdfOptions.forLocale(plan.person().locale(), created);
            for (DocumentKind kind : DocumentKind.values()) {
                try (var out = Files.newOutputStream(dir.resolve(name + "-" + kind.code() + ".pdf"))) {
                    Documents.render(kind, plan, options, out);
                }
            }
        }
    }
}
