package dev.gatehouse.engine.jobs;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class JobDataTest {
    private final JobData data = new JobData();

    @Test
    void a_follow_up_step_is_stored_as_json_and_read_back() {
        var bytes = data.serialize(new FollowUpStep(12, 2));

        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("{\"threadTouchId\":12,\"step\":2}");
        assertThat(data.deserialize(FollowUpStep.class, bytes)).isEqualTo(new FollowUpStep(12, 2));
    }

    @Test
    void a_row_id_is_stored_as_a_json_number_and_read_back() {
        var bytes = data.serialize(4711L);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("4711");
        assertThat(data.deserialize(Long.class, bytes)).isEqualTo(4711L);
    }

    @Test
    void a_follow_up_queued_before_the_upgrade_still_reads() throws IOException {
        assertThat(data.deserialize(FollowUpStep.class, javaSerialized("12:2"))).isEqualTo(new FollowUpStep(12, 2));
    }

    @Test
    void a_row_id_queued_before_the_upgrade_still_reads() throws IOException {
        assertThat(data.deserialize(Long.class, javaSerialized(4711L))).isEqualTo(4711L);
    }

    @Test
    void no_data_stays_no_data() {
        assertThat(data.serialize(null)).isNull();
        assertThat(data.deserialize(Void.class, null)).isNull();
    }

    /** What db-scheduler's default serializer wrote before the job data became JSON. */
    static byte[] javaSerialized(Object value) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }
}
