package org.waymark.model;

import jakarta.validation.constraints.NotNull;

/**
 * An aim of longer-term treatment, agreed with the person (NICE CG133).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param kind   the aim, not null
 * @param detail the aim in the person's terms, may be null (required for {@link AimKind#OTHER})
 */
public record TreatmentAim(@NotNull AimKind kind, String detail) {

    /**
     * Checks the components.
     *
     * @param kind   the aim, not null
     * @param detail the aim in the person's terms, may be null (required for {@link AimKind#OTHER})
     */
    public TreatmentAim {
        Checks.required(kind, "kind");
        Checks.text(detail, "detail");
        if (kind == AimKind.OTHER && detail == null) {
            throw Checks.invalid("detail", "required when the aim is 'other'");
        }
    }

    /**
     * Obtains an aim with detail.
     *
     * @param kind   the kind of aim, not null
     * @param detail the aim in the person's terms, may be null (required for {@link AimKind#OTHER})
     * @return the aim
     */
    public static TreatmentAim of(AimKind kind, String detail) {
        return new TreatmentAim(kind, detail);
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
