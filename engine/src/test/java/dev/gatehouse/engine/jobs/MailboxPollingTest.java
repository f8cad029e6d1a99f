package dev.gatehouse.engine.jobs;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.engine.delivery.MailConfig;
import dev.gatehouse.engine.delivery.Secret;
import dev.gatehouse.engine.replies.ingest.ImapCadence;
import dev.gatehouse.engine.replies.ingest.ImapPoller;
import dev.gatehouse.engine.replies.ingest.ImapProxy;
import dev.gatehouse.engine.replies.ingest.InboundMessage;
import dev.gatehouse.engine.replies.ingest.MimeParser;
import dev.gatehouse.engine.store.CursorStore;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Real IMAP (GreenMail) and a real PostgreSQL for the cursor: each reply is handed on exactly once. */
class MailboxPollingTest {
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("ari@ledgerline.test", "ari", "imap-secret"));

    private final List<InboundMessage> handed = new CopyOnWriteArrayList<>();

    private MailboxPolling polling() {
        var imap = new MailConfig.Imap("127.0.0.1", MAIL.getImap().getPort(), false, "ari", new Secret("imap-secret"));
        return new MailboxPolling(new ImapPoller(imap, "INBOX", new MimeParser(Clock.systemUTC())),
                TestDatabase.freshStores().cursor(), handed::add);
    }

    @Test
    void new_replies_are_handed_on_once_and_the_cursor_survives_a_new_poller() {
        var first = polling();
        GreenMailUtil.sendTextEmail("ari@ledgerline.test", "dana@northwind.test", "Re: Series B", "Sounds good", MAIL.getSmtp().getServerSetup());
        GreenMailUtil.sendTextEmail("ari@ledgerline.test", "lee@pinewood.test", "Re: Hiring", "Not now", MAIL.getSmtp().getServerSetup());

        var count = first.pollOnce();
        var again = first.pollOnce();
        var restarted = new MailboxPolling(new ImapPoller(new MailConfig.Imap("127.0.0.1", MAIL.getImap().getPort(), false,
                "ari", new Secret("imap-secret")), "INBOX", new MimeParser(Clock.systemUTC())),
                TestDatabase.sharedStores().cursor(), handed::add).pollOnce();

        assertThat(count).isEqualTo(2);
        assertThat(again).isZero();
        assertThat(restarted).isZero();
        assertThat(handed).extracting(InboundMessage::subject).containsExactlyInAnyOrder("Re: Series B", "Re: Hiring");
    }

    @Test
    void the_idle_watch_hands_a_new_reply_on_within_seconds() throws Exception {
        try (var proxy = new ImapProxy(MAIL.getImap().getPort()); var watch = watch(proxy, Duration.ofMinutes(5)).start()) {
            Thread.sleep(1500);
            send("Re: urgent", "Call me");

            awaitHanded(1, Duration.ofSeconds(15));
        }

        assertThat(handed).extracting(InboundMessage::subject).containsExactly("Re: urgent");
    }

    @Test
    void a_burst_of_replies_is_read_at_once_not_at_the_backup_poll() throws Exception {
        try (var proxy = new ImapProxy(MAIL.getImap().getPort()); var watch = watch(proxy, Duration.ofMinutes(5)).start()) {
            Thread.sleep(1500);
            for (int i = 1; i <= 3; i++) {
                send("Re: burst " + i, "Reply " + i);
                Thread.sleep(300);
            }

            awaitHanded(3, Duration.ofSeconds(10));

            assertThat(handed).extracting(InboundMessage::subject).containsExactly("Re: burst 1", "Re: burst 2", "Re: burst 3");
            assertThat(proxy.connections()).isEqualTo(1);
        }
    }

    @Test
    void the_backup_poll_leaves_a_live_idle_alone() throws Exception {
        try (var proxy = new ImapProxy(MAIL.getImap().getPort()); var watch = watch(proxy, Duration.ofMinutes(5)).start()) {
            send("Re: first", "Hello");
            awaitHanded(1, Duration.ofSeconds(15));
            Thread.sleep(500); // the watch is back in IDLE
            int linesBefore = proxy.commandLines();

            int polled = 0;
            for (int i = 0; i < 20; i++) polled += watch.backupPoll(); // the durable job, every few seconds

            assertThat(polled).isZero();
            assertThat(proxy.commandLines()).isEqualTo(linesBefore);
            assertThat(proxy.connections()).isEqualTo(1);
        }
    }

    @Test
    void the_watch_logs_in_again_after_the_connection_drops() throws Exception {
        try (var proxy = new ImapProxy(MAIL.getImap().getPort()); var watch = watch(proxy, Duration.ofSeconds(2)).start()) {
            Thread.sleep(1500);
            proxy.dropAll();
            Thread.sleep(500);
            send("Re: after the drop", "Still there?");

            awaitHanded(1, Duration.ofSeconds(20));
        }

        assertThat(handed).extracting(InboundMessage::subject).containsExactly("Re: after the drop");
    }

    private MailboxWatch watch(ImapProxy proxy, Duration backupPoll) {
        var imap = new MailConfig.Imap("127.0.0.1", proxy.port(), false, "ari", new Secret("imap-secret"));
        var poller = new ImapPoller(imap, "INBOX", new MimeParser(Clock.systemUTC()));
        var polling = new MailboxPolling(poller, TestDatabase.freshStores().cursor(), handed::add);
        return new MailboxWatch(poller, polling, new ImapCadence(backupPoll, Duration.ofSeconds(15)));
    }

    private static void send(String subject, String body) {
        GreenMailUtil.sendTextEmail("ari@ledgerline.test", "dana@northwind.test", subject, body, MAIL.getSmtp().getServerSetup());
    }

    private void awaitHanded(int count, Duration max) throws InterruptedException {
        var deadline = System.nanoTime() + max.toNanos();
        while (handed.size() < count && System.nanoTime() < deadline) Thread.sleep(20);
    }
}
