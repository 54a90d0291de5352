package org.waymark.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import org.waymark.model.PlanPath;

/**
 * Finds where a value stands in a document, for failures that a model constructor raises after the
 * value was read (a dangling reference, an id used twice): one more pass over the document, taken
 * only when reading has already failed.
 */
final class Locator {

    private Locator() {
    }

    /**
     * Returns the location of the value at a path below the document's plan, or of the nearest
     * enclosing value the document has when the path itself is absent.
     *
     * @return the location, or null when the document has no plan object
     */
    static JsonLocation locate(JsonFactory factory, String json, PlanPath path) {
        try (JsonParser p = factory.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT || !field(p, "plan")) {
                return null;
            }
            JsonLocation found = p.currentTokenLocation();
            List<Object> segments = path.segments();
            for (Object segment : segments) {
                boolean ok = segment instanceof Integer i ? element(p, i) : p.currentToken() == JsonToken.START_OBJECT && field(p, (String) segment);
                if (!ok) {
                    return found;
                }
                found = p.currentTokenLocation();
            }
            return found;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Moves to the value of a field of the object at the current token; false if it has none. */
    private static boolean field(JsonParser p, String name) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            boolean match = name.equals(p.currentName());
            p.nextToken();
            if (match) {
                return true;
            }
            p.skipChildren();
        }
        return false;
    }

    /** Moves to an element of the array at the current token; false if it has none. */
    private static boolean element(JsonParser p, int index) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            return false;
        }
        for (int i = 0; ; i++) {
            JsonToken t = p.nextToken();
            if (t == null || t == JsonToken.END_ARRAY) {
                return false;
            }
            if (i == index) {
                return true;
            }
            p.skipChildren();
        }
    }
}
