package dev.gatehouse.engine.jobs;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.engine.delivery.MailConfig;
import dev.gatehouse.engine.delivery.Secret;
import dev.gatehouse.engine.replies.ingest.ImapPoller;
import dev.gatehouse.engine.replies.ingest.InboundMessage;
import dev.gatehouse.engine.replies.ingest.MimeParser;
import dev.gatehouse.engine.store.CursorStore;
import dev.gatehouse.engine.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Real IMAP (GreenMail) and a real PostgreSQL for the cursor: each reply is handed on exactly once. */
class MailboxPollingTest {
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("ari@ledgerline.test", "ari", "imap-secret"));

    private final List<InboundMessage> handed = new ArrayList<>();

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
        var imap = new MailConfig.Imap("127.0.0.1", MAIL.getImap().getPort(), false, "ari", new Secret("imap-secret"));
        var poller = new ImapPoller(imap, "INBOX", new MimeParser(Clock.systemUTC()));
        var polling = new MailboxPolling(poller, TestDatabase.freshStores().cursor(), handed::add);
        try (var watch = new MailboxWatch(poller, polling, java.time.Duration.ofMinutes(5)).start()) {
            Thread.sleep(1500);
            GreenMailUtil.sendTextEmail("ari@ledgerline.test", "dana@northwind.test", "Re: urgent", "Call me",
                    MAIL.getSmtp().getServerSetup());

            var deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
            while (handed.isEmpty() && System.nanoTime() < deadline) Thread.sleep(50);
        }

        assertThat(handed).extracting(InboundMessage::subject).containsExactly("Re: urgent");
    }
}
