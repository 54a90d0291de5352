package org.waymark.fhir.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The safety plan's six steps and its reasons for living, each exported as one activity of the
 * safety plan's CarePlan, and the SafetyPlan components each activity carries.
 */
public enum SafetySteps {
    /** Step 1. */
    WARNING_SIGNS(ActivityKind.WARNING_SIGNS, "warningSigns"),
    /** Step 2. */
    COPING_STRATEGIES(ActivityKind.COPING_STRATEGIES, "copingStrategies"),
    /** Step 3. */
    DISTRACTIONS(ActivityKind.DISTRACTIONS, "distractions", "distractionContactIds"),
    /** Step 4. */
    HELP_CONTACTS(ActivityKind.HELP_CONTACTS, "helpContactIds"),
    /** Step 5. */
    PROFESSIONAL_CONTACTS(ActivityKind.PROFESSIONAL_CONTACTS, "professionalContactIds"),
    /** Step 6. */
    MEANS_SAFETY(ActivityKind.MEANS_SAFETY, "meansSafety", "meansNotNeededReason"),
    /** Reasons for living. */
    REASONS_FOR_LIVING(ActivityKind.REASONS_FOR_LIVING, "reasonsForLiving", "reasonsForLivingDeclined");

    private final ActivityKind kind;
    private final List<String> components;

    SafetySteps(ActivityKind kind, String... components) {
        this.kind = kind;
        this.components = List.of(components);
    }

    /**
     * Returns the activity code of this step.
     *
     * @return the code, not null
     */
    public ActivityKind kind() {
        return kind;
    }

    /**
     * Returns the SafetyPlan components this step's activity carries.
     *
     * @return the names, not null
     */
    public List<String> stepComponents() {
        return components;
    }

    /**
     * Finds the step of an activity code.
     *
     * @param kind the code, not null
     * @return the step, or null if the code is not a safety plan step
     */
    public static SafetySteps of(ActivityKind kind) {
        return Arrays.stream(values()).filter(s -> s.kind == kind).findFirst().orElse(null);
    }

    static String[] components() {
        return Arrays.stream(values()).flatMap(s -> s.components.stream()).toArray(String[]::new);
    }
}
