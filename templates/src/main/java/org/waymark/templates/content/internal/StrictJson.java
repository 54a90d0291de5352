package org.waymark.templates.content.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.waymark.model.Coded;

/**
 * The strict JSON mapper that reads the content library's files and the templates: unknown or missing
 * properties, duplicate keys, trailing tokens, numbers for enums, scalar coercion and JSON null documents
 * are all refused, as a {@link ResourceFailure} with the resource, line, column and JSON path. Bounded:
 * nesting depth 64, strings of 100,000 characters, documents of 2,000,000 characters.
 * <p>
 * The model's coded enums ({@link Coded}) are read by their code; dates as ISO dates only.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class StrictJson {

    private static final ObjectMapper MAPPER = createMapper();

    private StrictJson() {
    }

    /**
     * Reads one JSON document strictly.
     *
     * @param <T>       the type to read
     * @param resource  the resource name used in error messages, not null
     * @param in        the JSON, not null; not closed by this method
     * @param type      the type to read, not null
     * @return the value, not null
     * @throws ResourceFailure if the JSON is malformed or does not fit the type
     * @throws UncheckedIOException if reading fails for a reason other than content
     */
    public static <T> T read(String resource, InputStream in, Class<T> type) {
        try {
            T value = MAPPER.readValue(in, type);
            if (value == null) {
                throw new ResourceFailure(resource, "", -1, -1, "document is JSON null", null);
            }
            return value;
        } catch (JsonProcessingException e) {
            throw failure(resource, e);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    private static ResourceFailure failure(String resource, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        int line = location != null ? location.getLineNr() : -1;
        int column = location != null ? location.getColumnNr() : -1;
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        Throwable cause = e.getCause();
        String reason = cause instanceof IllegalArgumentException || cause instanceof NullPointerException
                ? "invalid value: " + cause.getMessage()
                : e.getOriginalMessage();
        return new ResourceFailure(resource, path, line, column, reason, e);
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : references) {
            if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            }
        }
        return b.toString();
    }

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64)
                        .maxStringLength(100_000)
                        .maxNumberLength(100)
                        .maxNameLength(256)
                        .maxDocumentLength(2_000_000)
                        .maxTokenCount(200_000)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        SimpleModule dates = new SimpleModule("waymark-content-dates");
        CodedEnums deserializers = new CodedEnums();
        deserializers.addDeserializer(LocalDate.class, new IsoDateDeserializer());
        dates.setDeserializers(deserializers);
        JsonMapper mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(dates)
                .build();
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Integer, LogicalType.Boolean,
                LogicalType.Float, LogicalType.Enum, LogicalType.Collection, LogicalType.POJO)) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return mapper;
    }

    /** Reads the model's coded enums ({@link Coded}) by their code, from a string and nothing else. */
    private static final class CodedEnums extends SimpleDeserializers {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                BeanDescription beanDesc) throws JsonMappingException {
            if (!Coded.class.isAssignableFrom(type)) {
                return super.findEnumDeserializer(type, config, beanDesc);
            }
            return new StdScalarDeserializer<Object>(type) {
                private static final long serialVersionUID = 1L;

                @Override
                public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                    if (p.currentToken() != JsonToken.VALUE_STRING) {
                        return ctxt.handleUnexpectedToken(type, p);
                    }
                    String code = p.getText();
                    for (Object constant : type.getEnumConstants()) {
                        if (((Coded) constant).code().equals(code)) {
                            return constant;
                        }
                    }
                    StringBuilder known = new StringBuilder();
                    for (Object constant : type.getEnumConstants()) {
                        known.append(known.length() == 0 ? "" : ", ").append(((Coded) constant).code());
                    }
                    return ctxt.handleWeirdStringValue(type, code, "not a known %s code; expected one of %s",
                            type.getSimpleName(), known);
                }
            };
        }
    }

    /** Reads ISO dates such as {@code 2026-11-23} and nothing else. */
    private static final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {

        private static final long serialVersionUID = 1L;

        IsoDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw ctxt.weirdStringException(text, LocalDate.class, "expected an ISO date such as 2026-11-23");
            }
        }
    }
}
