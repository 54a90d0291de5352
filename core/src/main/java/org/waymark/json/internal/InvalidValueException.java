package org.waymark.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A value of the wrong form, with a message safe to show (it never quotes the value). */
public final class InvalidValueException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    private final transient String ruleId;

    InvalidValueException(JsonParser p, String safeMessage, String ruleId) {
        super(p, safeMessage);
        this.ruleId = ruleId;
    }

    /** The guideline rule broken, or null. */
    public String ruleId() {
        return ruleId;
    }

    /** The message without Jackson's location suffix. */
    public String safeMessage() {
        return getOriginalMessage();
    }
}
