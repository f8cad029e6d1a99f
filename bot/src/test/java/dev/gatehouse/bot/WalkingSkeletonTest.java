package dev.gatehouse.bot;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.slack.SlackRequests;
import dev.gatehouse.engine.gate.TouchStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thin path through the human gate, over real protocols: a signed signal in over HTTP, a
 * review message posted through Bolt's client, a signed approve click, one email over SMTP.
 */
class WalkingSkeletonTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private GatehouseStack stack;

    @BeforeEach
    void start() throws Exception {
        stack = new GatehouseStack(mail, Map.of());
        stack.seedWorkspace();
    }

    @AfterEach
    void stop() throws Exception {
        stack.close();
    }

    private static final String FUNDING = """
            {"account_domain":"northwind.example","kind":"funding",
             "summary":"Northwind Freight raised a $20M Series B led by Harbor Ventures",
             "source_url":"https://news.example.com/northwind-series-b","source":"newsfeed","external_id":"nw-b"}
            """;

    private GatehouseStack.Posted signalToReview() throws Exception {
        var response = stack.postSignals(FUNDING);
        assertThat(response.statusCode()).isEqualTo(202);
        return stack.awaitReviewMessage(Duration.ofSeconds(30));
    }

    @Test
    void approved_signal_is_emailed_once_and_the_message_shows_who_approved() throws Exception {
        var review = signalToReview();
        var approve = review.buttonValue("gh_approve").orElseThrow();

        var click = stack.slackRequests.post(SlackRequests.blockAction(GatehouseStack.REP, review.channel(), review.ts(),
                "gh_approve", approve));

        assertThat(click.statusCode()).isEqualTo(200);
        assertThat(mail.waitForIncomingEmail(30_000, 1)).isTrue();
        var sent = mail.getReceivedMessages();
        assertThat(sent).hasSize(1);
        assertThat(((jakarta.mail.internet.InternetAddress) sent[0].getAllRecipients()[0]).getAddress())
                .isEqualTo("dana@northwind.example");
        assertThat(sent[0].getSubject()).isNotBlank();
        assertThat(sent[0].getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        var touch = stack.awaitTouches(TouchStatus.SENT, 1, Duration.ofSeconds(10));
        assertThat(sent[0].getMessageID()).isEqualTo(stack.stores.outbox().forTouch(touch.getFirst().id()).orElseThrow().messageId());
        var update = stack.slack.await("chat.update", c -> c.json("blocks").toString().contains("<@" + GatehouseStack.REP + ">"),
                Duration.ofSeconds(10));
        assertThat(update.param("ts")).isEqualTo(review.ts());
        assertThat(update.json("blocks").toString()).doesNotContain("gh_approve");
        var audit = stack.stores.audit().forSubject("touch", touch.getFirst().id());
        assertThat(audit).extracting(e -> e.action()).contains("touch.drafted", "touch.approve", "outbox.sent");
        assertThat(audit).filteredOn(e -> e.action().equals("touch.approve")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(GatehouseStack.REP));
    }

    @Test
    void a_second_approval_and_a_slack_retry_send_nothing_more() throws Exception {
        var review = signalToReview();
        var body = SlackRequests.blockAction(GatehouseStack.REP, review.channel(), review.ts(), "gh_approve",
                review.buttonValue("gh_approve").orElseThrow());

        stack.slackRequests.post(body);
        stack.slackRequests.post(body);
        stack.slackRequests.post(SlackRequests.blockAction(GatehouseStack.MANAGER, review.channel(), review.ts(),
                "gh_approve", review.buttonValue("gh_approve").orElseThrow()));

        assertThat(mail.waitForIncomingEmail(30_000, 1)).isTrue();
        stack.slack.await("chat.postEphemeral", c -> c.param("text").contains("Already decided"), Duration.ofSeconds(10));
        Thread.sleep(1500);
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(stack.stores.audit().recent(100)).filteredOn(e -> e.action().equals("touch.approve")).hasSize(1);
    }

    @Test
    void forged_or_stale_signatures_get_401_and_change_nothing() throws Exception {
        var review = signalToReview();
        var body = SlackRequests.blockAction(GatehouseStack.REP, review.channel(), review.ts(), "gh_approve",
                review.buttonValue("gh_approve").orElseThrow());
        var callsBefore = stack.slack.calls().stream().filter(c -> c.method().startsWith("chat.")).count();

        var forged = stack.slackRequests.post(body, Instant.now().getEpochSecond(), "not-the-signing-secret");
        var stale = stack.slackRequests.post(body, Instant.now().minusSeconds(600).getEpochSecond(), GatehouseStack.SIGNING_SECRET);

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(stale.statusCode()).isEqualTo(401);
        Thread.sleep(1000);
        assertThat(stack.stores.touches().withStatus(TouchStatus.PENDING_REVIEW, 10)).hasSize(1);
        assertThat(stack.stores.outbox().due(Instant.now().plusSeconds(3600), 10)).isEmpty();
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(stack.slack.calls().stream().filter(c -> c.method().startsWith("chat.")).count()).isEqualTo(callsBefore);
    }

    @Test
    void health_answers_once_the_server_is_up() throws Exception {
        assertThat(stack.get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void a_body_slack_would_never_send_gets_a_4xx_not_a_500() throws Exception {
        var response = stack.slackRequests.post("payload=not-json");

        assertThat(response.statusCode()).isBetween(400, 499);
    }
}
