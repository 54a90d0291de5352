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
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.waymark.model.Coded;
import org.waymark.templates.content.ContentLibrary;
import org.waymark.templates.content.ContentLoadException;

/**
 * Reads content libraries from class-path resources with a strict JSON mapper.
 * <p>
 * Layout: {@code <base>/locales.json} lists the locales a jar provides; {@code <base>/<tag>/} holds the
 * five files of one locale ({@link #FILES}). The base folder's name contains a hyphen, so it is not a Java
 * package and its resources are not encapsulated by the module system: a host jar can add a locale by
 * shipping its own {@code locales.json} and folder under the same base.
 * <p>
 * Reading is strict: unknown or missing properties, duplicate keys, trailing tokens, numbers for enums
 * and scalar coercion are all errors, reported as {@link ContentLoadException} with resource, line,
 * column and JSON path.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ContentReader {

    /** The base folder of the shipped content. */
    public static final String BASE = "org/waymark/templates/content-library/";

    /** The files each locale folder holds. */
    public static final List<String> FILES = List.of(
            "goals.json", "interventions.json", "safety-plan.json", "crisis-resources.json",
            "patient-information.json");

    private static final ObjectMapper MAPPER = createMapper();

    private final ClassLoader loader;
    private final String base;

    /**
     * Creates a reader.
     *
     * @param loader  the class loader to find resources with, not null
     * @param base    the base folder, ending in {@code /}, not null
     */
    public ContentReader(ClassLoader loader, String base) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.base = Objects.requireNonNull(base, "base");
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("base must end with '/': " + base);
        }
    }

    /**
     * Returns a reader of the shipped content through this library's class loader.
     *
     * @return the reader, not null
     */
    public static ContentReader standard() {
        ClassLoader loader = ContentReader.class.getClassLoader();
        return new ContentReader(loader != null ? loader : ClassLoader.getSystemClassLoader(), BASE);
    }

    /**
     * Returns the locales listed by every {@code locales.json} under the base folder.
     *
     * @return the locales in the order found, not null
     * @throws ContentLoadException if a {@code locales.json} cannot be read or lists a malformed tag
     */
    public Set<Locale> availableLocales() {
        String name = base + "locales.json";
        Set<Locale> locales = new LinkedHashSet<>();
        Enumeration<URL> urls;
        try {
            urls = loader.getResources(name);
        } catch (IOException e) {
            throw new ContentLoadException(name, "", -1, -1, "cannot list resources: " + e.getMessage(), e);
        }
        for (URL url : Collections.list(urls)) {
            ContentFiles.Locales file;
            try (InputStream in = url.openStream()) {
                file = read(url.toString(), in, ContentFiles.Locales.class);
            } catch (IOException e) {
                throw new ContentLoadException(url.toString(), "", -1, -1, "cannot read: " + e.getMessage(), e);
            }
            List<String> tags = file.locales();
            for (int i = 0; i < tags.size(); i++) {
                locales.add(parseTag(tags.get(i), url.toString(), "locales[" + i + "]"));
            }
        }
        return Collections.unmodifiableSet(locales);
    }

    /**
     * Reads the content library of a locale.
     *
     * @param locale  the locale, such as {@code Locale.UK}, not null
     * @return the library, not null
     * @throws ContentLoadException if the locale is not available or a file is missing or invalid
     */
    public ContentLibrary read(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String tag = locale.toLanguageTag();
        String folder = base + tag + "/";
        Set<Locale> available = availableLocales();
        if (!available.contains(locale)) {
            throw new ContentLoadException(folder, "", -1, -1, "no content for locale " + tag
                    + "; available: " + available.stream().map(Locale::toLanguageTag).toList(), null);
        }
        ContentFiles.Goals goals = readFile(folder, "goals.json", tag, ContentFiles.Goals.class,
                ContentFiles.Goals::locale);
        ContentFiles.Interventions interventions = readFile(folder, "interventions.json", tag,
                ContentFiles.Interventions.class, ContentFiles.Interventions::locale);
        ContentFiles.SafetyPlan safetyPlan = readFile(folder, "safety-plan.json", tag,
                ContentFiles.SafetyPlan.class, ContentFiles.SafetyPlan::locale);
        ContentFiles.CrisisResources crisis = readFile(folder, "crisis-resources.json", tag,
                ContentFiles.CrisisResources.class, ContentFiles.CrisisResources::locale);
        ContentFiles.Information information = readFile(folder, "patient-information.json", tag,
                ContentFiles.Information.class, ContentFiles.Information::locale);
        try {
            return new ContentLibrary(locale, goals.goals(), interventions.interventions(),
                    interventions.associatedConditionTreatments(), safetyPlan.labels(), safetyPlan.examples(),
                    crisis.crisisResources(), information.patientInformation());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ContentLoadException(folder, "", -1, -1, e.getMessage(), e);
        }
    }

    private <T> T readFile(String folder, String file, String tag, Class<T> type,
            java.util.function.Function<T, String> localeOf) {
        String name = folder + file;
        URL url = loader.getResource(name);
        if (url == null) {
            throw new ContentLoadException(name, "", -1, -1, "resource not found", null);
        }
        T content;
        try (InputStream in = url.openStream()) {
            content = read(name, in, type);
        } catch (IOException e) {
            throw new ContentLoadException(name, "", -1, -1, "cannot read: " + e.getMessage(), e);
        }
        if (!tag.equals(localeOf.apply(content))) {
            throw new ContentLoadException(name, "locale", -1, -1, "file is for locale '"
                    + localeOf.apply(content) + "' but sits in the folder of " + tag, null);
        }
        return content;
    }

    /**
     * Reads one JSON document strictly.
     *
     * @param <T>       the type to read
     * @param resource  the resource name used in error messages, not null
     * @param in        the JSON, not null; not closed by this method
     * @param type      the type to read, not null
     * @return the value, not null
     * @throws ContentLoadException if the JSON is malformed or does not fit the type
     * @throws UncheckedIOException if reading fails for a reason other than content
     */
    public static <T> T read(String resource, InputStream in, Class<T> type) {
        try {
            T value = MAPPER.readValue(in, type);
            if (value == null) {
                throw new ContentLoadException(resource, "", -1, -1, "document is JSON null", null);
            }
            return value;
        } catch (JsonProcessingException e) {
            throw toLoadException(resource, e);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    private static ContentLoadException toLoadException(String resource, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        int line = location != null ? location.getLineNr() : -1;
        int column = location != null ? location.getColumnNr() : -1;
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        Throwable cause = e.getCause();
        String reason = cause instanceof IllegalArgumentException || cause instanceof NullPointerException
                ? "invalid value: " + cause.getMessage()
                : e.getOriginalMessage();
        return new ContentLoadException(resource, path, line, column, reason, e);
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

    private static Locale parseTag(String tag, String resource, String path) {
        Locale locale = tag == null ? null : Locale.forLanguageTag(tag);
        if (locale == null || locale.getLanguage().isEmpty() || !locale.toLanguageTag().equals(tag)) {
            throw new ContentLoadException(resource, path, -1, -1,
                    "not a well-formed BCP 47 language tag such as en-GB: " + tag, null);
        }
        return locale;
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
