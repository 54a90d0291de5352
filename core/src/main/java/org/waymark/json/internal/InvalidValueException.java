package org.waymark.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A value that cannot be written, with a message safe to show (it never quotes the value). */
public final class InvalidValueException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    InvalidValueException(JsonGenerator g, String safeMessage) {
        super(g, safeMessage);
    }

    /**
     * The message without Jackson's location suffix.
     *
     * @return the message, not null
     */
    public String safeMessage() {
        return getOriginalMessage();
    }
}
