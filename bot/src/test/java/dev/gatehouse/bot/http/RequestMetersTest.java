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
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Every request the server answers is timed in {@code http_server_requests_seconds}, over real HTTP. */
class RequestMetersTest {
    private static final String TOKEN = "metrics-token-for-tests-0123456789";
    private static final Handler OK = ctx -> ctx.result("ok");
    private final HttpClient http = HttpClient.newHttpClient();
    private GatehouseServer server;

    @BeforeEach
    void start() {
        Handler failing = ctx -> {
            throw new IllegalStateException("boom");
        };
        server = new GatehouseServer(new GatehouseServer.Routes(Optional.empty(), failing, OK, OK),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), Optional.of(TOKEN)).start(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + TOKEN)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private PrometheusText metrics() throws Exception {
        return PrometheusText.parse(send("GET", "/metrics").body());
    }

    @Test
    void a_request_is_counted_under_its_route_template_and_never_its_token() throws Exception {
        send("GET", "/u/secret-token-one");
        send("POST", "/u/secret-token-two");

        var body = send("GET", "/metrics").body();

        var metrics = PrometheusText.parse(body);
        assertThat(metrics.value("http_server_requests_seconds_count", Map.of("method", "GET", "uri", "/u/{token}",
                "status", "200", "outcome", "SUCCESS", "exception", "none"))).hasValue(1.0);
        assertThat(metrics.value("http_server_requests_seconds_count", Map.of("method", "POST", "uri", "/u/{token}")))
                .hasValue(1.0);
        assertThat(body).doesNotContain("secret-token");
    }

    @Test
    void a_failing_handler_is_counted_with_its_exception_and_status() throws Exception {
        assertThat(send("POST", "/api/signals").statusCode()).isEqualTo(500);

        assertThat(metrics().value("http_server_requests_seconds_count", Map.of("method", "POST", "uri", "/api/signals",
                "status", "500", "outcome", "SERVER_ERROR", "exception", "IllegalStateException"))).hasValue(1.0);
    }

    @Test
    void unknown_paths_share_one_series() throws Exception {
        send("GET", "/nothing/here");
        send("GET", "/wp-admin/setup.php");

        var metrics = metrics();

        assertThat(metrics.value("http_server_requests_seconds_count", Map.of("uri", "NOT_FOUND", "status", "404",
                "outcome", "CLIENT_ERROR"))).hasValue(2.0);
        assertThat(metrics.samples()).noneMatch(s -> s.labels().getOrDefault("uri", "").contains("wp-admin"));
    }

    @Test
    void metrics_time_their_own_scrapes() throws Exception {
        send("GET", "/metrics");

        var metrics = metrics();

        assertThat(metrics.value("http_server_requests_seconds_count", Map.of("uri", "/metrics", "status", "200")))
                .hasValue(1.0);
        assertThat(metrics.value("http_server_requests_seconds_max", Map.of("uri", "/metrics"))).isPresent();
    }
}
