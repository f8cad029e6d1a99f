package dev.gatehouse.engine.jobs;

import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.serializer.JavaSerializer;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import dev.gatehouse.engine.config.Json;

/**
 * How job data is kept in {@code scheduled_tasks.task_data}: JSON, readable in the table and not
 * tied to a Java class name that a refactoring may move. Rows queued before were Java-serialized
 * (a {@code Long}, or {@code "thread:step"} for a follow-up); they are recognised by the stream's
 * magic number and still read, so an upgrade needs no step of its own.
 */
final class JobData implements Serializer {
    private final Serializer json = new JacksonSerializer(Json.mapper());
    private final Serializer java = new JavaSerializer();

    @Override
    public byte[] serialize(Object data) {
        return data == null ? null : json.serialize(data);
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] data) {
        if (data == null) return null;
        if (!javaSerialized(data)) return json.deserialize(type, data);
        var old = java.deserialize(Object.class, data);
        if (type == FollowUpStep.class && old instanceof String legacy) return type.cast(FollowUpStep.fromLegacy(legacy));
        return type.cast(old);
    }

    private static boolean javaSerialized(byte[] data) {
        return data.length >= 2 && (data[0] & 0xff) == 0xac && (data[1] & 0xff) == 0xed;
    }
}
