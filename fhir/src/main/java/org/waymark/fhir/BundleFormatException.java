package org.waymark.fhir;

import java.util.Objects;
import org.waymark.fhir.internal.BundleFailure;
import java.util.Optional;

/**
 * A FHIR Bundle that cannot be read as a Waymark plan: where (a FHIRPath such as
 * {@code Bundle.entry[3].resource.target[0].dueDate}) and why. HAPI FHIR's own exceptions never
 * leave the module; they are turned into this one, without their stack trace as the cause.
 * <p>
 * The message holds the location, the reason and, where a guideline rule refuses the content
 * (for example {@code NO-RISK-PREDICTION}), the rule id. It never quotes the Bundle's free text.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class BundleFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String location;
    private final String reason;
    private final String ruleId;

    /**
     * Creates an exception.
     *
     * @param location the FHIRPath of the offending element, not null
     * @param reason   why it cannot be read, not null
     * @param ruleId   the guideline rule that refuses the content, or null
     */
    public BundleFormatException(String location, String reason, String ruleId) {
        super(location + ": " + reason + (ruleId == null ? "" : " [" + ruleId + "]"), null, false, false);
        this.location = Objects.requireNonNull(location, "location");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.ruleId = ruleId;
    }

    /**
     * Creates an exception that no guideline rule raised.
     *
     * @param location the FHIRPath of the offending element, not null
     * @param reason   why it cannot be read, not null
     */
    public BundleFormatException(String location, String reason) {
        this(location, reason, null);
    }

    /**
     * Turns a refusal of the internal codecs into the public exception, with the same location and reason.
     *
     * @param failure the codecs' refusal, not null
     * @return the public exception, not null
     */
    static BundleFormatException of(BundleFailure failure) {
        return new BundleFormatException(failure.location(), failure.reason());
    }

    /**
     * Returns where: a FHIRPath from {@code Bundle}, e.g. {@code Bundle.entry[3].resource.target[0].dueDate}.
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

    /**
     * Returns the guideline rule that refuses the content, such as {@code NO-RISK-PREDICTION}.
     *
     * @return the rule id, or empty when the Bundle is simply malformed
     */
    public Optional<String> ruleId() {
        return Optional.ofNullable(ruleId);
    }
}
