package dev.gatehouse.bot.http;

import io.javalin.http.Handler;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /health} over real HTTP: 503 while listening but not ready, 200 once ready. */
class GatehouseServerTest {
    private static final Handler NONE = ctx -> ctx.status(404);
    private final HttpClient http = HttpClient.newHttpClient();
    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private GatehouseServer server;

    @BeforeEach
    void listen() {
        server = new GatehouseServer(new GatehouseServer.Routes(Optional.empty(), NONE, NONE, NONE), meters, Optional.empty()).listen(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> health() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void health_answers_503_until_the_server_is_ready() throws Exception {
        var response = health();

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("starting");
    }

    @Test
    void health_answers_200_once_ready() throws Exception {
        server.ready();

        assertThat(health().statusCode()).isEqualTo(200);
    }
}
