package dev.gatehouse.engine.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gatehouse.engine.config.Json;
import org.jooq.JSON;

/** Documents in jsonb columns, through the one JSON mapping. */
final class JsonColumns {
    private JsonColumns() {
    }

    static JSON json(Object value) {
        return value == null ? null : JSON.valueOf(Json.write(value));
    }

    static <T> T read(JSON json, Class<T> type) {
        try {
            return Json.mapper().readValue(json.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable", e);
        }
    }
}
