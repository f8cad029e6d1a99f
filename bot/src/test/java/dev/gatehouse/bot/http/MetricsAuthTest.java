package dev.gatehouse.bot.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /metrics} is served only to a scraper with the bearer token: 401 without it or with
 * a wrong one, 200 with it, 404 when no token is configured; the token never reaches a log line.
 */
class MetricsAuthTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final HttpClient http = HttpClient.newHttpClient();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private GatehouseStack stack;

    private Level rootLevel;
    private Level ownLevel;

    @BeforeEach
    void start() throws Exception {
        // everything our code logs, and what the libraries log at INFO, from start-up on
        rootLevel = root().getLevel();
        ownLevel = own().getLevel();
        root().setLevel(Level.INFO);
        own().setLevel(Level.TRACE);
        logs.start();
        root().addAppender(logs);
        stack = new GatehouseStack(mail, Map.of());
    }

    @AfterEach
    void stop() throws Exception {
        stack.close();
        root().detachAppender(logs);
        root().setLevel(rootLevel);
        own().setLevel(ownLevel);
    }

    private HttpResponse<String> scrape(String url, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url));
        if (authorization != null) request.header("Authorization", authorization);
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void without_a_token_the_metrics_are_refused_with_401() throws Exception {
        var response = scrape(stack.url("/metrics"), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(response.body()).contains("\"field\":\"Authorization\"").doesNotContain("jvm_");
    }

    @Test
    void with_a_wrong_token_or_scheme_the_metrics_are_refused_with_401() throws Exception {
        assertThat(scrape(stack.url("/metrics"), "Bearer not-the-token-0123456789").statusCode()).isEqualTo(401);
        assertThat(scrape(stack.url("/metrics"), "Basic " + GatehouseStack.METRICS_TOKEN).statusCode()).isEqualTo(401);
        assertThat(scrape(stack.url("/metrics"), "Bearer " + GatehouseStack.METRICS_TOKEN + "x").statusCode()).isEqualTo(401);
    }

    @Test
    void with_the_token_the_metrics_are_served() throws Exception {
        var response = scrape(stack.url("/metrics"), "Bearer " + GatehouseStack.METRICS_TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
        assertThat(response.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void the_token_never_appears_in_the_logs() throws Exception {
        scrape(stack.url("/metrics"), "Bearer " + GatehouseStack.METRICS_TOKEN);
        scrape(stack.url("/metrics"), "Bearer wrong-" + GatehouseStack.METRICS_TOKEN);
        scrape(stack.url("/metrics"), null);

        synchronized (logs) {
            assertThat(logs.list).isNotEmpty().noneMatch(e -> e.getFormattedMessage().contains(GatehouseStack.METRICS_TOKEN)
                    || e.getThrowableProxy() != null && ThrowableProxyUtil.asString(e.getThrowableProxy())
                    .contains(GatehouseStack.METRICS_TOKEN));
        }
    }

    @Test
    void a_server_without_a_configured_token_does_not_serve_metrics() throws Exception {
        var server = new GatehouseServer(new GatehouseServer.Routes(Optional.empty(), ctx -> ctx.status(404), ctx -> ctx.status(404),
                ctx -> ctx.status(404)), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), Optional.empty()).start(0);
        try {
            var response = scrape("http://127.0.0.1:" + server.port() + "/metrics", "Bearer anything-at-all-0123");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("GATEHOUSE_METRICS_TOKEN").doesNotContain("jvm_");
        } finally {
            server.close();
        }
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static Logger own() {
        return (Logger) LoggerFactory.getLogger("dev.gatehouse");
    }
}
