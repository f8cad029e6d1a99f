package dev.gatehouse.bot.http;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SignalsApiTest {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private GatehouseStack stack;

    @BeforeEach
    void start() throws Exception {
        stack = new GatehouseStack(mail, Map.of());
    }

    @AfterEach
    void stop() throws Exception {
        stack.close();
    }

    @Test
    void a_valid_batch_is_stored_and_a_redelivery_is_a_duplicate() throws Exception {
        var batch = """
                [{"account_domain":"acme-freight.example","account_name":"Acme Freight","kind":"hiring",
                  "summary":"Acme Freight is hiring a Head of Finance Operations","source":"jobs","external_id":"a1"},
                 {"account_domain":"acme-freight.example","kind":"web_visit","summary":"Visited the pricing page twice"}]
                """;

        var first = stack.postSignals(batch);
        var second = stack.postSignals(batch, Instant.now().getEpochSecond() + 1); // signed again by the sender

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(first.body()).contains("\"duplicates\":0");
        assertThat(second.body()).contains("\"created\":[]").contains("\"duplicates\":2");
        assertThat(stack.stores.signals().count()).isEqualTo(2);
        assertThat(stack.stores.accounts().byDomain("acme-freight.example")).get()
                .satisfies(a -> assertThat(a.name()).isEqualTo("Acme Freight"));
    }

    @Test
    void invalid_signals_get_400_naming_every_bad_field_and_nothing_is_stored() throws Exception {
        var response = stack.postSignals("""
                [{"account_domain":"ok.example","kind":"funding","summary":"Raised a seed round"},
                 {"account_domain":"not a domain","kind":"rumour","source_url":"ftp://x","observed_at":"yesterday"}]
                """);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"index\":1").contains("account_domain").contains("kind")
                .contains("summary").contains("source_url").contains("observed_at");
        assertThat(stack.stores.signals().count()).isZero();
    }

    @Test
    void malformed_json_is_a_400_not_a_500() throws Exception {
        var response = stack.postSignals("{\"account_domain\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not valid JSON");
    }

    @Test
    void unsigned_and_stale_requests_get_401() throws Exception {
        var http = HttpClient.newHttpClient();
        var body = "{\"account_domain\":\"a.example\",\"kind\":\"news\",\"summary\":\"x\"}";
        var unsigned = http.send(HttpRequest.newBuilder(URI.create(stack.url("/api/signals")))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        var staleTs = Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond();
        var stale = http.send(HttpRequest.newBuilder(URI.create(stack.url("/api/signals")))
                .header("X-Gatehouse-Timestamp", Long.toString(staleTs))
                .header("X-Gatehouse-Signature", new dev.gatehouse.engine.signals.RequestSignature(GatehouseStack.SIGNALS_SECRET)
                        .sign(staleTs, body.getBytes()))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(stack.stores.signals().count()).isZero();
    }

    @Test
    void bodies_over_one_megabyte_get_413() throws Exception {
        var huge = "[" + "{\"account_domain\":\"a.example\",\"kind\":\"news\",\"summary\":\"x\"},".repeat(20_000) + "{}]";

        var response = stack.postSignals(huge);

        assertThat(response.statusCode()).isEqualTo(413);
    }

    static Stream<Arguments> signalsTheDatabaseCannotHold() {
        return Stream.of(
                Arguments.of("account_name", "N".repeat(201)),
                Arguments.of("source_url", "https://news.example/" + "x".repeat(2048)),
                Arguments.of("summary", "Raised a \u0000 round"),
                Arguments.of("external_id", "a\u0000b"),
                Arguments.of("observed_at", "-4714-11-24T00:00:00Z"),
                Arguments.of("observed_at", "1969-12-31T23:59:59Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signalsTheDatabaseCannotHold")
    void a_signal_the_database_cannot_hold_gets_400_naming_the_field_and_nothing_is_stored(String field, String value)
            throws Exception {
        var signal = JSON.createObjectNode().put("account_domain", "acme-freight.example").put("kind", "news")
                .put("summary", "Acme Freight opened a depot").put("source", "feed").put(field, value);

        var response = stack.postSignals(signal.toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("field").asText()).isEqualTo(field);
        assertThat(stack.stores.signals().count()).isZero();
        assertThat(stack.stores.accounts().byDomain("acme-freight.example")).isEmpty();
    }
}
