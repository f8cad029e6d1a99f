package dev.gatehouse.bot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.gatehouse.bot.render.BodyChunks;
import dev.gatehouse.engine.gate.Decision;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.gate.ReviewMessage;
import dev.gatehouse.engine.writing.TouchKind;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.store.Fixtures;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.writing.Draft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A review whose body is too long for one message: the full text goes in the thread and the message links to it. */
class LongBodyPostingTest {
    private static final String CHANNEL = "C0REVIEWS";

    private FakeSlackApi fake;
    private Stores stores;
    private SlackNotifier notifier;
    private Fixtures.Seeded seeded;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeSlackApi();
        stores = TestDatabase.freshStores();
        seeded = new Fixtures(stores).pendingTouch();
        var config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.url());
        notifier = new SlackNotifier(new SlackWebApi(Slack.getInstance(config), "xoxb-test-token"), Optional.of(CHANNEL),
                Set.of());
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private static String longBody() {
        return IntStream.rangeClosed(1, 9).mapToObj(i -> "Part " + i + ". " + "Closing the books in three days, not ten. ".repeat(24).strip())
                .collect(Collectors.joining("\n\n"));
    }

    private ReviewItem item(String body, TouchStatus status, Decision decision) {
        return item(body, status, decision, null);
    }

    private ReviewItem item(String body, TouchStatus status, Decision decision, ReviewMessage message) {
        var account = stores.accounts().account(seeded.accountId()).orElseThrow();
        var contact = stores.accounts().contact(seeded.contactId()).orElseThrow();
        return new ReviewItem(seeded.touchId(), TouchKind.FIRST_EMAIL, status, account, contact, null, List.of(),
                new Draft("Month-end at Northwind", body, List.of(), "offline", null), new Verification.Passed(), decision,
                Instant.parse("2026-11-20T14:30:00Z"), message);
    }

    private static List<String> plainTexts(FakeSlackApi.Call call) {
        var texts = new ArrayList<String>();
        for (var block : call.json("blocks")) {
            if (block.path("text").path("type").asText().equals("plain_text")) texts.add(block.path("text").path("text").asText());
        }
        return texts;
    }

    @Test
    void the_full_text_is_replied_in_the_thread_and_the_message_links_to_it() {
        var parent = notifier.reviewReady(item(longBody(), TouchStatus.PENDING_REVIEW, null)).orElseThrow();

        var replies = fake.calls("chat.postMessage").stream().filter(c -> parent.ts().equals(c.param("thread_ts"))).toList();
        assertThat(replies).isNotEmpty();
        assertThat(replies).allSatisfy(r -> assertThat(r.param("reply_broadcast")).isNotEqualTo("true"));
        assertThat(BodyChunks.join(replies.stream().flatMap(r -> plainTexts(r).stream()).toList())).isEqualTo(longBody());

        var update = fake.calls("chat.update").getLast();
        assertThat(update.param("ts")).isEqualTo(parent.ts());
        var link = Pattern.compile("<(https://fake\\.slack\\.test/archives/" + CHANNEL + "/p(\\d+)\\?thread_ts="
                + Pattern.quote(parent.ts()) + "&cid=" + CHANNEL + ")\\|read the full text in the thread>").matcher(update.json("blocks").toString());
        assertThat(link.find()).as("link in %s", update.json("blocks")).isTrue();
        assertThat(link.group(2)).isNotEqualTo(parent.ts().replace(".", ""));
    }

    @Test
    void a_short_body_gets_no_thread_reply() {
        notifier.reviewReady(item("Hi Dana,\n\nShort and to the point.\n\nAri", TouchStatus.PENDING_REVIEW, null));

        assertThat(fake.calls("chat.postMessage")).hasSize(1);
        assertThat(fake.calls("chat.update")).isEmpty();
    }

    @Test
    void a_decided_long_review_still_links_to_its_thread() {
        var parent = notifier.reviewReady(item(longBody(), TouchStatus.PENDING_REVIEW, null)).orElseThrow();
        int posts = fake.calls("chat.postMessage").size();

        notifier.reviewUpdated(item(longBody(), TouchStatus.REJECTED,
                new Decision.Rejected("U0REP", Instant.parse("2026-11-20T15:00:00Z"), dev.gatehouse.engine.gate.RejectReason.BAD_TIMING, null),
                parent));

        var update = fake.calls("chat.update").getLast();
        assertThat(update.json("blocks").toString()).contains("https://fake.slack.test/archives/" + CHANNEL + "/p" + parent.ts().replace(".", "")
                + "?thread_ts=" + parent.ts() + "&cid=" + CHANNEL);
        assertThat(fake.calls("chat.postMessage")).hasSize(posts);
    }
}
