package org.waymark.templates.content;

import org.waymark.templates.content.internal.Arguments;

/**
 * How to reach a service by text message: the number to text and, if the service asks for one, the
 * word to send first (such as {@code SHOUT} to 85258).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param number   the number to text, as it is usually written, not blank
 * @param keyword  the word to send first, or null if any message starts a conversation
 */
public record TextMessage(String number, String keyword) {

    /**
     * Checks the components.
     *
     * @param number   the number to text, as it is usually written, not blank
     * @param keyword  the word to send first, or null if any message starts a conversation
     * @throws NullPointerException if {@code number} is null
     * @throws IllegalArgumentException if the number has no digits or the keyword is blank
     */
    public TextMessage {
        Arguments.requireText(number, "number");
        if (number.chars().noneMatch(Character::isDigit)) {
            throw new IllegalArgumentException("text number must contain digits: " + number);
        }
        if (keyword != null) {
            Arguments.requireText(keyword, "keyword");
        }
    }

    /**
     * Obtains a text contact that needs no keyword.
     *
     * @param number  the number to text, not blank
     * @return the contact, not null
     */
    public static TextMessage of(String number) {
        return new TextMessage(number, null);
    }

    /**
     * Obtains a text contact that asks for a keyword first.
     *
     * @param number   the number to text, not blank
     * @param keyword  the word to send first, not blank
     * @return the contact, not null
     */
    public static TextMessage of(String number, String keyword) {
        return new TextMessage(number, Arguments.requireText(keyword, "keyword"));
    }
}
