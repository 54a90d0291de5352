package org.waymark.pdf.internal.layout;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Asserts PDF/A-2u and PDF/UA-1 conformance with veraPDF, listing the failed rules (clause and
 * test number, specification, message, one location) when a file does not conform.
 */
public final class VeraPdf {

    private static boolean initialised;

    private VeraPdf() {
    }

    private static synchronized void initialise() {
        if (!initialised) {
            VeraGreenfieldFoundryProvider.initialise();
            initialised = true;
        }
    }

    /** Asserts that the file conforms to PDF/A-2u and to PDF/UA-1. */
    public static void assertPdfAAndUa(byte[] pdf) {
        List<String> failures = new java.util.ArrayList<>();
        failures.addAll(failures(pdf, PDFAFlavour.PDFA_2_U));
        failures.addAll(failures(pdf, PDFAFlavour.PDFUA_1));
        if (!failures.isEmpty()) {
            fail("veraPDF found failures:\n" + String.join("\n", failures));
        }
    }

    /** Asserts that the file conforms to one flavour. */
    static void assertConforms(byte[] pdf, PDFAFlavour flavour) {
        List<String> failures = failures(pdf, flavour);
        if (!failures.isEmpty()) {
            fail("veraPDF found failures:\n" + String.join("\n", failures));
        }
    }

    /** Returns the failed rules for a flavour, one line each, empty if the file conforms. */
    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            TreeSet<String> lines = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> flavour + " " + a.getRuleId().getSpecification() + " clause " + a.getRuleId().getClause()
                            + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage().strip() + " [at "
                            + (a.getLocation() == null ? "?" : a.getLocation().getContext()) + "]")
                    .collect(Collectors.toCollection(TreeSet::new));
            if (lines.isEmpty()) {
                lines.add(flavour + ": not compliant (" + result.getJobEndStatus() + ")");
            }
            return List.copyOf(lines);
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the file", e);
        }
    }
}
