package org.waymark.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A value of the wrong form, read or written, with a message safe to show (it never quotes the value). */
public final class InvalidValueException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    private final transient String ruleId;
    private final transient String fieldName;

    InvalidValueException(JsonParser p, String safeMessage, String ruleId) {
        this(p, safeMessage, ruleId, null);
    }

    InvalidValueException(JsonGenerator g, String safeMessage) {
        super(g, safeMessage);
        this.ruleId = null;
        this.fieldName = null;
    }

    InvalidValueException(JsonParser p, String safeMessage, String ruleId, String fieldName) {
        super(p, safeMessage);
        this.ruleId = ruleId;
        this.fieldName = fieldName;
    }

    /** The guideline rule broken, or null. */
    public String ruleId() {
        return ruleId;
    }

    /** The name of the offending field, when the problem is a field rather than a value; or null. */
    public String fieldName() {
        return fieldName;
    }

    /** The message without Jackson's location suffix. */
    public String safeMessage() {
        return getOriginalMessage();
    }
}
