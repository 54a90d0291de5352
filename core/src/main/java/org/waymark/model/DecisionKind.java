package org.waymark.model;

/**
 * A decision about treatment that must rest on needs (NICE NG225 1.6.2, 1.6.4).
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum DecisionKind implements Coded {
    /** Offer a treatment. */
    OFFER_TREATMENT("offer-treatment"),
    /** Not offer a treatment. */
    NOT_OFFER_TREATMENT("not-offer-treatment"),
    /** Refer to another service. */
    REFER("refer"),
    /** Discharge from the service. */
    DISCHARGE("discharge");

    private final String code;

    DecisionKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Obtains the value with the given code.
     *
     * @param code the code, not null
     * @return the value, not null
     * @throws IllegalArgumentException if no value has that code
     */
    public static DecisionKind fromCode(String code) {
        return Coded.fromCode(DecisionKind.class, code);
    }
}
