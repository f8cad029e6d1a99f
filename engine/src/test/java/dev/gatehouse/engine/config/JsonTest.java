package dev.gatehouse.engine.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {
    record Stored(String name, Instant at) {
    }

    record HandWritten(String senderName, int minScore) {
    }

    @Test
    void times_are_written_as_iso_text() {
        var json = Json.write(Map.of("at", Instant.parse("2026-11-20T09:00:00Z"), "wait", Duration.ofHours(2)));

        assertThat(json).contains("\"at\":\"2026-11-20T09:00:00Z\"").contains("\"wait\":\"PT2H\"");
    }

    @Test
    void a_stored_document_with_a_field_this_version_does_not_know_still_reads() throws Exception {
        var stored = Json.mapper().readValue("{\"name\":\"icp\",\"at\":\"2026-11-20T09:00:00Z\",\"added_later\":1}",
                Stored.class);

        assertThat(stored).isEqualTo(new Stored("icp", Instant.parse("2026-11-20T09:00:00Z")));
    }

    @Test
    void one_value_means_nothing_may_follow_it() throws Exception {
        assertThat(Json.readOneValue("{\"subject\":\"Hi\"}").path("subject").asText()).isEqualTo("Hi");
        assertThatThrownBy(() -> Json.readOneValue("{\"subject\":\"Hi\"} and some prose"))
                .isInstanceOf(JsonProcessingException.class);
        assertThat(Json.mapper().readTree("{\"subject\":\"Hi\"} trailing").path("subject").asText())
                .as("the lenient mapper itself is not made strict").isEqualTo("Hi");
    }

    @Test
    void a_snake_case_file_reads_strictly_without_changing_the_shared_naming() throws Exception {
        HandWritten read = Json.snakeCaseStrict(HandWritten.class).readValue("{\"sender_name\":\"Ana\",\"min_score\":60}");

        assertThat(read).isEqualTo(new HandWritten("Ana", 60));
        assertThatThrownBy(() -> Json.snakeCaseStrict(HandWritten.class).readValue("{\"sender_nmae\":\"Ana\"}"))
                .isInstanceOf(UnrecognizedPropertyException.class);
        assertThat(Json.write(read)).isEqualTo("{\"senderName\":\"Ana\",\"minScore\":60}");
    }
}
