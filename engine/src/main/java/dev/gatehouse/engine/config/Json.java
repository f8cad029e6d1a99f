package dev.gatehouse.engine.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson configuration: java.time values as ISO-8601 text, and fields this version does
 * not know ignored (stored documents and inbound bodies outlive the code that wrote them). Built
 * once and never reconfigured; a use that must be stricter takes an immutable {@link ObjectReader}
 * derived from it.
 */
public final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final ObjectReader ONE_VALUE = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /*
     * Property naming is mapper-wide in Jackson (deserializers are cached per mapper), so the
     * snake_case files people write by hand get their own instance, derived from this one.
     */
    private static final ObjectMapper SNAKE_CASE = MAPPER.rebuild()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private Json() {
    }

    /** The configured mapper (the HTTP server's, the stores', the JSON Lines codecs'); do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** Exactly one JSON value: anything after it (a model's trailing prose) is an error, not ignored. */
    public static JsonNode readOneValue(String text) throws JsonProcessingException {
        return ONE_VALUE.readTree(text);
    }

    /** A strict reader for a snake_case document a person wrote: an unknown field is a typo, so it fails. */
    public static ObjectReader snakeCaseStrict(Class<?> type) {
        return SNAKE_CASE.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
