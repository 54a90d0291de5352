package org.waymark.model;

import jakarta.validation.constraints.NotNull;

/**
 * A person, professional or service the plan tells the person to contact.
 * Structure only is checked here; whether the number is valid for the country is the rule
 * CONTACT-REACHABLE's job, so that a draft with a half-written number can still be saved.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id           the id, unique in the plan; not null
 * @param name         the name, not null
 * @param kind         the kind of contact, not null
 * @param relationship the relationship or role ("sister", "GP surgery"), may be null
 * @param phone        a phone number, may be null
 * @param sms          a number to text, may be null
 * @param smsKeyword   the word to text, if the service asks for one, may be null
 * @param address      a postal or web address, may be null
 * @param country      the ISO 3166 alpha-2 country the numbers belong to ("GB", "US"), may be null
 * @param hours        when the contact can be reached, in words, may be null
 * @param available24x7 whether the contact answers at any hour of any day
 */
public record Contact(
        @NotNull String id,
        @NotNull String name,
        @NotNull ContactKind kind,
        String relationship,
        String phone,
        String sms,
        String smsKeyword,
        String address,
        String country,
        String hours,
        boolean available24x7) {

    /**
     * Checks the components.
     *
     * @param id           the id, unique in the plan; not null
     * @param name         the name, not null
     * @param kind         the kind of contact, not null
     * @param relationship the relationship or role ("sister", "GP surgery"), may be null
     * @param phone        a phone number, may be null
     * @param sms          a number to text, may be null
     * @param smsKeyword   the word to text, if the service asks for one, may be null
     * @param address      a postal or web address, may be null
     * @param country      the ISO 3166 alpha-2 country the numbers belong to ("GB", "US"), may be null
     * @param hours        when the contact can be reached, in words, may be null
     * @param available24x7 whether the contact answers at any hour of any day
     */
    public Contact {
        Checks.requireId(id, "id");
        Checks.requireLine(name, "name");
        Checks.required(kind, "kind");
        Checks.line(relationship, "relationship");
        Checks.line(phone, "phone");
        Checks.line(sms, "sms");
        Checks.line(smsKeyword, "smsKeyword");
        Checks.text(address, "address");
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw Checks.invalid("country", "an ISO 3166 alpha-2 code in capitals, e.g. GB or US");
        }
        Checks.line(hours, "hours");
    }

    /**
     * Obtains a personal contact reached by phone.
     *
     * @param id           the id, not null
     * @param name         the name, not null
     * @param relationship the relationship, may be null
     * @param phone        the phone number, not null
     * @param country      the country code, not null
     * @return the contact, not null
     */
    public static Contact ofPersonal(String id, String name, String relationship, String phone, String country) {
        return new Contact(id, name, ContactKind.PERSONAL, relationship, phone, null, null, null, country, null, false);
    }

    /**
     * Returns a copy with another phone number.
     *
     * @param value the phone number
     * @return the copy, not null; this object is unchanged
     */
    public Contact withPhone(String value) {
        return new Contact(id, name, kind, relationship, value, sms, smsKeyword, address, country, hours, available24x7);
    }

    /** Returns the ids, codes, dates, numbers and counts of this value; never its free text. */
    @Override
    public String toString() {
        return Summary.of(this);
    }
}
