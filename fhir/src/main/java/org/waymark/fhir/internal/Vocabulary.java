package org.waymark.fhir.internal;

import java.util.Objects;

import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus;
import org.waymark.model.Coded;
import org.waymark.model.GoalStatus;
import org.waymark.model.PlanStatus;

/**
 * The one place that maps Waymark's coded values to FHIR codings and back: each {@link Coded} enum
 * is a CodeSystem at {@code https://waymark.org/fhir/CodeSystem/<enum-name>} whose codes are the
 * enum's JSON codes, and a few enums also map onto FHIR's own required value sets.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Vocabulary {

    /** US Core's CarePlan category system, whose {@code assess-plan} code US Core asks for. */
    public static final String US_CORE_CAREPLAN_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/careplan-category";
    /** HL7's goal achievement system. */
    public static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";

    private Vocabulary() {
    }

    /**
     * Returns the CodeSystem URL of a Waymark vocabulary.
     *
     * @param type the enum, not null
     * @return the URL, not null
     */
    public static String system(Class<?> type) {
        return Names.CODE_SYSTEM + Names.kebab(name(type));
    }

    /**
     * Returns the name of a Waymark vocabulary's CodeSystem: the enum's simple name, except for
     * {@link FhirConcept}, whose CodeSystem keeps the name it was published under ({@code Concept},
     * URL {@code …/CodeSystem/concept}) so that exported bundles and conformance resources do not
     * change with the Java name.
     *
     * @param type the enum, not null
     * @return the name, not null
     */
    public static String name(Class<?> type) {
        return type == FhirConcept.class ? FhirConcept.CODE_SYSTEM_NAME : type.getSimpleName();
    }

    /**
     * Returns the coding of a Waymark code, with its code as display words.
     *
     * @param value the code, not null
     * @return a new coding, not null
     */
    public static Coding coding(Coded value) {
        return new Coding(system(value instanceof Enum<?> e ? e.getDeclaringClass() : value.getClass()),
                value.code(), Names.words(value.code()));
    }

    /**
     * Returns a concept holding the coding of a Waymark code.
     *
     * @param value the code, not null
     * @return a new concept, not null
     */
    public static CodeableConcept concept(Coded value) {
        return new CodeableConcept(coding(value));
    }

    /**
     * Reads a Waymark code from a coding.
     *
     * @param type     the enum expected, not null
     * @param coding   the coding, not null
     * @param location the coding's FHIRPath, for errors, not null
     * @param <E>      the enum
     * @return the value, not null
     * @throws BundleFailure if the system is not the enum's or the code is unknown
     */
    public static <E extends Enum<E> & Coded> E decode(Class<E> type, Coding coding, String location) {
        String system = system(type);
        if (!Objects.equals(system, coding.getSystem())) {
            throw new BundleFailure(location + ".system", "expected the code system " + system);
        }
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(coding.getCode())) {
                return value;
            }
        }
        throw new BundleFailure(location + ".code", "unknown code in " + system);
    }

    /**
     * Finds a Waymark code among a concept's codings.
     *
     * @param type     the enum expected, not null
     * @param concept  the concept, not null
     * @param location the concept's FHIRPath, for errors, not null
     * @param <E>      the enum
     * @return the value, or null when no coding is from the enum's system
     * @throws BundleFailure if a coding from the system has an unknown code
     */
    public static <E extends Enum<E> & Coded> E find(Class<E> type, CodeableConcept concept, String location) {
        String system = system(type);
        for (int i = 0; i < concept.getCoding().size(); i++) {
            Coding c = concept.getCoding().get(i);
            if (system.equals(c.getSystem())) {
                return decode(type, c, location + ".coding[" + i + "]");
            }
        }
        return null;
    }

    /**
     * Maps a plan status onto CarePlan.status.
     *
     * @param status the plan's status, not null
     * @return the CarePlan status, not null
     */
    public static CarePlanStatus carePlanStatus(PlanStatus status) {
        return switch (status) {
            case DRAFT -> CarePlanStatus.DRAFT;
            case ACTIVE -> CarePlanStatus.ACTIVE;
            case ENDED -> CarePlanStatus.COMPLETED;
        };
    }

    /**
     * Maps CarePlan.status back onto a plan status.
     *
     * @param status   the CarePlan status, or null
     * @param location the element's FHIRPath, for errors, not null
     * @return the plan status, not null
     * @throws BundleFailure if the status is missing or has no Waymark equivalent
     */
    public static PlanStatus planStatus(CarePlanStatus status, String location) {
        if (status == null || status == CarePlanStatus.NULL) {
            throw new BundleFailure(location, "required element is missing");
        }
        return switch (status) {
            case DRAFT -> PlanStatus.DRAFT;
            case ACTIVE -> PlanStatus.ACTIVE;
            case COMPLETED -> PlanStatus.ENDED;
            default -> throw new BundleFailure(location, "status '" + status.toCode()
                    + "' has no Waymark equivalent; expected draft, active or completed");
        };
    }

    /**
     * Maps a goal status onto Goal.lifecycleStatus.
     *
     * @param status the goal's status, not null
     * @return the lifecycle status, not null
     */
    public static GoalLifecycleStatus lifecycle(GoalStatus status) {
        return switch (status) {
            case ACTIVE -> GoalLifecycleStatus.ACTIVE;
            case ACHIEVED -> GoalLifecycleStatus.COMPLETED;
            case REVISED, DISCONTINUED -> GoalLifecycleStatus.CANCELLED;
        };
    }

    /**
     * Maps Goal.lifecycleStatus back onto a goal status, for Goals without a Waymark achievement coding.
     *
     * @param status   the lifecycle status, or null
     * @param location the element's FHIRPath, for errors, not null
     * @return the goal status, not null
     * @throws BundleFailure if the status is missing or has no Waymark equivalent
     */
    public static GoalStatus goalStatus(GoalLifecycleStatus status, String location) {
        if (status == null || status == GoalLifecycleStatus.NULL) {
            throw new BundleFailure(location, "required element is missing");
        }
        return switch (status) {
            case PROPOSED, PLANNED, ACCEPTED, ACTIVE, ONHOLD -> GoalStatus.ACTIVE;
            case COMPLETED -> GoalStatus.ACHIEVED;
            case CANCELLED, REJECTED -> GoalStatus.DISCONTINUED;
            default -> throw new BundleFailure(location, "status '" + status.toCode()
                    + "' has no Waymark equivalent");
        };
    }
}
