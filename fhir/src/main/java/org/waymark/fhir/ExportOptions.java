package org.waymark.fhir;

import java.util.Arrays;
import java.util.Objects;

/**
 * How a plan is exported: the kind of Bundle, the subject reference the host supplies, and an
 * optional rendered document.
 * <p>
 * Waymark adds no identity it was not given: without a subject, the CarePlan's subject is an
 * identifier holding the plan's own person id.
 * <p>
 * This class is immutable and thread-safe (the document bytes are copied in and out).
 *
 * @param bundleType  a collection or a transaction, not null
 * @param subject     the reference to the person in the host system, e.g. {@code Patient/123}, or null
 * @param pdf         the bytes of a rendered PDF to attach as a DocumentReference, or null
 */
public record ExportOptions(BundleType bundleType, String subject, byte[] pdf) {

    /** The kind of Bundle written. */
    public enum BundleType {
        /** A {@code collection}: a set of resources to keep or pass on together. */
        COLLECTION,
        /** A {@code transaction}: each entry a {@code POST}, for a FHIR server to store at once. */
        TRANSACTION
    }

    /** A collection Bundle, no host subject, no document. */
    public static final ExportOptions DEFAULT = new ExportOptions(BundleType.COLLECTION, null, null);

    /**
     * Checks and copies.
     *
     * @param bundleType  a collection or a transaction, not null
     * @param subject     the reference to the person in the host system, e.g. {@code Patient/123}, or null
     * @param pdf         the bytes of a rendered PDF to attach as a DocumentReference, or null; copied
     * @throws NullPointerException if {@code bundleType} is null
     * @throws IllegalArgumentException if the subject is blank, has white space around it or is longer than
     *         1,024 characters
     */
    public ExportOptions {
        Objects.requireNonNull(bundleType, "bundleType");
        if (subject != null && (subject.isBlank() || !subject.strip().equals(subject) || subject.length() > 1024)) {
            throw new IllegalArgumentException("subject: a reference such as Patient/123, without spaces around it");
        }
        pdf = pdf == null ? null : pdf.clone();
    }

    /**
     * Returns these options with another Bundle type.
     *
     * @param type the type, not null
     * @return the options, not null
     */
    public ExportOptions withBundleType(BundleType type) {
        return new ExportOptions(type, subject, pdf);
    }

    /**
     * Returns these options with a host subject reference.
     *
     * @param reference the reference, e.g. {@code Patient/123}, or null for none
     * @return the options, not null
     */
    public ExportOptions withSubject(String reference) {
        return new ExportOptions(bundleType, reference, pdf);
    }

    /**
     * Returns these options with a rendered PDF to attach.
     *
     * @param bytes the PDF, or null for none
     * @return the options, not null
     */
    public ExportOptions withPdf(byte[] bytes) {
        return new ExportOptions(bundleType, subject, bytes);
    }

    /**
     * Returns a copy of the PDF bytes.
     *
     * @return the bytes, or null
     */
    @Override
    public byte[] pdf() {
        return pdf == null ? null : pdf.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExportOptions other && bundleType == other.bundleType
                && Objects.equals(subject, other.subject) && Arrays.equals(pdf, other.pdf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bundleType, subject, Arrays.hashCode(pdf));
    }

    @Override
    public String toString() {
        return "ExportOptions[bundleType=" + bundleType + ", subject=" + (subject != null) + ", pdf="
                + (pdf == null ? "none" : pdf.length + " bytes") + "]";
    }
}
