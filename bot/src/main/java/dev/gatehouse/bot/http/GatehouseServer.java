package dev.gatehouse.bot.http;

import dev.gatehouse.engine.config.Json;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The HTTP face: Slack traffic, health, metrics (the registry's Prometheus text behind a bearer
 * token, every request timed into it), the signals and inbound-email APIs and one-click unsubscribe.
 * {@code GET /health} answers 503 while the server listens but is not ready ({@link #listen(int)}
 * without {@link #ready()}) and while it stops, 200 in between; {@link #start(int)} does both.
 */
public final class GatehouseServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GatehouseServer.class);
    static final int ACCEPT_QUEUE = 1024;

    public record Routes(Optional<Handler> slackEvents, Handler signals, Handler inboundEmail, Handler unsubscribe,
                         Handler customers) {
        /** Without the customers API (it answers 404). */
        public Routes(Optional<Handler> slackEvents, Handler signals, Handler inboundEmail, Handler unsubscribe) {
            this(slackEvents, signals, inboundEmail, unsubscribe, ctx -> ctx.status(404));
        }
    }

    private final Javalin app;
    private volatile boolean ready;

    /** {@code metricsToken}: the bearer token {@code GET /metrics} requires; without one it answers 404. */
    public GatehouseServer(Routes routes, PrometheusMeterRegistry meters, Optional<String> metricsToken) {
        var requests = new RequestMeters(meters);
        var metrics = new MetricsEndpoint(meters, metricsToken);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.http.maxRequestSize = 2 * SignalsEndpoint.MAX_BODY_BYTES;
            // a burst of new connections (many people clicking at once) waits in the kernel's queue
            // instead of overflowing the default 50 and sitting out a one-second SYN retry
            config.jetty.addConnector((server, http) -> {
                var connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(config.jetty.host);
                connector.setPort(config.jetty.port);
                connector.setAcceptQueueSize(ACCEPT_QUEUE);
                return connector;
            });
            requests.register(config.routes);
            routes.slackEvents().ifPresent(h -> config.routes.post("/slack/events", h));
            config.routes.get("/health", ctx -> {
                if (ready) SignalsEndpoint.json(ctx, 200, Map.of("status", "ok"));
                else SignalsEndpoint.json(ctx, 503, Map.of("status", "starting"));
            });
            config.routes.get("/metrics", metrics::handle);
            config.routes.post("/api/signals", routes.signals());
            config.routes.post("/api/inbound-email", routes.inboundEmail());
            config.routes.post("/api/customers", routes.customers());
            config.routes.get("/u/{token}", routes.unsubscribe());
            config.routes.post("/u/{token}", routes.unsubscribe());
            config.routes.exception(Exception.class, (e, ctx) -> {
                RequestMeters.failed(ctx, e);
                var id = UUID.randomUUID().toString().substring(0, 8);
                log.error("Unhandled error {} on {} {}", id, ctx.method(), ctx.path(), e);
                SignalsEndpoint.json(ctx, 500, Map.of("error", "internal error", "id", id));
            });
        });
    }

    public GatehouseServer start(int port) {
        return listen(port).ready();
    }

    /** Serves requests, with health answering 503 until {@link #ready()}. */
    public GatehouseServer listen(int port) {
        app.start(port);
        return this;
    }

    public GatehouseServer ready() {
        ready = true;
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        ready = false;
        app.stop();
    }
}
