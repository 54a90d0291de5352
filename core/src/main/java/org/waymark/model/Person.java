package org.waymark.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The person a plan is for, identified only as far as the host chooses.
 * <p>
 * The id is pseudonymous: a key the host can map back to its own records. Waymark never needs a
 * legal name, address or national identifier, and has no field for one. Like every id in a plan,
 * it is by contract not patient data — by choosing it the host says so — and messages and
 * {@code toString()} show it: never use a name, a national or record number that identifies the
 * person outside the host's system, or a date of birth as an id.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id                   the pseudonymous id, not null
 * @param preferredName        the name the person wants to be called, may be null
 * @param dateOfBirth          the date of birth, may be null when the host gives only an age band
 * @param ageBand              the age band, may be null when a date of birth is given or age is unknown
 * @param locale               the person's language and region for documents, e.g. {@code en-GB}, not null
 * @param pronouns             the person's pronouns in their own words, may be null
 * @param hasDependentChildren whether the person has dependent children; null when not yet asked
 *                             (NICE CG133 asks that their needs are assessed)
 */
public record Person(
        @NotNull String id,
        String preferredName,
        LocalDate dateOfBirth,
        AgeBand ageBand,
        @NotNull Locale locale,
        String pronouns,
        Boolean hasDependentChildren) {

    /**
     * Checks the components.
     *
     * @param id                   the pseudonymous id, not null
     * @param preferredName        the name the person wants to be called, may be null
     * @param dateOfBirth          the date of birth, may be null when the host gives only an age band
     * @param ageBand              the age band, may be null when a date of birth is given or age is unknown
     * @param locale               the person's language and region for documents, e.g. {@code en-GB}, not null
     * @param pronouns             the person's pronouns in their own words, may be null
     * @param hasDependentChildren whether the person has dependent children; null when not yet asked
     *                             (NICE CG133 asks that their needs are assessed)
     */
    public Person {
        Checks.requireId(id, "id");
        Checks.line(preferredName, "preferredName");
        Checks.required(locale, "locale");
        if (locale.getLanguage().isEmpty()) {
            throw Checks.invalid("locale", "a language is required, e.g. en-GB");
        }
        Checks.line(pronouns, "pronouns");
    }

    /**
     * Obtains a person known only by a pseudonymous id and a locale.
     *
     * @param id     the pseudonymous id, not null
     * @param locale the locale, not null
     * @return the person, not null
     */
    public static Person of(String id, Locale locale) {
        return new Person(id, null, null, null, locale, null, null);
    }

    /**
     * Returns the person's age in whole years on a date, when a date of birth is known.
     *
     * @param on the date, not null
     * @return the age, or empty when there is no date of birth
     */
    public java.util.OptionalInt ageOn(LocalDate on) {
        if (dateOfBirth == null) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(java.time.Period.between(dateOfBirth, on).getYears());
    }

    /**
     * Tells whether the person is under 18 on a date, from the date of birth or else the age band.
     *
     * @param on the date, not null
     * @return true if under 18; false if 18 or over or unknown
     */
    public boolean isUnder18On(LocalDate on) {
        if (dateOfBirth != null) {
            return ageOn(on).getAsInt() < 18;
        }
        return ageBand == AgeBand.UNDER_18;
    }

    /**
     * Returns a copy with another preferred name.
     *
     * @param name the preferred name
     * @return the copy, not null; this object is unchanged
     */
    public Person withPreferredName(String name) {
        return new Person(id, name, dateOfBirth, ageBand, locale, pronouns, hasDependentChildren);
    }

    /**
     * Returns a copy with another date of birth.
     *
     * @param date the date of birth
     * @return the copy, not null; this object is unchanged
     */
    public Person withDateOfBirth(LocalDate date) {
        return new Person(id, preferredName, date, ageBand, locale, pronouns, hasDependentChildren);
    }

    /**
     * Returns a copy with another answer about dependent children.
     *
     * @param has the answer about dependent children
     * @return the copy, not null; this object is unchanged
     */
    public Person withDependentChildren(Boolean has) {
        return new Person(id, preferredName, dateOfBirth, ageBand, locale, pronouns, has);
    }

    /**
     * Returns a summary that carries no personal data: the pseudonymous id, the age band and the
     * locale; never the name, pronouns or date of birth.
     */
    @Override
    public String toString() {
        return "Person[id=" + id + (ageBand == null ? "" : ", ageBand=" + ageBand.code()) + ", locale=" + locale.toLanguageTag() + "]";
    }
}
