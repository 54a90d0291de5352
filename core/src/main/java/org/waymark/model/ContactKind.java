package org.waymark.model;

/**
 * The kind of a contact.
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum ContactKind implements Coded {
    /** Family, a friend or another person the person trusts. */
    PERSONAL("personal"),
    /** A professional in the person's care. */
    PROFESSIONAL("professional"),
    /** A service or agency. */
    SERVICE("service"),
    /** A crisis line or text service. */
    CRISIS_LINE("crisis-line"),
    /** The emergency number. */
    EMERGENCY("emergency");

    private final String code;

    ContactKind(String code) {
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
    public static ContactKind fromCode(String code) {
        return Coded.fromCode(ContactKind.class, code);
    }
}
