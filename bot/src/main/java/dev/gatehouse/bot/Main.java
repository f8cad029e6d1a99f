package dev.gatehouse.bot;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import dev.gatehouse.bot.cli.Cli;
import dev.gatehouse.bot.config.SlackSettings;
import dev.gatehouse.bot.http.AfterAck;
import dev.gatehouse.bot.http.BoltAdapter;
import dev.gatehouse.bot.http.GatehouseServer;
import dev.gatehouse.bot.http.InboundEmailEndpoint;
import dev.gatehouse.bot.http.SignedRequests;
import dev.gatehouse.bot.http.CustomersEndpoint;
import dev.gatehouse.bot.http.NdjsonLimits;
import dev.gatehouse.bot.http.SignalsEndpoint;
import dev.gatehouse.bot.http.SlackReplay;
import dev.gatehouse.bot.http.SocketModeInbox;
import dev.gatehouse.bot.http.UnsubscribeEndpoint;
import dev.gatehouse.bot.slack.DigestPoster;
import dev.gatehouse.bot.slack.HomeTab;
import dev.gatehouse.bot.slack.ExceptionButtons;
import dev.gatehouse.bot.slack.MeetingButtons;
import dev.gatehouse.bot.slack.SampleButtons;
import dev.gatehouse.bot.slack.ReplyButtons;
import dev.gatehouse.bot.slack.ReviewActions;
import dev.gatehouse.bot.slack.Roles;
import dev.gatehouse.bot.slack.SlackClients;
import dev.gatehouse.bot.slack.SlackInboundNotices;
import dev.gatehouse.bot.slack.SlackNotifier;
import dev.gatehouse.bot.slack.SlackWebApi;
import dev.gatehouse.bot.slack.CustomerButtons;
import dev.gatehouse.bot.slack.RenewalCommand;
import dev.gatehouse.bot.slack.SlackCustomerNotifier;
import dev.gatehouse.bot.slack.SlashCommands;
import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.EngineConfig;
import dev.gatehouse.engine.delivery.MailConfig;
import dev.gatehouse.engine.delivery.MailTransport;
import dev.gatehouse.engine.delivery.OutboxMessage;
import dev.gatehouse.engine.delivery.SendOutcome;
import dev.gatehouse.engine.delivery.SmtpMailer;
import dev.gatehouse.engine.delivery.SmtpTransport;
import dev.gatehouse.engine.delivery.UnsubscribeLinks;
import dev.gatehouse.engine.delivery.UnsubscribeTokens;
import dev.gatehouse.engine.metrics.JvmMeters;
import dev.gatehouse.engine.scoring.InProcessEmbedder;
import dev.gatehouse.engine.signals.RequestSignature;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The process entry point and the one place the program is wired together: configuration, then
 * the engine on the ports the bot supplies, then the Slack app, then the HTTP server.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.offline", "true");
        var code = new Cli(System.getenv(), System.in, System.out, System.err, Main::start).run(args);
        if (code != Cli.KEEP_RUNNING) System.exit(code);
    }

    /** A running Gatehouse: close it to stop the server, the jobs and the database. */
    public record Running(Engine engine, GatehouseServer server, ExecutorService after,
                          Optional<SocketModeApp> socketMode, JvmMeters jvm) implements Cli.Started {
        @Override
        public int port() {
            return server.port();
        }

        @Override
        public void close() throws Exception {
            server.close();
            if (socketMode.isPresent()) socketMode.get().close();
            after.shutdown();
            // work acknowledged to Slack finishes before the database goes away
            after.awaitTermination(10, TimeUnit.SECONDS);
            engine.close();
            jvm.close();
        }
    }

    /** Wires and starts the {@code run} command: engine, Slack app, HTTP server. */
    public static Running start(Map<String, String> env, Clock clock) throws Exception {
        var slackSettings = SlackSettings.fromEnv(env);
        var config = EngineConfig.fromEnv(env);
        // the one meter registry: every meter below is registered here and served at GET /metrics
        var meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        var jvm = new JvmMeters(meters);
        var slack = SlackClients.slack(slackSettings);
        var api = new SlackWebApi(slack, slackSettings.botToken());
        var notices = new SlackInboundNotices(api, slackSettings.approvalsChannel(), slackSettings.briefsChannel(),
                slackSettings.managers());
        var ports = new Engine.Ports(new SlackNotifier(api, slackSettings.approvalsChannel(), slackSettings.managers()),
                notices, notices, notices, transport(config.mail(), clock), InProcessEmbedder.loadMiniLm(),
                new SlackCustomerNotifier(api, slackSettings.managers()));
        var engine = Engine.open(config, ports, clock, meters).start();
        // work after an ack runs on a small pool that gives way to acks in flight (at most 250 ms)
        var after = new AfterAck(2, Duration.ofMillis(250));
        var app = SlackClients.app(slackSettings, slack);
        var groups = CaffeineCacheMetrics.monitor(meters, Caffeine.newBuilder().recordStats()
                .expireAfterWrite(Duration.ofMinutes(5)).<String, Set<String>>build(api::groupMembers), "slack_groups");
        var roles = new Roles(slackSettings.managers(), slackSettings.reps(), groups::get);
        new ReviewActions(engine, roles, api, after).register(app);
        new ReplyButtons(engine, roles, api, after).register(app);
        new MeetingButtons(engine, roles, api, after).register(app);
        new SampleButtons(engine, roles, api, after).register(app);
        new ExceptionButtons(engine, roles, api, after).register(app);
        slackSettings.digestChannel().ifPresent(channel -> engine.publishDigestsTo(new DigestPoster(api, channel)));
        var csms = RenewalCommand.csmRoles(env, slackSettings.managers(), groups::get);
        new CustomerButtons(engine, csms, api, after).register(app);
        new SlashCommands(engine, roles, api, after, slackSettings.digestChannel(), new RenewalCommand(engine, csms, api, after))
                .register(app);
        new HomeTab(engine, roles, api, after).register(app);
        // every signed endpoint: two-sided five-minute window on the bot's clock, and no replays
        var signed = new SignedRequests(clock, meters);
        var signals = new SignalsEndpoint(slackSettings.signalsSecret().map(RequestSignature::new), engine.signals(), clock, signed,
                engine.workspace(), engine::requestRescore, NdjsonLimits.fromEnv(env));
        var customers = new CustomersEndpoint(slackSettings.signalsSecret().map(RequestSignature::new), engine.customers(), clock, signed);
        var unsubscribe = new UnsubscribeEndpoint(engine.unsubscribes());
        SlackReplay.Unanswered unanswered = (user, message) -> api.direct(user, message);
        var http = slackSettings.mode() == SlackSettings.Mode.HTTP
                ? Optional.of(new BoltAdapter(app, after, engine.inbox(), signed, unanswered)) : Optional.<BoltAdapter>empty();
        var inbound = new InboundEmailEndpoint(slackSettings.inboundSecret().map(RequestSignature::new), engine.inbox(), clock, signed);
        var server = new GatehouseServer(new GatehouseServer.Routes(http.map(a -> a::handle), signals::handle,
                inbound::handle, unsubscribe::handle, customers::handle), meters, slackSettings.metricsToken()).listen(slackSettings.port());
        Optional<SocketModeApp> socket = Optional.empty();
        if (slackSettings.mode() == SlackSettings.Mode.SOCKET) {
            new SocketModeInbox(app, after, engine.inbox(), unanswered).register(app);
            var socketApp = new SocketModeApp(slackSettings.appToken().orElseThrow(), SocketModeClient.Backend.JavaWebSocket, app);
            socketApp.startAsync();
            socket = Optional.of(socketApp);
        }
        server.ready(); // GET /health answers 200 from here on, 503 before
        return new Running(engine, server, after, socket, jvm);
    }

    /** SMTP with unsubscribe links when mail is configured; otherwise emails wait in the outbox. */
    private static MailTransport transport(Optional<MailConfig> mail, Clock clock) {
        return mail.<MailTransport>map(m -> new SmtpTransport(new SmtpMailer(m.smtp(), clock),
                new UnsubscribeLinks(m.publicUrl(), m.from(), new UnsubscribeTokens(m.unsubscribeSecret(), clock)),
                m.footer()))
                .orElse(Main::noSmtp);
    }

    private static SendOutcome noSmtp(OutboxMessage message) {
        return new SendOutcome.TemporaryFailure("SMTP is not configured (set SMTP_HOST, MAIL_FROM, GATEHOUSE_PUBLIC_URL, "
                + "GATEHOUSE_UNSUBSCRIBE_SECRET and GATEHOUSE_POSTAL_ADDRESS); the email waits in the outbox");
    }
}
