package org.waymark.model;

/**
 * A coarse age band, for when a host supplies no date of birth.
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum AgeBand implements Coded {
    /** A child or young person, under 18. */
    UNDER_18("under-18"),
    /** An adult aged 18 to 64. */
    ADULT("18-64"),
    /** An older adult, 65 or over. */
    OLDER_ADULT("65-plus");

    private final String code;

    AgeBand(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Obtains the band an age falls in.
     *
     * @param years the age in whole years, from 0
     * @return the band, not null
     * @throws IllegalArgumentException if {@code years} is negative
     */
    public static AgeBand forAge(int years) {
        if (years < 0) {
            throw new IllegalArgumentException("years: must be 0 or more");
        }
        return years < 18 ? UNDER_18 : years < 65 ? ADULT : OLDER_ADULT;
    }

    /**
     * Obtains the value with the given code.
     *
     * @param code the code, not null
     * @return the value, not null
     * @throws IllegalArgumentException if no value has that code
     */
    public static AgeBand fromCode(String code) {
        return Coded.fromCode(AgeBand.class, code);
    }
}
