package dev.gatehouse.bot.cli;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.slack.FakeSlackApi;
import dev.gatehouse.engine.doctor.LoopbackDns;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar gatehouse.jar doctor} against real parts: PostgreSQL, GreenMail SMTP and IMAP,
 * the fake Slack Web API on loopback and a loopback DNS server.
 */
class DoctorCommandTest {
    private static final String DOMAIN = "ledgerline.example";
    private static final String USER = "ari@" + DOMAIN;
    private static final String MAILBOX_PASSWORD = "mailbox-password-7f3a";
    private static final String BOT_TOKEN = "xoxb-doctor-token-51c9e2";
    private static final String SIGNING_SECRET = "signing-secret-doctor-0b8d";
    private static final String UNSUBSCRIBE_SECRET = "unsubscribe-secret-doctor-0123456789abcdef";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, USER, MAILBOX_PASSWORD));

    private final FakeSlackApi slack = start(FakeSlackApi::new);
    private final LoopbackDns dns = start(LoopbackDns::new);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void stop() {
        slack.close();
        dns.close();
    }

    /** A deployment as the README describes it, every part reachable. */
    private Map<String, String> deployment() {
        var env = new HashMap<>(TestDatabase.env());
        env.putAll(Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_SIGNING_SECRET", SIGNING_SECRET,
                "SLACK_API_URL", slack.url(), "GATEHOUSE_MANAGERS", "U0MGR",
                "MAIL_FROM", "Ari Lund <" + USER + ">", "GATEHOUSE_PUBLIC_URL", "https://gatehouse." + DOMAIN,
                "GATEHOUSE_UNSUBSCRIBE_SECRET", UNSUBSCRIBE_SECRET,
                "GATEHOUSE_DNS_SERVER", dns.address(), "GATEHOUSE_DKIM_SELECTOR", "s1"));
        env.putAll(Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", Integer.toString(MAIL.getSmtp().getPort()),
                "SMTP_STARTTLS", "false", "SMTP_USERNAME", USER, "SMTP_PASSWORD", MAILBOX_PASSWORD,
                "IMAP_HOST", "127.0.0.1", "IMAP_PORT", Integer.toString(MAIL.getImap().getPort()), "IMAP_SSL", "false",
                "IMAP_USERNAME", USER, "IMAP_PASSWORD", MAILBOX_PASSWORD));
        env.put("GATEHOUSE_POSTAL_ADDRESS", dev.gatehouse.engine.sending.SendingEnv.POSTAL_ADDRESS);
        return env;
    }

    private void publishDomainRecords() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var key = Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
        dns.txt(DOMAIN, "v=spf1 include:_spf.mail.example ~all")
                .txt("s1._domainkey." + DOMAIN, "v=DKIM1; k=rsa; p=" + key.substring(0, 200), key.substring(200))
                .txt("_dmarc." + DOMAIN, "v=DMARC1; p=quarantine; rua=mailto:dmarc@" + DOMAIN);
    }

    private int doctor(Map<String, String> env) {
        return new Cli(env, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), (e, c) -> {
            throw new AssertionError("doctor must not start the bot");
        }).run(new String[]{"doctor"});
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String line(String name) {
        return lines().stream().filter(l -> l.matches("\\S+\\s+" + name + "\\s.*")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " line in\n" + out.toString(StandardCharsets.UTF_8)));
    }

    @Test
    void a_healthy_deployment_gets_one_line_per_check_and_exit_code_0() throws Exception {
        publishDomainRecords();

        var code = doctor(deployment());

        assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(lines()).allMatch(l -> l.matches("(OK  |WARN|FAIL)  \\S+\\s+\\S.*"))
                .noneMatch(l -> l.startsWith("FAIL"));
        assertThat(lines()).extracting(l -> l.split("\\s+")[1])
                .containsExactly("config", "database", "slack", "smtp", "imap", "spf", "dkim", "dmarc");
        assertThat(line("config")).startsWith("OK");
        assertThat(line("database")).startsWith("OK").contains("no pending migrations");
        assertThat(line("slack")).startsWith("OK").contains("auth.test accepted the bot token", "Fake Team");
        assertThat(line("imap")).startsWith("OK").contains("INBOX opened read-only");
        assertThat(line("dkim")).startsWith("OK").contains("2048-bit RSA key at s1._domainkey." + DOMAIN);
        assertThat(slack.calls("auth.test")).singleElement()
                .satisfies(call -> assertThat(call.authorization()).isEqualTo("Bearer " + BOT_TOKEN));
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_broken_deployment_fails_each_broken_part_with_advice_and_exit_code_1() throws Exception {
        var env = deployment();
        env.remove("GATEHOUSE_MANAGERS");
        env.put("SMTP_PASSWORD", "wrong-smtp-password");
        env.put("IMAP_PASSWORD", "wrong-imap-password");
        slack.failNext("auth.test", "invalid_auth");
        dns.txt(DOMAIN, "google-site-verification=abc");

        var code = doctor(env);

        assertThat(code).isEqualTo(1);
        assertThat(line("config")).startsWith("FAIL").contains("GATEHOUSE_MANAGERS", "Copy member ID");
        assertThat(line("slack")).startsWith("FAIL").contains("auth.test answered invalid_auth",
                "copy the Bot User OAuth Token (xoxb-...) again");
        assertThat(line("smtp")).startsWith("FAIL").contains("check SMTP_USERNAME and SMTP_PASSWORD");
        assertThat(line("imap")).startsWith("FAIL").contains("check IMAP_USERNAME and IMAP_PASSWORD");
        assertThat(line("spf")).startsWith("FAIL").contains("no SPF record on " + DOMAIN);
        assertThat(line("dkim")).startsWith("FAIL").contains("no DKIM key at s1._domainkey." + DOMAIN);
        assertThat(line("dmarc")).startsWith("FAIL").contains("no DMARC record at _dmarc." + DOMAIN);
    }

    @Test
    void unreachable_database_and_slack_fail_with_what_to_check() throws Exception {
        var env = deployment();
        var closed = closedPort();
        env.put("DATABASE_URL", "postgres://gatehouse:pg-password-9d2e@127.0.0.1:" + closed + "/gatehouse");
        env.put("SLACK_API_URL", "http://127.0.0.1:" + closed + "/api/");

        assertThat(doctor(env)).isEqualTo(1);

        assertThat(line("database")).startsWith("FAIL").contains("cannot connect to 127.0.0.1:" + closed, "check DATABASE_URL");
        assertThat(line("slack")).startsWith("FAIL").contains("cannot reach Slack at http://127.0.0.1:" + closed,
                "or SLACK_API_URL");
    }

    @Test
    void no_configured_secret_is_printed() throws Exception {
        var env = deployment();
        env.put("DATABASE_URL", "postgres://gatehouse:pg-password-9d2e@127.0.0.1:" + closedPort() + "/gatehouse");
        env.put("SLACK_APP_TOKEN", "xapp-app-token-4be1");
        env.put("GATEHOUSE_SIGNALS_SECRET", "signals-secret-77aa");
        slack.failNext("auth.test", "token_revoked");

        doctor(env);

        var printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertThat(printed).isNotBlank().doesNotContain(BOT_TOKEN, SIGNING_SECRET, UNSUBSCRIBE_SECRET, MAILBOX_PASSWORD,
                "pg-password-9d2e", "xapp-app-token-4be1", "signals-secret-77aa");
        assertThat(line("socket")).startsWith("OK").contains("Socket Mode can connect");
    }

    @Test
    void a_token_without_the_apps_scopes_fails_naming_them() {
        slack.grantedScopes("chat:write,commands,files:write");

        doctor(deployment());

        assertThat(line("slack")).startsWith("FAIL").contains("lacks the scopes usergroups:read", "reinstall the app");
    }

    @Test
    void a_socket_mode_token_slack_refuses_fails_with_where_to_create_one() {
        var env = deployment();
        env.put("SLACK_APP_TOKEN", "xapp-refused-token");
        slack.failNext("apps.connections.open", "invalid_auth");

        assertThat(doctor(env)).isEqualTo(1);

        assertThat(line("socket")).startsWith("FAIL").contains("apps.connections.open answered invalid_auth",
                "connections:write", "App-Level Tokens");
    }

    @Test
    void without_smtp_the_outbox_warning_says_what_to_set_and_nothing_fails() throws Exception {
        publishDomainRecords();
        var env = deployment();
        new ArrayList<>(env.keySet()).stream().filter(k -> k.startsWith("SMTP_") || k.startsWith("IMAP_")).forEach(env::remove);

        assertThat(doctor(env)).isZero();

        assertThat(line("smtp")).startsWith("WARN").contains("approved emails wait in the outbox", "set SMTP_HOST");
        assertThat(lines()).noneMatch(l -> l.matches("\\S+\\s+imap\\s.*"));
    }

    private static int closedPort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private interface Starter<T> {
        T start() throws Exception;
    }

    private static <T> T start(Starter<T> starter) {
        try {
            return starter.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
