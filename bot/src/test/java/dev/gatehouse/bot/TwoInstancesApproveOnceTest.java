package dev.gatehouse.bot;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.slack.SlackRequests;
import dev.gatehouse.engine.gate.TouchStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two bot instances share one database. A hundred signed Approve clicks on one review arrive at
 * once, split over both, and the first is then replayed byte for byte ten times (with Slack's retry
 * headers): one approval, one outbox row, one email; the replays are refused where they were seen.
 */
@Tag("long")
class TwoInstancesApproveOnceTest {
    private static final int CLICKS = 100;
    private static final int RETRIES = 10;

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void a_hundred_concurrent_approves_over_two_instances_and_ten_retries_give_one_approval_and_one_email() throws Exception {
        try (var stack = new GatehouseStack(mail, Map.of()); var second = stack.startAnother()) {
            stack.seedWorkspace();
            stack.postSignals("""
                    {"account_domain":"northwind.example","kind":"funding","summary":"Northwind Freight raised a $20M Series B",
                     "source":"newsfeed","external_id":"nw-b"}""");
            var review = stack.awaitReviewMessage(Duration.ofSeconds(30));
            var instances = List.of(stack.url("/slack/events"),
                    "http://127.0.0.1:" + second.server().port() + "/slack/events");

            // when a hundred clicks (each its own signed request, as a hundred people's would be) arrive at
            // once over both instances, then the first one's exact bytes are replayed ten times
            var clicks = new ArrayList<Signed>();
            for (int i = 0; i < CLICKS; i++) {
                clicks.add(Signed.now(SlackRequests.blockAction(GatehouseStack.REP, review.channel(), review.ts(),
                        "gh_approve", review.buttonValue("gh_approve").orElseThrow())));
            }
            var statuses = new TreeMap<Integer, Integer>();
            var go = new CountDownLatch(1);
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                var answers = new ArrayList<Future<Integer>>();
                for (int i = 0; i < CLICKS; i++) {
                    var url = instances.get(i % 2);
                    var click = clicks.get(i);
                    answers.add(pool.submit(() -> {
                        go.await();
                        return post(url, click, Map.of());
                    }));
                }
                go.countDown();
                for (var answer : answers) statuses.merge(answer.get(), 1, Integer::sum);
            }
            assertThat(statuses).as("every fresh click is acknowledged").containsOnlyKeys(200);
            var replays = new TreeMap<Integer, Integer>();
            for (int retry = 1; retry <= RETRIES; retry++) {
                var headers = Map.of("X-Slack-Retry-Num", Integer.toString(1 + retry % 3), "X-Slack-Retry-Reason",
                        "http_timeout");
                replays.merge(post(instances.get(retry % 2), clicks.getFirst(), headers), 1, Integer::sum);
            }

            // then one approval, one outbox row, one email
            assertThat(mail.waitForIncomingEmail(30_000, 1)).isTrue();
            var touch = stack.awaitTouches(TouchStatus.SENT, 1, Duration.ofSeconds(10)).getFirst();
            Thread.sleep(2_000); // room for a second approval or email, were there one
            var approvals = stack.stores.audit().forSubject("touch", touch.id()).stream()
                    .filter(e -> e.action().equals("touch.approve")).count();
            System.out.printf("%d clicks over 2 instances: HTTP statuses %s; %d replays: %s; approvals %d, emails %d%n",
                    CLICKS, statuses, RETRIES, replays, approvals, mail.getReceivedMessages().length);
            // a replay is refused by an instance that saw the signature (the memory is per instance; an
            // instance that did not see it acknowledges it once, and the decision is already made)
            assertThat(replays).containsOnlyKeys(200, 401);
            assertThat(replays.getOrDefault(401, 0)).isGreaterThanOrEqualTo(RETRIES - 1);
            assertThat(approvals).isEqualTo(1);
            assertThat(stack.stores.outbox().forTouch(touch.id())).isPresent();
            assertThat(stack.stores.touches().withStatus(TouchStatus.SENT, 10)).hasSize(1);
            assertThat(mail.getReceivedMessages()).hasSize(1);
        }
    }

    /** A click signed once, so it can be sent again byte for byte. */
    private record Signed(String body, long timestamp, String signature) {
        static Signed now(String body) {
            var timestamp = Instant.now().getEpochSecond();
            return new Signed(body, timestamp, SlackRequests.signature(GatehouseStack.SIGNING_SECRET, timestamp, body));
        }
    }

    private int post(String url, Signed click, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", Long.toString(click.timestamp()))
                .header("X-Slack-Signature", click.signature());
        headers.forEach(request::header);
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(click.body())).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
