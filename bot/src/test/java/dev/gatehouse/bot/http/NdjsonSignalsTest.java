package dev.gatehouse.bot.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import dev.gatehouse.engine.signals.RequestSignature;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/signals} with an NDJSON body: streamed, signed over all of it, bad lines reported, no job per signal. */
class NdjsonSignalsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LINES = 12_000;
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private GatehouseStack stack;

    @AfterEach
    void stop() throws Exception {
        if (stack != null) stack.close();
    }

    @Test
    void a_body_beyond_the_json_limit_is_stored_line_by_line_with_each_bad_line_reported() throws Exception {
        stack = new GatehouseStack(mail, Map.of());
        var body = new StringBuilder();
        for (int i = 1; i <= LINES; i++) {
            if (i == 7) body.append("{\"account_domain\":\"bad.example\",\"kind\":\"rumour\",\"summary\":\"Heard something\"}\n");
            else if (i == 9000) body.append("not json at all\n");
            else if (i == 100) body.append('\n');
            else body.append(line(i));
        }
        assertThat(body.length()).isGreaterThan(2 * 1024 * 1024);
        long jobs = TestDatabase.count("select count(*) from scheduled_tasks where task_name = 'process-signal'");

        var response = post(body.toString(), Instant.now().getEpochSecond());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        var answer = JSON.readTree(response.body());
        assertThat(answer.path("created").asInt()).isEqualTo(LINES - 3);
        assertThat(answer.path("refused").asInt()).isEqualTo(2);
        assertThat(answer.path("errors")).extracting(e -> e.path("line").asInt() + " " + e.path("field").asText())
                .containsExactly("7 kind", "9000 (line)");
        assertThat(answer.path("accounts_created_without_company_data").asInt()).isEqualTo(50);
        assertThat(stack.stores.signals().count()).isEqualTo(LINES - 3);
        assertThat(TestDatabase.count("select count(*) from scheduled_tasks where task_name = 'process-signal'")).isEqualTo(jobs);
    }

    @Test
    void the_same_lines_signed_again_are_duplicates_and_stored_once() throws Exception {
        stack = new GatehouseStack(mail, Map.of());
        var body = line(1) + line(2) + line(3);

        post(body, Instant.now().getEpochSecond());
        var again = JSON.readTree(post(body, Instant.now().getEpochSecond() + 1).body());

        assertThat(again.path("created").asInt()).isZero();
        assertThat(again.path("duplicates").asInt()).isEqualTo(3);
        assertThat(stack.stores.signals().count()).isEqualTo(3);
    }

    @Test
    void a_body_with_no_storable_line_is_400_naming_the_field_and_stores_nothing() throws Exception {
        stack = new GatehouseStack(mail, Map.of());

        var response = post("{\"account_domain\":\"ok.example\",\"kind\":\"funding\"}\n[1,2]\n", Instant.now().getEpochSecond());
        var empty = post("\n\n", Instant.now().getEpochSecond() + 1);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("field").asText()).isEqualTo("summary");
        assertThat(JSON.readTree(response.body()).path("errors")).hasSize(2);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(empty.body()).path("field").asText()).isEqualTo("body");
        assertThat(stack.stores.signals().count()).isZero();
    }

    @Test
    void a_wrong_signature_is_401_after_the_whole_body_and_nothing_is_stored() throws Exception {
        stack = new GatehouseStack(mail, Map.of());
        var body = (line(1) + line(2)).getBytes(StandardCharsets.UTF_8);
        long timestamp = Instant.now().getEpochSecond();
        var request = HttpRequest.newBuilder(URI.create(stack.url("/api/signals"))).header("Content-Type", NdjsonSignals.CONTENT_TYPE)
                .header("X-Gatehouse-Timestamp", Long.toString(timestamp))
                .header("X-Gatehouse-Signature", new RequestSignature("another secret").sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();

        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).path("field").asText()).isEqualTo("X-Gatehouse-Signature");
        assertThat(stack.stores.signals().count()).isZero();
    }

    @Test
    void a_body_over_the_configured_limit_is_413_and_nothing_is_stored() throws Exception {
        stack = new GatehouseStack(mail, Map.of("GATEHOUSE_SIGNALS_MAX_BATCH_MB", "1"));
        var body = new StringBuilder();
        for (int i = 1; body.length() <= 1024 * 1024; i++) body.append(line(i));

        var response = post(body.toString(), Instant.now().getEpochSecond());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).path("field").asText()).isEqualTo("body");
        assertThat(stack.stores.signals().count()).isZero();
    }

    @Test
    void a_streamed_body_without_a_length_is_cut_off_at_the_configured_limit_with_413_and_nothing_is_stored() throws Exception {
        stack = new GatehouseStack(mail, Map.of("GATEHOUSE_SIGNALS_MAX_BATCH_MB", "1"));
        var body = new StringBuilder();
        for (int i = 1; body.length() <= 1024 * 1024; i++) body.append(line(i));
        var bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        var request = signed(bytes, Instant.now().getEpochSecond())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build(); // no length: chunked

        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).path("error").asText()).contains("GATEHOUSE_SIGNALS_MAX_BATCH_MB");
        assertThat(stack.stores.signals().count()).isZero();
    }

    private static String line(int i) {
        return "{\"account_domain\":\"batch" + (i % 50) + ".example\",\"kind\":\"hiring\",\"summary\":\"Batch company " + i
                + " is hiring a controller, a treasury analyst and two accountants for its new finance hub\","
                + "\"source_url\":\"https://jobs.example.com/" + i + "\",\"source\":\"jobs\",\"external_id\":\"" + i + "\"}\n";
    }

    private HttpResponse<String> post(String body, long timestamp) throws Exception {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        var request = signed(bytes, timestamp).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** An NDJSON request for {@code bytes}, signed with the signals secret at {@code timestamp}. */
    private HttpRequest.Builder signed(byte[] bytes, long timestamp) {
        return HttpRequest.newBuilder(URI.create(stack.url("/api/signals"))).header("Content-Type", NdjsonSignals.CONTENT_TYPE)
                .header("X-Gatehouse-Timestamp", Long.toString(timestamp))
                .header("X-Gatehouse-Signature", new RequestSignature(GatehouseStack.SIGNALS_SECRET).sign(timestamp, bytes));
    }
}
