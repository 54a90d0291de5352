package org.waymark.model;

import jakarta.validation.constraints.NotNull;

/**
 * One item of an instrument and the person's response, recorded as given.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param item     the item's label or number, not null
 * @param response the response, not null
 */
public record ItemResponse(@NotNull String item, @NotNull String response) {

    /**
     * Checks the components.
     *
     * @param item     the item's label or number, not null
     * @param response the response, not null
     */
    public ItemResponse {
        Checks.requireLine(item, "item");
        Checks.requireText(response, "response");
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
