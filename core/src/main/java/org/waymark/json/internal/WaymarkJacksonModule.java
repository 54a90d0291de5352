package org.waymark.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.waymark.model.Coded;
import org.waymark.validation.RuleId;

/**
 * Jackson bindings for the model: coded enums as their codes, dates as ISO strings, locales as
 * language tags; all strict (a string and nothing else), with messages that never quote input.
 */
public final class WaymarkJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The rule broken by a document that carries a risk score or level. */
    public static final String NO_RISK_PREDICTION = RuleId.NO_RISK_PREDICTION.id();

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");
    private static final String[] FORBIDDEN = {
        "riskscore", "risklevel", "riskband", "riskrating", "riskcategory", "riskgrade", "risktier",
        "riskstratification", "riskstratum", "riskprediction", "predictedrisk", "suicideprobability",
        "probability", "likelihood", "ragrating", "riskrag", "overallrisk"
    };

    /** Creates the module. */
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
        @SuppressWarnings({"rawtypes", "unchecked"})
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
        addDeserializer(LocalDate.class, new JsonDeserializer<LocalDate>() {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = string(p, "a date in the form YYYY-MM-DD");
                if (!DATE.matcher(text).matches()) {
                    throw new InvalidValueException(p, "expected a date in the form YYYY-MM-DD", null);
                }
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw new InvalidValueException(p, "not a real calendar date; expected YYYY-MM-DD", null);
                }
            }
        });
        addDeserializer(Locale.class, new JsonDeserializer<Locale>() {
            @Override
            public Locale deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = string(p, "a language tag such as en-GB");
                if (!TAG.matcher(text).matches()) {
                    throw new InvalidValueException(p, "expected a language tag such as en-GB or en-US", null);
                }
                try {
                    return new Locale.Builder().setLanguageTag(text).build();
                } catch (IllformedLocaleException e) {
                    throw new InvalidValueException(p, "expected a language tag such as en-GB or en-US", null);
                }
            }
        });
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
                if (Coded.class.isAssignableFrom(type)) {
                    return new CodedDeserializer(type);
                }
                return null;
            }
        });
    }

    /**
     * Tells whether a field name denotes a risk score, probability or risk level.
     *
     * @param name the field name, not null
     * @return true if the name is forbidden
     */
    public static boolean isForbidden(String name) {
        StringBuilder letters = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                letters.append((char) (c + ('a' - 'A')));
            } else if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        String n = letters.toString();
        for (String f : FORBIDDEN) {
            if (n.contains(f)) {
                return true;
            }
        }
        return false;
    }

    private static String string(JsonParser p, String expected) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new InvalidValueException(p, "expected " + expected, null);
        }
        return p.getText();
    }

    private static final class CodedDeserializer extends JsonDeserializer<Object> {
        private final Class<?> type;
        /** What a value must be, worked out once per type rather than on every value read. */
        private final String expected;

        CodedDeserializer(Class<?> type) {
            this.type = type;
            StringBuilder sb = new StringBuilder("one of ");
            Object[] constants = type.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(((Coded) constants[i]).code());
            }
            this.expected = sb.toString();
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = string(p, expected);
            for (Object constant : type.getEnumConstants()) {
                if (((Coded) constant).code().equals(text)) {
                    return constant;
                }
            }
            throw new InvalidValueException(p, "not a known code; expected " + expected, null);
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
