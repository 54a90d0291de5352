package org.waymark.model;

/**
 * How family, carers or significant others take part.
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum InvolvementKind implements Coded {
    /** Involved in care and planning. */
    INVOLVED_IN_CARE("involved-in-care"),
    /** Sent information about care. */
    RECEIVES_INFORMATION("receives-information");

    private final String code;

    InvolvementKind(String code) {
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
    public static InvolvementKind fromCode(String code) {
        return Coded.fromCode(InvolvementKind.class, code);
    }
}
