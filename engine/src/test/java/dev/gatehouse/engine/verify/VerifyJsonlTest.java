package dev.gatehouse.engine.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VerifyJsonlTest {
    private static final String OFFER = """
            "offer":{"product":"Shiftwise","value_prop":"Shiftwise schedules hourly staff.",\
            "proof_points":["Brightside Clinics cut overtime spend by 18%"],"customers":["Brightside Clinics"]}""";
    private static final String SIGNALS = """
            "signals":[{"id":"x1","kind":"hiring","summary":"Marlow Health is hiring a Scheduling Manager",\
            "source_url":"https://jobs.example.org/1"}]""";
    private final ObjectMapper json = new ObjectMapper();

    private List<JsonNode> run(String input) throws Exception {
        var out = new StringWriter();
        new VerifyJsonl(new Verifier()).run(new StringReader(input), out);
        var nodes = new ArrayList<JsonNode>();
        for (var line : out.toString().split("\n")) nodes.add(json.readTree(line));
        return nodes;
    }

    private static String line(String id, String body) {
        return "{\"id\":\"" + id + "\"," + OFFER + "," + SIGNALS
                + ",\"draft\":{\"subject\":\"Scheduling\",\"body\":\"" + body + "\"},\"expected\":\"pass\"}";
    }

    @Test
    void answers_each_line_with_its_id_and_verdict() throws Exception {
        var input = line("a", "Hi Dana,\\n\\nBrightside Clinics cut overtime spend by 18%.\\n\\nSam") + "\n"
                + line("b", "Hi Dana,\\n\\nKestrel Pharmacy uses Shiftwise.\\n\\nSam") + "\n";

        var out = run(input);

        assertThat(out).extracting(n -> n.get("id").asText()).containsExactly("a", "b");
        assertThat(out).extracting(n -> n.get("verdict").asText()).containsExactly("pass", "block");
        assertThat(out.get(1).get("problems").get(0).get("claim").asText()).isEqualTo("Kestrel Pharmacy uses Shiftwise.");
        assertThat(out.get(1).get("problems").get(0).get("reason").asText()).contains("Kestrel Pharmacy");
        assertThat(out.get(0).get("problems").size()).isZero();
    }

    @Test
    void malformed_line_is_blocked_and_the_others_still_answered() throws Exception {
        var input = line("a", "Hi Dana,\\n\\nShiftwise schedules hourly staff.\\n\\nSam") + "\n"
                + "{\"id\":\"broken\", \"offer\": \n"
                + "{\"id\":\"nodraft\"," + OFFER + "}\n"
                + line("c", "Hi Dana,\\n\\nWe guarantee it.\\n\\nSam") + "\n";

        var out = run(input);

        assertThat(out).hasSize(4);
        assertThat(out.get(1).get("id").isNull()).isTrue();
        assertThat(out.get(1).get("verdict").asText()).isEqualTo("block");
        assertThat(out.get(1).get("problems").get(0).get("reason").asText()).startsWith("invalid input: ");
        assertThat(out.get(2).get("id").asText()).isEqualTo("nodraft");
        assertThat(out.get(2).get("problems").get(0).get("reason").asText()).isEqualTo("invalid input: missing draft");
        assertThat(out).extracting(n -> n.get("verdict").asText()).containsExactly("pass", "block", "block", "block");
    }

    @Test
    void signal_ids_may_be_any_string() throws Exception {
        var out = run(line("z", "Hi Dana,\\n\\nSaw Marlow Health is hiring a Scheduling Manager.\\n\\nSam") + "\n");

        assertThat(out.get(0).get("verdict").asText()).isEqualTo("pass");
    }

    @Test
    void prior_touches_field_allows_a_reference_to_an_earlier_email() throws Exception {
        var body = "Hi Dana,\\n\\nFollowing up on my note from last week.\\n\\nSam";
        var first = line("first", body);
        var followUp = line("follow", body).replace("\"expected\"", "\"prior_touches\":1,\"expected\"");

        var out = run(first + "\n" + followUp + "\n");

        assertThat(out).extracting(n -> n.get("verdict").asText()).containsExactly("block", "pass");
    }
}
