package org.waymark.fhir;

import java.util.Objects;
import java.util.Optional;

/**
 * A QuestionnaireResponse that cannot become a plan: where (a FHIRPath into the response and, when
 * known, the linkId of the item) and why. Messages never quote the response's answers.
 */
public final class ResponseFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String location;
    private final String linkId;
    private final String reason;
    private final String ruleId;

    /**
     * Creates an exception.
     *
     * @param location the FHIRPath of the problem, such as {@code QuestionnaireResponse.item[0].item[2].answer[0]}, not null
     * @param linkId   the linkId of the item that holds the problem, or null
     * @param reason   what is wrong and what was expected, not null
     * @param ruleId   the guideline rule the response breaks, such as {@code NO-RISK-PREDICTION}, or null
     */
    public ResponseFormatException(String location, String linkId, String reason, String ruleId) {
        super(location + (linkId == null ? "" : " (item " + linkId + ")") + ": " + reason
                + (ruleId == null ? "" : " [" + ruleId + "]"), null, false, true);
        this.location = Objects.requireNonNull(location, "location");
        this.linkId = linkId;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.ruleId = ruleId;
    }

    /**
     * Returns where the problem is.
     *
     * @return the FHIRPath of the problem in the response, not null
     */
    public String location() {
        return location;
    }

    /**
     * Returns the item that holds the problem.
     *
     * @return the linkId of the item, or empty if the problem is not in an item
     */
    public Optional<String> linkId() {
        return Optional.ofNullable(linkId);
    }

    /**
     * Returns what is wrong.
     *
     * @return the reason, not null
     */
    public String reason() {
        return reason;
    }

    /**
     * Returns the guideline rule the response breaks, such as {@code NO-RISK-PREDICTION}.
     *
     * @return the rule id, or empty when the response is simply malformed
     */
    public Optional<String> ruleId() {
        return Optional.ofNullable(ruleId);
    }
}
