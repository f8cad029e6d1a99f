package dev.gatehouse.bot.slack;

import dev.gatehouse.bot.config.SlackSettings;
import dev.gatehouse.bot.render.RenderedMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slack's rate limits as the bot meets them, over real HTTP against the fake Web API: about one
 * post per second per channel, and a 429's Retry-After waited out once.
 */
class SlackWebApiTest {
    private static final RenderedMessage MESSAGE = new RenderedMessage("A draft waits for review", List.of());

    private FakeSlackApi fake;
    private SlackSettings settings;
    private SlackWebApi api;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @BeforeEach
    void start() throws Exception {
        fake = new FakeSlackApi();
        settings = SlackSettings.fromEnv(Map.of("SLACK_BOT_TOKEN", "xoxb-test-token", "SLACK_SIGNING_SECRET", "secret",
                "SLACK_API_URL", fake.url(), "GATEHOUSE_MANAGERS", "U0MGR"));
        api = new SlackWebApi(SlackClients.slack(settings), settings.botToken());
        api.post("C0WARMUP", MESSAGE); // the first call pays for connections and class loading
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        fake.close();
    }

    @Test
    void a_burst_to_one_channel_is_spaced_about_a_second_apart() {
        var burst = IntStream.range(0, 3).mapToObj(i -> CompletableFuture.runAsync(() -> api.post("C0BURST", MESSAGE), threads))
                .toList();

        burst.forEach(CompletableFuture::join);

        var at = postsTo("C0BURST");
        assertThat(at).hasSize(3);
        for (int i = 1; i < at.size(); i++) {
            assertThat(Duration.between(at.get(i - 1), at.get(i))).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        }
    }

    @Test
    void a_channel_being_paced_does_not_hold_back_another() throws Exception {
        var burst = IntStream.range(0, 3).mapToObj(i -> CompletableFuture.runAsync(() -> api.post("C0BURST", MESSAGE), threads))
                .toList();
        fake.await("chat.postMessage", c -> "C0BURST".equals(c.param("channel")), Duration.ofSeconds(5));

        var started = System.nanoTime();
        var other = api.post("C0OTHER", MESSAGE);
        var took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(other).isPresent();
        assertThat(took).isLessThan(Duration.ofMillis(800)); // a lock held through the burst's wait would cost ~1 s
        assertThat(postsTo("C0BURST")).hasSizeLessThan(3); // the burst was still being paced meanwhile
        burst.forEach(CompletableFuture::join);
    }

    @Test
    void a_429_is_retried_once_after_its_retry_after_without_waiting_twice() {
        fake.answerNext("chat.postMessage", 429, "1");

        var posted = api.post("C0LIMITED", MESSAGE);

        assertThat(posted).isPresent();
        var at = postsTo("C0LIMITED");
        assertThat(at).hasSize(2);
        assertThat(Duration.between(at.get(0), at.get(1)))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950))
                .isLessThan(Duration.ofMillis(1900));
    }

    @Test
    void an_error_answer_is_reported_as_empty_and_not_retried() {
        fake.failNext("chat.postMessage", "channel_not_found");

        var posted = api.post("C0GONE", MESSAGE);

        assertThat(posted).isEmpty();
        assertThat(postsTo("C0GONE")).hasSize(1);
    }

    @Test
    void a_post_whose_answer_was_lost_is_not_sent_again() {
        fake.dropNext("chat.postMessage");

        var posted = unpooledApi().post("C0LOST", MESSAGE);

        assertThat(posted).isEmpty();
        assertThat(postsTo("C0LOST")).hasSize(1); // a second review message would be worse than a late one
    }

    @Test
    void an_update_whose_answer_was_lost_is_sent_again() {
        fake.dropNext("chat.update");

        var updated = unpooledApi().update("C0UPDATE", "1700000000.000100", MESSAGE);

        assertThat(updated).isTrue();
        assertThat(fake.calls("chat.update")).hasSize(2);
    }

    /**
     * A client whose first request opens a new connection. On a reused (pooled) connection OkHttp
     * itself repeats a request whose answer was lost, before the bot sees any failure.
     */
    private SlackWebApi unpooledApi() {
        return new SlackWebApi(SlackClients.slack(settings), settings.botToken());
    }

    private List<Instant> postsTo(String channel) {
        return fake.calls("chat.postMessage").stream().filter(c -> channel.equals(c.param("channel"))).map(FakeSlackApi.Call::at)
                .sorted().toList();
    }
}
