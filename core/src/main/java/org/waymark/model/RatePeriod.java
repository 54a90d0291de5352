package org.waymark.model;

/**
 * The period of an {@link EpisodeRate}: a day, a week, a month or a year.
 * <p>
 * The JSON spelling of each value is its {@link #code() code}.
 */
public enum RatePeriod implements Coded {
    /** A day. */
    DAY("day", 365),
    /** A week. */
    WEEK("week", 52),
    /** A calendar month. */
    MONTH("month", 12),
    /** A year. */
    YEAR("year", 1);

    private final String code;
    private final int perYear;

    RatePeriod(String code, int perYear) {
        this.code = code;
        this.perYear = perYear;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Returns how many of these periods make a year, counting a year as 365 days, 52 weeks or 12 months.
     *
     * @return 365, 52, 12 or 1
     */
    public int perYear() {
        return perYear;
    }

    /**
     * Obtains the value with the given code.
     *
     * @param code the code, not null
     * @return the value, not null
     * @throws IllegalArgumentException if no value has that code
     */
    public static RatePeriod fromCode(String code) {
        return Coded.fromCode(RatePeriod.class, code);
    }
}
