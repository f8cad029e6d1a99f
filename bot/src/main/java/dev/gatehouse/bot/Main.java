package dev.gatehouse.bot;

import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import dev.gatehouse.bot.cli.Cli;
import dev.gatehouse.bot.config.SlackSettings;
import dev.gatehouse.bot.http.AfterAck;
import dev.gatehouse.bot.http.BoltAdapter;
import dev.gatehouse.bot.http.GatehouseServer;
import dev.gatehouse.bot.http.InboundEmailEndpoint;
import dev.gatehouse.bot.slack.SlackInboundNotices;
import dev.gatehouse.engine.followups.FollowUpPlanner;
import dev.gatehouse.engine.inbound.InboundWebhook;
import dev.gatehouse.engine.replies.OfflineTriage;
import dev.gatehouse.engine.replies.ingest.ImapPoller;
import dev.gatehouse.engine.replies.ingest.MimeParser;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.gatehouse.bot.http.SignalsEndpoint;
import dev.gatehouse.bot.http.UnsubscribeEndpoint;
import dev.gatehouse.bot.slack.HomeTab;
import dev.gatehouse.bot.slack.ReviewActions;
import dev.gatehouse.bot.slack.Roles;
import dev.gatehouse.bot.slack.SlackClients;
import dev.gatehouse.bot.slack.SlackNotifier;
import dev.gatehouse.bot.slack.SlackWebApi;
import dev.gatehouse.bot.slack.SlashCommands;
import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.EngineSettings;
import dev.gatehouse.engine.ai.ChatModels;
import dev.gatehouse.engine.ai.ClaimJudge;
import dev.gatehouse.engine.ai.LlmConfig;
import dev.gatehouse.engine.ai.LlmJudge;
import dev.gatehouse.engine.ai.LlmTriage;
import dev.gatehouse.engine.ai.ResilientWriter;
import dev.gatehouse.engine.delivery.MailConfig;
import dev.gatehouse.engine.delivery.MailTransport;
import dev.gatehouse.engine.delivery.SendOutcome;
import dev.gatehouse.engine.delivery.SmtpMailer;
import dev.gatehouse.engine.delivery.SmtpTransport;
import dev.gatehouse.engine.delivery.UnsubscribeLinks;
import dev.gatehouse.engine.delivery.UnsubscribeTokens;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.metrics.JvmMeters;
import dev.gatehouse.engine.scoring.InProcessEmbedder;
import dev.gatehouse.engine.signals.RequestSignature;
import dev.gatehouse.engine.store.Database;
import dev.gatehouse.engine.store.DatabaseConfig;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.UsageStore;
import dev.gatehouse.engine.writing.OfflineWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/** The process entry point and the one place the program is wired together. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.offline", "true");
        var code = new Cli(System.getenv(), System.in, System.out, System.err).run(args);
        if (code != Cli.KEEP_RUNNING) System.exit(code);
    }

    /** A running Gatehouse: close it to stop the server, the jobs and the database. */
    public record Running(Engine engine, GatehouseServer server, Database database, ExecutorService after,
                          Optional<SocketModeApp> socketMode, JvmMeters jvm) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            server.close();
            if (socketMode.isPresent()) socketMode.get().close();
            after.shutdown();
            // work acknowledged to Slack finishes before the database goes away
            after.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
            engine.close();
            database.close();
            jvm.close();
        }
    }

    /** Wires and starts the {@code run} command: database, engine, Slack app, HTTP server. */
    public static Running start(Map<String, String> env, Clock clock) throws Exception {
        var slackSettings = SlackSettings.fromEnv(env);
        var engineSettings = EngineSettings.fromEnv(env);
        var llm = LlmConfig.fromEnv(env);
        var mail = MailConfig.configured(env) ? Optional.of(MailConfig.fromEnv(env)) : Optional.<MailConfig>empty();
        // the one meter registry: every meter below is registered here and served at GET /metrics
        var meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        var jvm = new JvmMeters(meters);
        var database = Database.open(DatabaseConfig.fromEnv(env), meters);
        var stores = Stores.on(database.dsl());
        var usage = new UsageStore(database.dsl());
        var slack = SlackClients.slack(slackSettings);
        var api = new SlackWebApi(slack, slackSettings.botToken());
        ReviewNotifier notifier = new SlackNotifier(api, stores.touches(), slackSettings.approvalsChannel(),
                slackSettings.managers());
        var tokens = mail.map(m -> new UnsubscribeTokens(m.unsubscribeSecret(), clock));
        MailTransport transport = mail.<MailTransport>map(m -> new SmtpTransport(new SmtpMailer(m.smtp(), clock),
                new UnsubscribeLinks(m.publicUrl(), m.from(), tokens.orElseThrow()))).orElse(Main::noSmtp);
        var model = InProcessEmbedder.loadMiniLm();
        var notices = new SlackInboundNotices(api, stores, slackSettings.approvalsChannel(), slackSettings.briefsChannel(),
                slackSettings.managers());
        var triage = LlmTriage.forConfig(llm, new OfflineTriage(model), usage);
        var replies = new Engine.Replies(triage, notices, notices, notices, FollowUpPlanner.fromEnv(env),
                mail.flatMap(MailConfig::imap).map(imap -> new ImapPoller(imap, "INBOX", new MimeParser(clock))));
        var engine = new Engine(engineSettings, database, models(llm, usage, model, meters), replies, transport, notifier,
                clock, meters).start();
        // work after an ack runs on a small pool that gives way to acks in flight (at most 250 ms)
        var after = new AfterAck(2, java.time.Duration.ofMillis(250));
        var app = SlackClients.app(slackSettings, slack);
        var groups = CaffeineCacheMetrics.monitor(meters, com.github.benmanes.caffeine.cache.Caffeine.newBuilder().recordStats()
                .expireAfterWrite(java.time.Duration.ofMinutes(5)).<String, java.util.Set<String>>build(api::groupMembers),
                "slack_groups");
        var roles = new Roles(slackSettings.managers(), slackSettings.reps(), groups::get);
        new ReviewActions(engine, roles, api, after).register(app);
        new dev.gatehouse.bot.slack.ReplyButtons(engine, roles, api, after).register(app);
        new dev.gatehouse.bot.slack.MeetingButtons(engine, roles, api, after).register(app);
        new SlashCommands(engine, roles, api, after).register(app);
        new HomeTab(engine, roles, api, after).register(app);
        var signals = new SignalsEndpoint(slackSettings.signalsSecret().map(RequestSignature::new), engine.ingest(), clock);
        var unsubscribe = new UnsubscribeEndpoint(tokens, stores);
        var http = slackSettings.mode() == SlackSettings.Mode.HTTP ? Optional.of(new BoltAdapter(app, after, engine.inbox())) : Optional.<BoltAdapter>empty();
        var inbound = new InboundEmailEndpoint(slackSettings.inboundSecret()
                .map(secret -> new InboundWebhook(new RequestSignature(secret), clock)), engine.inbox());
        var server = new GatehouseServer(new GatehouseServer.Routes(http.map(a -> a::handle), signals::handle,
                inbound::handle, unsubscribe::handle), meters).listen(slackSettings.port());
        Optional<SocketModeApp> socket = Optional.empty();
        if (slackSettings.mode() == SlackSettings.Mode.SOCKET) {
            var socketApp = new SocketModeApp(slackSettings.appToken().orElseThrow(), SocketModeClient.Backend.JavaWebSocket, app);
            socketApp.startAsync();
            socket = Optional.of(socketApp);
        }
        server.ready(); // GET /health answers 200 from here on, 503 before
        return new Running(engine, server, database, after, socket, jvm);
    }

    /** The LLM writer and claim judge when a provider is configured, else the offline writer alone. */
    public static Engine.Models models(LlmConfig llm, UsageStore usage, EmbeddingModel embeddings) {
        return models(llm, usage, embeddings, new CompositeMeterRegistry());
    }

    /** The same, with the embedding cache's meters in {@code meters}. */
    public static Engine.Models models(LlmConfig llm, UsageStore usage, EmbeddingModel embeddings, MeterRegistry meters) {
        var writer = ResilientWriter.forConfig(llm, new OfflineWriter(), usage);
        ClaimJudge judge = ChatModels.create(llm).<ClaimJudge>map(chat -> new LlmJudge(chat, llm, usage)).orElse(ClaimJudge.NONE);
        return new Engine.Models(writer, judge, new InProcessEmbedder(embeddings, InProcessEmbedder.MINILM,
                InProcessEmbedder.DEFAULT_CACHE_ENTRIES, meters));
    }

    private static SendOutcome noSmtp(dev.gatehouse.engine.delivery.OutboxMessage message) {
        return new SendOutcome.TemporaryFailure("SMTP is not configured (set SMTP_HOST, MAIL_FROM, GATEHOUSE_PUBLIC_URL "
                + "and GATEHOUSE_UNSUBSCRIBE_SECRET); the email waits in the outbox");
    }
}
