package org.waymark.fhir.internal;

import java.util.Objects;

/**
 * Where and why the internal codecs refused part of a Bundle: the parts of a public
 * {@code BundleFormatException}, which the public readers ({@code FhirImport}, {@code OperationOutcomes})
 * build from them. The codecs throw this type rather than the public one so that this package does not
 * depend back on {@code org.waymark.fhir}. Like the public exception it never quotes the Bundle's free text,
 * and it records no stack trace.
 */
public final class BundleFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @serial the FHIRPath of the offending element */
    private final String location;
    /** @serial why it cannot be read */
    private final String reason;

    /**
     * Creates a failure.
     *
     * @param location the FHIRPath of the offending element, such as {@code Bundle.entry[3].resource.extension[0]}, not null
     * @param reason   why it cannot be read, not null
     */
    public BundleFailure(String location, String reason) {
        super(location + ": " + reason, null, false, false);
        this.location = Objects.requireNonNull(location, "location");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns where: a FHIRPath from {@code Bundle}.
     *
     * @return the location, not null
     */
    public String location() {
        return location;
    }

    /**
     * Returns why the element cannot be read.
     *
     * @return the reason, not null
     */
    public String reason() {
        return reason;
    }
}
