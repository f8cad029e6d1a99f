package dev.gatehouse.bot.http;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import dev.gatehouse.engine.audit.Subject;
import dev.gatehouse.engine.delivery.Secret;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.ids.TouchId;
import dev.gatehouse.engine.sequence.FollowUpStatus;
import dev.gatehouse.engine.store.FollowUpStore;
import dev.gatehouse.engine.delivery.UnsubscribeTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 8058 one-click unsubscribe over real HTTP, and the link a person clicks. */
class UnsubscribeEndpointTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private GatehouseStack stack;
    private final HttpClient http = HttpClient.newHttpClient();
    private final UnsubscribeTokens tokens = new UnsubscribeTokens(
            new Secret("unsubscribe-secret-for-tests-0123456789abcdef"), Clock.systemUTC());

    @BeforeEach
    void start() throws Exception {
        stack = new GatehouseStack(mail, Map.of());
    }

    @AfterEach
    void stop() throws Exception {
        stack.close();
    }

    private HttpResponse<String> post(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(stack.url("/u/" + token)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void one_click_post_suppresses_at_once_and_is_idempotent() throws Exception {
        var token = tokens.issue("dana@northwind.example");

        var first = post(token);
        var second = post(token);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(stack.stores.suppressions().isSuppressed("dana@northwind.example")).isTrue();
        assertThat(stack.stores.audit().forSubject("email", "dana@northwind.example")).hasSize(1);
    }

    @Test
    void a_get_only_shows_a_confirmation_page_so_link_scanners_unsubscribe_nobody() throws Exception {
        var token = tokens.issue("dana@northwind.example");

        var page = stack.get("/u/" + token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\"");
        assertThat(stack.stores.suppressions().isSuppressed("dana@northwind.example")).isFalse();
    }

    @Test
    void a_tampered_token_is_refused_and_suppresses_nobody() throws Exception {
        var token = tokens.issue("dana@northwind.example");
        var tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        var response = post(tampered);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(stack.stores.suppressions().isSuppressed("dana@northwind.example")).isFalse();
    }

    @Test
    void one_click_from_a_sent_email_cancels_its_follow_ups_at_once_and_audits_the_stop() throws Exception {
        stack.seedWorkspace();
        stack.sentFirstEmail();
        var thread = stack.awaitTouches(TouchStatus.SENT, 1, Duration.ofSeconds(10)).getFirst().id();
        var planned = awaitPlannedFollowUps(thread);
        var header = mail.getReceivedMessages()[0].getHeader("List-Unsubscribe", null).replaceAll("\\s+", "");
        var link = header.substring(header.indexOf("<https://") + 1, header.indexOf('>', header.indexOf("<https://")));

        var response = post(link.substring(link.lastIndexOf("/u/") + 3));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(planned).isNotEmpty();
        assertThat(stack.stores.followUps().forThread(thread))
                .allSatisfy(p -> assertThat(p.status()).isEqualTo(FollowUpStatus.CANCELLED));
        assertThat(stack.stores.audit().forSubject(Subject.of(new TouchId(thread))))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("sequence.stop");
                    assertThat(e.actor()).isEqualTo("recipient");
                    assertThat(e.after()).contains("unsubscribe");
                });
    }

    private List<FollowUpStore.Planned> awaitPlannedFollowUps(long thread) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        var planned = stack.stores.followUps().forThread(thread);
        while (planned.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            planned = stack.stores.followUps().forThread(thread);
        }
        return planned;
    }
}
