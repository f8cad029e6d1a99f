package dev.gatehouse.engine.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.jooq.JSON;

/** Documents in jsonb columns (ICP, offer, breakdowns, audit), through the one configured mapper. */
final class Json {
    private Json() {
    }

    static String write(Object value) {
        return dev.gatehouse.engine.config.Json.write(value);
    }

    static JSON json(Object value) {
        return value == null ? null : JSON.valueOf(write(value));
    }

    static <T> T read(JSON json, Class<T> type) {
        try {
            return dev.gatehouse.engine.config.Json.mapper().readValue(json.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable", e);
        }
    }
}
