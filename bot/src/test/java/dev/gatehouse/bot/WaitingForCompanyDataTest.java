package dev.gatehouse.bot;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.cli.Cli;
import dev.gatehouse.bot.slack.SlackPayloads;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.pipeline.Pipeline;
import dev.gatehouse.engine.pipeline.SignalIngest;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signal for a domain nobody imported creates an account that knows nothing but its domain. It
 * must not vanish: the API answer, the log and {@code /pipeline} say it waits for company data,
 * and importing that data gets it scored and its signal a review.
 */
class WaitingForCompanyDataTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SIGNAL = """
            {"account_domain":"baltic-haulage.example","account_name":"Baltic Haulage","kind":"hiring",
             "summary":"Baltic Haulage is hiring a Head of Finance Operations","source":"jobs","external_id":"bh-1"}""";

    @TempDir
    Path dir;
    private GatehouseStack stack;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void start() throws Exception {
        logs.start();
        logger(SignalIngest.class).addAppender(logs);
        logger(Pipeline.class).addAppender(logs);
        stack = new GatehouseStack(mail, Map.of());
        stack.seedWorkspace();
    }

    @AfterEach
    void stop() throws Exception {
        stack.close();
        logger(SignalIngest.class).detachAppender(logs);
        logger(Pipeline.class).detachAppender(logs);
    }

    @Test
    void a_signal_for_an_unknown_domain_is_answered_logged_and_shown_as_waiting_for_company_data() throws Exception {
        var response = stack.postSignals(SIGNAL);

        assertThat(response.statusCode()).isEqualTo(202);
        var account = JSON.readTree(response.body()).path("accounts").path("baltic-haulage.example").asText();
        assertThat(account).startsWith("created without company data").contains("not scored")
                .contains("import accounts.csv");
        assertThat(info("Account baltic-haulage.example was created by a signal and has no company data")).isTrue();
        awaitInfo("Signal " + JSON.readTree(response.body()).path("created").get(0).asLong() + " waits");
        var id = stack.stores.accounts().byDomain("baltic-haulage.example").orElseThrow().id();
        assertThat(stack.stores.scores().find(id)).isEmpty();
        assertThat(stack.stores.touches().forAccount(id)).isEmpty();

        assertThat(pipeline(GatehouseStack.REP)).contains("Waiting for company data* 1 account (baltic-haulage.example)")
                .contains("import accounts.csv");
    }

    @Test
    void the_signal_command_says_when_it_created_an_account_without_company_data() throws Exception {
        assertThat(stack.slackRequests.post(SlackPayloads.command(GatehouseStack.REP, "/signal",
                "vilnius-cargo.example funding Vilnius Cargo raised a seed round")).statusCode()).isEqualTo(200);

        var answer = stack.slack.await("chat.postEphemeral", c -> c.param("text") != null
                && c.param("text").startsWith("Signal added for vilnius-cargo.example"), Duration.ofSeconds(10)).param("text");
        assertThat(answer).contains("a new account without company data").contains("import accounts.csv");
    }

    @Test
    void importing_its_company_data_gets_the_account_scored_and_its_signal_a_review() throws Exception {
        var signalId = JSON.readTree(stack.postSignals(SIGNAL).body()).path("created").get(0).asLong();
        awaitInfo("Signal " + signalId + " waits");
        var accounts = Files.writeString(dir.resolve("accounts.csv"), """
                domain,name,industry,employees,region,country
                baltic-haulage.example,Baltic Haulage,logistics,180,EMEA,LT
                """);
        var contacts = Files.writeString(dir.resolve("contacts.csv"), """
                email,account_domain,first_name,last_name,title
                rasa@baltic-haulage.example,baltic-haulage.example,Rasa,Vaitkute,VP Finance
                """);
        var out = new ByteArrayOutputStream();

        var code = new Cli(TestDatabase.env(), new ByteArrayInputStream(new byte[0]), new PrintStream(out), new PrintStream(out),
                Main::start).run(new String[]{"import", accounts.toString(), contacts.toString()});

        assertThat(code).as(out.toString()).isZero();
        var touch = stack.awaitTouches(TouchStatus.PENDING_REVIEW, 1, Duration.ofSeconds(30));
        var id = stack.stores.accounts().byDomain("baltic-haulage.example").orElseThrow().id();
        assertThat(touch).singleElement().satisfies(t -> assertThat(t.accountId()).isEqualTo(id));
        assertThat(stack.stores.scores().find(id)).isPresent();
        var review = stack.awaitReviewMessage(Duration.ofSeconds(30));
        assertThat(review.blocks().toString()).contains("Baltic Haulage");
        assertThat(pipeline(GatehouseStack.MANAGER)).doesNotContain("Waiting for company data");
    }

    private String pipeline(String user) throws Exception {
        var before = stack.slack.calls("chat.postEphemeral").size();
        assertThat(stack.slackRequests.post(SlackPayloads.command(user, "/pipeline", "")).statusCode()).isEqualTo(200);
        return stack.slack.await("chat.postEphemeral", c -> c.param("text") != null && c.param("text").contains("Pipeline")
                && stack.slack.calls("chat.postEphemeral").indexOf(c) >= before, Duration.ofSeconds(10)).param("text");
    }

    private boolean info(String start) {
        synchronized (logs) { // the appender appends under this lock, from the job threads
            return logs.list.stream().anyMatch(e -> e.getLevel() == Level.INFO && e.getFormattedMessage().startsWith(start));
        }
    }

    private void awaitInfo(String start) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!info(start)) {
            if (System.nanoTime() > deadline) throw new AssertionError("no INFO line starting '" + start + "'");
            Thread.sleep(20);
        }
    }

    private static Logger logger(Class<?> type) {
        return (Logger) LoggerFactory.getLogger(type);
    }
}
