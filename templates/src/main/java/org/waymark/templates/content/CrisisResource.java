package org.waymark.templates.content;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import org.waymark.templates.content.internal.Arguments;

/**
 * A service a person can contact in a crisis: the emergency number, a crisis line, a text line or an
 * urgent advice line.
 * <p>
 * A crisis plan holds self-management strategies and how to reach services when they are not enough
 * (NICE CG133 1.4.5); a safety plan lists services and crisis lines, including the emergency number
 * (Stanley-Brown step 5). Each resource records where its details come from and when they were last
 * checked, so a host can see when to check again. Hosts add or replace local services with
 * {@link ContentLibrary#withCrisisResources(java.util.Collection)}.
 * <p>
 * The name, description and hours are for the person ({@link Audience#PERSON}); the source is for
 * clinicians.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id              the stable id, such as {@code gb.samaritans}, not null
 * @param name            the service's name, not blank
 * @param kind            the kind of service, not null
 * @param description     plain words on when and how to use it, not blank
 * @param phone           the number to call, as usually written, or null if the service takes texts only
 * @param textMessage     how to reach it by text, or null if it takes calls only
 * @param hours           the opening hours in plain words, not blank
 * @param available24x7   whether it is open 24 hours a day, 7 days a week
 * @param country         the ISO 3166-1 alpha-2 country code, such as {@code GB}, not null
 * @param source          the organisation or official site the details come from, not blank
 * @param lastVerified    the date the details were last checked against the source, not null
 */
public record CrisisResource(
        String id,
        String name,
        CrisisResourceKind kind,
        String description,
        String phone,
        TextMessage textMessage,
        String hours,
        boolean available24x7,
        String country,
        String source,
        LocalDate lastVerified) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /**
     * Checks the components.
     *
     * @param id              the stable id, such as {@code gb.samaritans}, not null
     * @param name            the service's name, not blank
     * @param kind            the kind of service, not null
     * @param description     plain words on when and how to use it, not blank
     * @param phone           the number to call, as usually written, or null if the service takes texts only
     * @param textMessage     how to reach it by text, or null if it takes calls only
     * @param hours           the opening hours in plain words, not blank
     * @param available24x7   whether it is open 24 hours a day, 7 days a week
     * @param country         the ISO 3166-1 alpha-2 country code, such as {@code GB}, not null
     * @param source          the organisation or official site the details come from, not blank
     * @param lastVerified    the date the details were last checked against the source, not null
     * @throws NullPointerException if a required component is null
     * @throws IllegalArgumentException if there is neither a phone number nor a text contact, a phone
     *         number has no digits, or the country is not two capital letters
     */
    public CrisisResource {
        Arguments.requireId(id, "id");
        Arguments.requireText(name, "name");
        Objects.requireNonNull(kind, "kind");
        Arguments.requireText(description, "description");
        if (phone == null && textMessage == null) {
            throw new IllegalArgumentException("crisis resource '" + id + "' needs a phone number or a text contact");
        }
        if (phone != null) {
            Arguments.requireText(phone, "phone");
            if (phone.chars().noneMatch(Character::isDigit)) {
                throw new IllegalArgumentException("phone must contain digits: " + phone);
            }
        }
        if (kind == CrisisResourceKind.EMERGENCY && phone == null) {
            throw new IllegalArgumentException("emergency resource '" + id + "' needs a phone number");
        }
        if (kind == CrisisResourceKind.TEXT_LINE && textMessage == null) {
            throw new IllegalArgumentException("text line '" + id + "' needs a text contact");
        }
        Arguments.requireText(hours, "hours");
        Objects.requireNonNull(country, "country");
        if (!COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code such as GB: " + country);
        }
        Arguments.requireText(source, "source");
        Objects.requireNonNull(lastVerified, "lastVerified");
    }

    /**
     * Returns whether the service can be called.
     *
     * @return true if there is a phone number
     */
    public boolean hasPhone() {
        return phone != null;
    }

    /**
     * Returns whether the service can be reached by text message.
     *
     * @return true if there is a text contact
     */
    public boolean hasTextMessage() {
        return textMessage != null;
    }
}
