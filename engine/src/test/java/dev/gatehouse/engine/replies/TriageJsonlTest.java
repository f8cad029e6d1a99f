package dev.gatehouse.engine.replies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriageJsonlTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private final ObjectMapper json = new ObjectMapper();

    /** Labels by keyword so the codec is tested without the model. */
    private final ReplyTriage fake = reply -> switch (reply.body()) {
        case "away" -> new TriageResult(ReplyLabel.OUT_OF_OFFICE, 0.9, MonthDay.of(3, 4), null, false, List.of("r"));
        case "ask bo" -> new TriageResult(ReplyLabel.REFERRAL, 0.8, null, "bo@acme.test", false, List.of("r"));
        case "boom" -> throw new IllegalStateException("model failed");
        default -> TriageResult.of(ReplyLabel.INTERESTED, 0.7, "r");
    };
    private final TriageJsonl jsonl = new TriageJsonl(fake, TODAY);

    private JsonNode answer(String line) throws Exception {
        return json.readTree(jsonl.answer(line));
    }

    @Test
    void writes_one_line_per_input_line_with_the_same_ids() throws Exception {
        var out = new StringWriter();
        jsonl.run(new StringReader("{\"id\":\"a\",\"subject\":\"s\",\"body\":\"x\"}\nnot json\n{\"id\":7,\"subject\":\"s\",\"body\":\"y\"}\n"), out);

        var lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(json.readTree(lines.get(0)).get("id").asText()).isEqualTo("a");
        assertThat(json.readTree(lines.get(2)).get("id").asInt()).isEqualTo(7);
    }

    @Test
    void malformed_line_yields_question_with_zero_confidence_and_error() throws Exception {
        var node = answer("{\"id\": \"x1\", \"body\": ");

        assertThat(node.get("label").asText()).isEqualTo("question");
        assertThat(node.get("confidence").asDouble()).isZero();
        assertThat(node.hasNonNull("error")).isTrue();
    }

    @Test
    void line_without_body_keeps_its_id_and_reports_error() throws Exception {
        var node = answer("{\"id\":\"x2\",\"subject\":\"hi\"}");

        assertThat(node.get("id").asText()).isEqualTo("x2");
        assertThat(node.get("error").asText()).contains("body");
    }

    @Test
    void triage_failure_becomes_an_error_line() throws Exception {
        var node = answer("{\"id\":\"x3\",\"subject\":\"s\",\"body\":\"boom\"}");

        assertThat(node.get("error").asText()).contains("model failed");
    }

    @Test
    void return_date_is_written_as_month_dash_day() throws Exception {
        var node = answer("{\"id\":\"x4\",\"subject\":\"s\",\"body\":\"away\"}");

        assertThat(node.get("label").asText()).isEqualTo("out_of_office");
        assertThat(node.get("return_date").asText()).isEqualTo("03-04");
    }

    @Test
    void referral_writes_referred_to_and_null_return_date() throws Exception {
        var node = answer("{\"id\":\"x5\",\"subject\":\"s\",\"body\":\"ask bo\"}");

        assertThat(node.get("referred_to").asText()).isEqualTo("bo@acme.test");
        assertThat(node.get("return_date").isNull()).isTrue();
    }

    @Test
    void success_line_has_no_error_field() throws Exception {
        var node = answer("{\"id\":\"x6\",\"subject\":\"s\",\"body\":\"fine\"}");

        assertThat(node.has("error")).isFalse();
        assertThat(node.get("confidence").asDouble()).isEqualTo(0.7);
    }
}
