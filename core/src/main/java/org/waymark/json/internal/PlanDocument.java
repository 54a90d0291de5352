package org.waymark.json.internal;

import org.waymark.model.CarePlan;

/**
 * The JSON envelope: a schema version and the plan.
 *
 * @param schemaVersion the format version, not null
 * @param plan          the plan, not null
 */
public record PlanDocument(String schemaVersion, CarePlan plan) {

    /**
     * Checks the components.
     *
     * @param schemaVersion the format version, not null
     * @param plan          the plan, not null
     */
    public PlanDocument {
        if (schemaVersion == null) {
            throw new IllegalArgumentException("schemaVersion: required");
        }
        if (!SchemaVersions.CURRENT.equals(schemaVersion)) {
            throw new IllegalArgumentException("schemaVersion: this library writes version "
                    + SchemaVersions.CURRENT);
        }
        if (plan == null) {
            throw new IllegalArgumentException("plan: required");
        }
    }
}
