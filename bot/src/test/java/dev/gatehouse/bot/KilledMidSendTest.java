package dev.gatehouse.bot;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.slack.FakeSlackApi;
import dev.gatehouse.bot.slack.SlackRequests;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.delivery.OutboxStatus;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.sending.FilingProvider;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot in a child JVM sends N approved emails through a real SMTP server (GreenMail, slow to
 * answer and filing what it accepts in the sender's Sent folder, as Gmail does) and is killed
 * with SIGKILL when k have arrived, so some sends are cut off between the claim and the record.
 * Started again on the same database, it settles them within seconds against the Sent folder
 * over IMAP: every email arrives exactly once.
 */
@Tag("long")
class KilledMidSendTest {
    private static final int N = 10;
    private static final int K = 3;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<String> COMPANIES = List.of("Northwind Freight", "Baltic Cargo", "Alpine Haulage",
            "Rhine Shipping", "Nordic Parcel", "Iberia Transport", "Danube Logistics", "Adriatic Carriers",
            "Biscay Forwarding", "Tatra Freight");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("ari@ledgerline.example", "ari", "imap-secret"));

    @Test
    void killed_mid_send_every_email_arrives_exactly_once_within_seconds_of_the_restart() throws Exception {
        FilingProvider.install(mail, Duration.ofMillis(400));
        var stores = TestDatabase.freshStores();
        seedAccounts(stores);
        try (var slack = new FakeSlackApi()) {
            var env = GatehouseStack.env(mail, slack);
            env.putAll(Map.of("IMAP_HOST", "127.0.0.1", "IMAP_PORT", Integer.toString(mail.getImap().getPort()),
                    "IMAP_SSL", "false", "IMAP_USERNAME", "ari", "IMAP_PASSWORD", "imap-secret"));
            String atKill;
            try (var first = ChildBot.start(env, WAIT)) {
                // given N approved emails on their way out
                assertThat(GatehouseStack.postSignals(first.url("/api/signals"), signals()).statusCode()).isEqualTo(202);
                var clicks = new SlackRequests(first.url("/slack/events"), GatehouseStack.SIGNING_SECRET);
                for (var review : awaitReviews(slack)) {
                    assertThat(clicks.post(SlackRequests.blockAction(GatehouseStack.REP, review.param("channel"),
                            slack.answeredTs(review).orElseThrow(), "gh_approve", approveValue(review))).statusCode())
                            .isEqualTo(200);
                }
                // when the process is killed once k have arrived
                awaitDelivered(K);
                first.kill();
                atKill = FilingProvider.delivered(mail).size() + " delivered, outbox " + statuses(stores);
            }

            // then, started again, it settles the cut-off sends within seconds
            try (var restarted = ChildBot.start(env, WAIT)) {
                long ready = System.nanoTime();
                awaitAllSent(stores);
                var settled = Duration.ofNanos(System.nanoTime() - ready);
                Thread.sleep(2_000); // room for a second copy, were one sent
                var recovered = restarted.logLines("Recovered interrupted sends");
                System.out.printf("killed at %d of %d arrived: %s; after the restart all sent %d ms after the bot was "
                        + "ready; %s%n", K, N, atKill, settled.toMillis(), recovered);
                assertThat(settled).as("settled within seconds of the restart").isLessThan(Duration.ofSeconds(20));
            }
        }

        var delivered = FilingProvider.deliveredIds(mail);
        var perId = delivered.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        var outboxIds = stores.touches().withStatus(TouchStatus.SENT, 100).stream()
                .map(t -> stores.outbox().forTouch(t.id()).orElseThrow().messageId()).toList();
        System.out.printf("emails per Message-ID: %s%n", perId.values());
        assertThat(outboxIds).hasSize(N);
        assertThat(delivered).as("every email exactly once").containsExactlyInAnyOrderElementsOf(outboxIds);
    }

    private static void seedAccounts(Stores stores) {
        GatehouseStack.seedWorkspace(stores);
        for (var company : COMPANIES.subList(1, N)) {
            var domain = domain(company);
            var accountId = stores.accounts().upsert(new Account(0, domain, company, "logistics", 240, "EMEA", "DE",
                    List.of("netsuite"), "Freight forwarding for mid-size shippers across Europe", GatehouseStack.REP));
            stores.accounts().upsert(new Contact(0, accountId, "finance@" + domain, "Robin", "Marsh", "VP Finance", "vp",
                    ZoneId.of("Europe/Berlin"), null));
        }
    }

    private static String domain(String company) {
        return company.split(" ")[0].toLowerCase() + ".example";
    }

    private static String signals() {
        return COMPANIES.subList(0, N).stream().map(company -> """
                {"account_domain":"%s","kind":"funding","summary":"%s raised a $20M Series B","source":"newsfeed",
                 "external_id":"%s-b"}""".formatted(domain(company), company, domain(company)))
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static List<FakeSlackApi.Call> awaitReviews(FakeSlackApi slack) throws InterruptedException {
        var deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            var reviews = slack.calls("chat.postMessage").stream().filter(c -> c.param("blocks") != null
                    && c.param("blocks").contains("gh_approve") && slack.answeredTs(c).isPresent()).toList();
            if (reviews.size() >= N) return reviews;
            if (System.nanoTime() > deadline) throw new AssertionError("only " + reviews.size() + " reviews posted");
            Thread.sleep(50);
        }
    }

    private static String approveValue(FakeSlackApi.Call review) {
        for (var block : review.json("blocks")) {
            for (var element : block.path("elements")) {
                if ("gh_approve".equals(element.path("action_id").asText())) {
                    var value = element.path("value").asText();
                    ActionValue.decode(value); // a value the bot can read back
                    return value;
                }
            }
        }
        throw new AssertionError("no approve button in " + review.params());
    }

    private static void awaitDelivered(int count) throws InterruptedException {
        var deadline = System.nanoTime() + WAIT.toNanos();
        while (FilingProvider.delivered(mail).size() < count) {
            if (System.nanoTime() > deadline) throw new AssertionError("fewer than " + count + " emails arrived");
            Thread.sleep(5);
        }
    }

    private static void awaitAllSent(Stores stores) throws InterruptedException {
        var deadline = System.nanoTime() + WAIT.toNanos();
        while (stores.touches().withStatus(TouchStatus.SENT, 100).size() < N) {
            if (System.nanoTime() > deadline) throw new AssertionError("not all sent: outbox " + statuses(stores));
            Thread.sleep(20);
        }
    }

    private static Map<OutboxStatus, Long> statuses(Stores stores) {
        var counts = new TreeMap<OutboxStatus, Long>();
        for (var touch : stores.touches().withStatus(TouchStatus.APPROVED, 100)) {
            stores.outbox().forTouch(touch.id()).ifPresent(m -> counts.merge(m.status(), 1L, Long::sum));
        }
        counts.put(OutboxStatus.SENT, (long) stores.touches().withStatus(TouchStatus.SENT, 100).size());
        return counts;
    }
}
