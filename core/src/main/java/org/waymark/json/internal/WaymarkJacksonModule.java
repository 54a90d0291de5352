package org.waymark.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.waymark.model.Coded;

/**
 * Jackson serialisers for writing the model: coded enums as their codes, dates as ISO strings,
 * locales as language tags. Reading does not use data binding (see {@link PlanReader}).
 */
public final class WaymarkJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    @SuppressWarnings({"rawtypes", "unchecked"}) // one serializer for every enum: Class<Enum> has no other spelling
    public WaymarkJacksonModule() {
        super("waymark");
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(LocalDate.class, new JsonSerializer<LocalDate>() {
            @Override
            public void serialize(LocalDate value, JsonGenerator g, SerializerProvider p) throws IOException {
                if (value.getYear() < 0 || value.getYear() > 9999) {
                    // LocalDate.toString() would give +10000-01-01, which no reader of YYYY-MM-DD accepts.
                    throw new InvalidValueException(g, "a date must fall in the years 0000 to 9999 to be written as YYYY-MM-DD");
                }
                g.writeString(value.toString());
            }
        });
        serializers.addSerializer(Locale.class, new JsonSerializer<Locale>() {
            @Override
            public void serialize(Locale value, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(value.toLanguageTag());
            }
        });
        Class<Enum> enumType = Enum.class;
        serializers.addSerializer(enumType, new JsonSerializer<Enum>() {
            @Override
            public void serialize(Enum value, JsonGenerator g, SerializerProvider p) throws IOException {
                if (value instanceof Coded coded) {
                    g.writeString(coded.code());
                } else {
                    g.writeString(value.name());
                }
            }
        });
        setSerializers(serializers);
    }
}
