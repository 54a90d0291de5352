package org.waymark.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.model.CarePlan;
import org.waymark.pdf.CardLayout;
import org.waymark.pdf.DocumentKind;
import org.waymark.pdf.Documents;
import org.waymark.pdf.PdfOptions;
import org.waymark.testing.CrisisRoutes;

/**
 * Every crisis route a plan records reaches the person: over 200 synthetic plans in both locales,
 * the plan for the person and the safety card (A6 and folded A4), read back with Poppler's
 * {@code pdftotext} (which reads the page, not the tags), hold every phone and text number of the
 * crisis plan's contacts, the safety plan's step 5, and every crisis line, emergency contact and
 * service open at any hour; and the locale's emergency number. A plan that records no crisis line
 * gets the national lines, labelled as such.
 */
class CrisisRoutesReachThePersonTest {

    private static final int PLANS = 200;
    private static final java.time.Instant PRINTED = java.time.Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void everyRecordedCrisisNumberIsInThePlanForThePersonAndOnTheCard(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("pdftotext"), "pdftotext (poppler-utils) is not installed");
        List<CarePlan> plans = SyntheticPlans.ofSeed(11).generate(PLANS);
        assertThat(plans).extracting(p -> p.person().locale().toLanguageTag()).contains("en-GB", "en-US");

        List<String> failures = new ArrayList<>();
        int withoutLine = 0;
        for (int i = 0; i < plans.size(); i++) {
            CarePlan plan = plans.get(i);
            PdfOptions options = PdfOptions.forLocale(plan.person().locale(), PRINTED);
            Set<String> numbers = CrisisRoutes.numbers(plan);
            numbers.add(plan.person().locale().getCountry().equals("US") ? "911" : "999");
            boolean recordsLine = CrisisRoutes.recordsCrisisLine(plan);
            if (!recordsLine) {
                withoutLine++;
            }
            check(failures, i + " person", pdftotext(dir, Documents.toBytes(DocumentKind.PERSON, plan, options)),
                    numbers, recordsLine);
            check(failures, i + " card", pdftotext(dir, Documents.toBytes(DocumentKind.CARD, plan, options)),
                    numbers, recordsLine);
            if (i % 4 == 0) {
                check(failures, i + " folded card", pdftotext(dir, Documents.toBytes(DocumentKind.CARD, plan,
                        options.withCardLayout(CardLayout.A4_FOLD))), numbers, recordsLine);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(withoutLine).as("plans with no crisis line of their own").isPositive();
    }

    private static void check(List<String> failures, String where, String text, Set<String> numbers,
            boolean recordsLine) {
        String flat = text.replace('\u00a0', ' ').replaceAll("\\s+", "");
        for (String n : numbers) {
            if (!flat.contains(n.replaceAll("\\s+", ""))) {
                failures.add(where + ": no " + n);
            }
        }
        if (!recordsLine && !text.replaceAll("\\s+", " ").contains("National lines, free for anyone:")) {
            failures.add(where + ": no labelled national lines");
        }
    }

    private static String pdftotext(Path dir, byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile(dir, "doc", ".pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        Files.delete(file);
        return text;
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
