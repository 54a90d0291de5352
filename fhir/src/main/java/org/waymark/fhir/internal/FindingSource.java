package org.waymark.fhir.internal;

import java.util.Objects;

/**
 * What an OperationOutcome issue carries of a Waymark finding besides FHIR's own elements, so the
 * finding can be read back: its path in the plan, its message key, message and citation.
 *
 * @param path       the path in the plan, e.g. {@code goals[2].dueDate}, not null
 * @param messageKey the message key, not null
 * @param message    the resolved message, not null
 * @param citation   the guideline citation, not null
 */
public record FindingSource(String path, String messageKey, String message, String citation) {

    /**
     * Checks the components.
     *
     * @param path       the path in the plan, e.g. {@code goals[2].dueDate}, not null
     * @param messageKey the message key, not null
     * @param message    the resolved message, not null
     * @param citation   the guideline citation, not null
     */
    public FindingSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(citation, "citation");
    }
}
