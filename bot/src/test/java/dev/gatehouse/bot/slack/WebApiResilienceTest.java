package dev.gatehouse.bot.slack;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.gate.TouchStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The review message when Slack pushes back: rate limited (429) or refused (an error answer). */
class WebApiResilienceTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String SIGNAL = """
            {"account_domain":"northwind.example","kind":"funding",
             "summary":"Northwind Freight raised a $20M Series B","source":"newsfeed","external_id":"nw-b"}""";

    private GatehouseStack stack;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    private void start(Consumer<FakeSlackApi> prepare) throws Exception {
        logs.start();
        root.addAppender(logs);
        stack = new GatehouseStack(mail, Map.of(), prepare);
        stack.seedWorkspace();
        assertThat(stack.postSignals(SIGNAL).statusCode()).isEqualTo(202);
    }

    @AfterEach
    void stop() throws Exception {
        root.detachAppender(logs);
        if (stack != null) stack.close();
    }

    @Test
    void a_rate_limited_review_post_is_retried_after_retry_after_and_posted_once() throws Exception {
        start(slack -> slack.answerNext("chat.postMessage", 429, "1"));

        var review = stack.awaitReviewMessage(GatehouseStack.REP, Duration.ofSeconds(30));

        var posts = stack.slack.calls("chat.postMessage");
        assertThat(posts).hasSize(2);
        assertThat(Duration.between(posts.get(0).at(), posts.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        var touch = stack.awaitTouches(TouchStatus.PENDING_REVIEW, 1, Duration.ofSeconds(5)).getFirst();
        assertThat(stack.awaitRecordedMessage(touch.id(), Duration.ofSeconds(5)).slackMessage()).hasValueSatisfying(m ->
                assertThat(m.ts()).isEqualTo(review.ts()));
        Thread.sleep(1500);
        assertThat(stack.slack.calls("chat.postMessage")).hasSize(2);
    }

    @Test
    void a_refused_review_post_is_logged_without_the_token_and_the_review_stays_pending() throws Exception {
        start(slack -> slack.failNext("chat.postMessage", "channel_not_found"));

        stack.slack.await("chat.postMessage", c -> c.param("blocks") != null, Duration.ofSeconds(30));
        var refused = awaitLog("channel_not_found");

        assertThat(refused.getLevel().toString()).isEqualTo("WARN");
        assertThat(logged()).allSatisfy(e -> assertThat(e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .doesNotContain("xoxb-test-token"));
        var pending = stack.awaitTouches(TouchStatus.PENDING_REVIEW, 1, Duration.ofSeconds(5));
        assertThat(pending).singleElement().satisfies(t -> assertThat(t.slackMessage()).isEmpty());
        assertThat(stack.get("/health").statusCode()).isEqualTo(200);
        assertThat(stack.slack.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void a_burst_of_reviews_to_one_channel_is_posted_a_second_apart() throws Exception {
        stack = new GatehouseStack(mail, Map.of("GATEHOUSE_APPROVALS_CHANNEL", "C0APPROVALS"));
        stack.seedWorkspace();
        for (var name : java.util.List.of("Eastway", "Southport")) {
            var domain = name.toLowerCase() + ".example";
            var account = stack.stores.accounts().upsert(new Account(0, domain, name + " Freight", "logistics", 300, "EMEA",
                    "DE", java.util.List.of(), "Freight forwarding across Europe", GatehouseStack.REP));
            stack.stores.accounts().upsert(new Contact(0, account, "cfo@" + domain, "Kim", name, "VP Finance", "vp",
                    java.time.ZoneId.of("Europe/Berlin"), null));
        }

        for (var domain : java.util.List.of("northwind", "eastway", "southport")) {
            stack.postSignals(SIGNAL.replace("northwind.example", domain + ".example").replace("nw-b", domain));
        }

        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (reviewPosts().size() < 3 && System.nanoTime() < deadline) Thread.sleep(50);
        var at = reviewPosts();
        assertThat(at).hasSize(3);
        for (int i = 1; i < at.size(); i++) {
            // paced a second apart when sent; arrival times carry the loopback's jitter (an unpaced burst arrives within ms)
            assertThat(Duration.between(at.get(i - 1), at.get(i))).isGreaterThanOrEqualTo(Duration.ofMillis(800));
        }
    }

    private java.util.List<java.time.Instant> reviewPosts() {
        return stack.slack.calls("chat.postMessage").stream().filter(c -> c.param("blocks") != null)
                .filter(c -> "C0APPROVALS".equals(c.param("channel"))).map(FakeSlackApi.Call::at).sorted().toList();
    }

    private java.util.List<ILoggingEvent> logged() {
        synchronized (logs) { // the appender appends under its own lock
            return java.util.List.copyOf(logs.list);
        }
    }

    private ILoggingEvent awaitLog(String text) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            var found = logged().stream().filter(e -> e.getFormattedMessage().contains(text)).findFirst();
            if (found.isPresent()) return found.get();
            Thread.sleep(20);
        }
        throw new AssertionError("nothing logged with " + text);
    }
}
