package org.waymark.model;

import jakarta.validation.constraints.NotNull;

/**
 * One link in a chain analysis: a thought, feeling, sensation, action or event.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind        the kind of link, not null
 * @param description the link in words, not null
 */
public record ChainLink(@NotNull ChainLinkKind kind, @NotNull String description) {

    /**
     * Checks the components.
     *
     * @param kind        the kind of link, not null
     * @param description the link in words, not null
     */
    public ChainLink {
        Checks.required(kind, "kind");
        Checks.requireText(description, "description");
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
