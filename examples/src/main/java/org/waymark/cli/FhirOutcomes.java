package org.waymark.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.waymark.fhir.OperationOutcomes;
import org.waymark.fhir.WaymarkFhir;
import org.waymark.validation.ValidationReport;

/**
 * {@code validate --format fhir}: validation results as FHIR OperationOutcomes. A class of its own,
 * referred to only when that format is asked for, so the FHIR library stays unloaded otherwise.
 */
final class FhirOutcomes {

    private FhirOutcomes() {
    }

    /**
     * Prints validation results as FHIR: one OperationOutcome for one file, a collection Bundle of
     * them for several. A file that cannot be read gives an OperationOutcome with a fatal issue.
     *
     * @param out     where to print, not null
     * @param reads   the files read, in order, not null
     * @param reports the report of each readable file, null for an unreadable one, not null
     */
    static void print(PrintWriter out, List<PlanFiles.Read> reads, List<ValidationReport> reports) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        for (int i = 0; i < reads.size(); i++) {
            PlanFiles.Read read = reads.get(i);
            OperationOutcome oo;
            if (reports.get(i) == null) {
                oo = new OperationOutcome();
                oo.addIssue().setSeverity(OperationOutcome.IssueSeverity.FATAL).setCode(OperationOutcome.IssueType.STRUCTURE)
                        .setDiagnostics(read.file() + ": unreadable: " + read.problem());
            } else {
                oo = OperationOutcomes.toOperationOutcome(reports.get(i), read.plan());
            }
            bundle.addEntry().setFullUrl("urn:uuid:" + UUID.nameUUIDFromBytes(("waymark-validate:" + i + ":" + read.file())
                    .getBytes(StandardCharsets.UTF_8))).setResource(oo);
        }
        IBaseResource printed = reads.size() == 1 ? bundle.getEntryFirstRep().getResource() : bundle;
        out.println(WaymarkFhir.context().newJsonParser().setPrettyPrint(true).encodeResourceToString(printed));
        out.flush();
    }
}
