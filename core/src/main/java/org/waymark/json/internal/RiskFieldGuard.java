package org.waymark.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * Rejects a risk score, probability or risk level field the moment the parser meets its name, wherever
 * it stands, so that the rule NO-RISK-PREDICTION is reported at the field's own path even when databind
 * would otherwise have buffered the field and failed on something else first.
 */
public final class RiskFieldGuard extends JsonParserDelegate {

    /**
     * Wraps a parser.
     *
     * @param parser the parser, not null
     */
    public RiskFieldGuard(JsonParser parser) {
        super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        return check(super.nextToken());
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = super.nextToken();
        check(t);
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public String nextFieldName() throws IOException {
        return check(super.nextToken()) == JsonToken.FIELD_NAME ? currentName() : null;
    }

    @Override
    public boolean nextFieldName(SerializableString name) throws IOException {
        return check(super.nextToken()) == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
    }

    private JsonToken check(JsonToken t) throws IOException {
        if (t == JsonToken.FIELD_NAME) {
            String name = currentName();
            if (WaymarkJacksonModule.isForbidden(name)) {
                throw new InvalidValueException(this, "field '" + Names.safe(name)
                        + "' is a risk score, probability or risk level; Waymark records a formulation, never a prediction",
                        WaymarkJacksonModule.NO_RISK_PREDICTION, name);
            }
        }
        return t;
    }
}
