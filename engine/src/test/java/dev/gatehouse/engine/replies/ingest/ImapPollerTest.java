package dev.gatehouse.engine.replies.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.engine.delivery.MailConfig;
import dev.gatehouse.engine.delivery.Secret;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

class ImapPollerTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(
            ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("ana@gatehouse.test", "ana", "imap-secret"));

    private static ImapPoller poller() {
        return poller(GREEN_MAIL.getImap().getPort());
    }

    private static ImapPoller poller(int port) {
        MailConfig.Imap imap = new MailConfig.Imap("127.0.0.1", port, false, "ana", new Secret("imap-secret"));
        return new ImapPoller(imap, "INBOX", new MimeParser(Clock.systemUTC()));
    }

    private static void deliver(String messageId, String body) throws Exception {
        TestMail.deliver(GREEN_MAIL.getSmtp().getPort(), """
                From: Mara Lind <mara@prospect.test>
                To: Ana Ruiz <ana@gatehouse.test>
                Subject: Re: Onboarding question
                Message-ID: %s
                In-Reply-To: <touch-77.abcdef0123@gatehouse.test>
                Date: Tue, 03 Mar 2026 10:00:00 +0100
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                %s
                """.formatted(messageId, body), "ana@gatehouse.test");
    }

    /** What the rep's own mail client does: opens the inbox and flags every message read or unread. */
    private static void markAll(boolean seen) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", GREEN_MAIL.getImap().getPort(), "ana", "imap-secret");
        try (store; Folder inbox = store.getFolder("INBOX")) {
            inbox.open(Folder.READ_WRITE);
            inbox.setFlags(1, inbox.getMessageCount(), new Flags(Flags.Flag.SEEN), seen);
        }
    }

    /** The \Seen flag of each message in the inbox, as the rep's mail client would show it. */
    private static List<Boolean> seenFlags() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", GREEN_MAIL.getImap().getPort(), "ana", "imap-secret");
        try (store; Folder inbox = store.getFolder("INBOX")) {
            inbox.open(Folder.READ_ONLY);
            List<Boolean> flags = new ArrayList<>();
            for (Message m : inbox.getMessages()) flags.add(m.isSet(Flags.Flag.SEEN));
            return flags;
        }
    }

    @Test
    void poll_reads_a_new_reply() throws Exception {
        deliver("<reply-1@prospect.test>", "Tuesday works for me.");

        PollResult result = poller().poll(ImapCursor.START);

        assertThat(result.messages()).singleElement().satisfies(m -> {
            assertThat(m.messageId()).isEqualTo("<reply-1@prospect.test>");
            assertThat(m.inReplyTo()).isEqualTo("<touch-77.abcdef0123@gatehouse.test>");
            assertThat(m.from()).isEqualTo("mara@prospect.test");
            assertThat(m.text()).isEqualTo("Tuesday works for me.");
            assertThat(m.receivedAt()).isAfter(Instant.parse("2026-01-01T00:00:00Z"));
        });
    }

    @Test
    void second_poll_returns_nothing() throws Exception {
        deliver("<reply-1@prospect.test>", "Tuesday works for me.");
        ImapPoller poller = poller();
        PollResult first = poller.poll(ImapCursor.START);

        PollResult second = poller.poll(first.cursor());

        assertThat(second.messages()).isEmpty();
    }

    @Test
    void reading_replies_leaves_them_unread_in_the_reps_mailbox() throws Exception {
        deliver("<reply-1@prospect.test>", "Tuesday works for me.");
        deliver("<reply-2@prospect.test>", "Please call me instead.");

        try (ImapPoller poller = poller()) {
            ImapCursor cursor = poller.poll(ImapCursor.START).cursor();
            deliver("<reply-3@prospect.test>", "One more thing.");
            assertThat(poller.poll(cursor).messages()).hasSize(1);
        }

        assertThat(seenFlags()).containsExactly(false, false, false);
    }

    @Test
    void many_polls_log_in_once() throws Exception {
        try (ImapProxy proxy = new ImapProxy(GREEN_MAIL.getImap().getPort()); ImapPoller poller = poller(proxy.port())) {
            ImapCursor cursor = ImapCursor.START;
            int read = 0;
            for (int i = 0; i < 6; i++) {
                deliver("<burst-" + i + "@prospect.test>", "Reply " + i);
                PollResult result = poller.poll(cursor);
                read += result.messages().size();
                cursor = result.cursor();
            }

            assertThat(read).isEqualTo(6);
            assertThat(proxy.connections()).isEqualTo(1);
        }
    }

    @Test
    void a_dropped_connection_is_opened_again_by_the_next_poll() throws Exception {
        try (ImapProxy proxy = new ImapProxy(GREEN_MAIL.getImap().getPort()); ImapPoller poller = poller(proxy.port())) {
            ImapCursor cursor = poller.poll(ImapCursor.START).cursor();
            proxy.dropAll();
            deliver("<after-drop@prospect.test>", "Still there?");

            PollResult result = poller.poll(cursor);

            assertThat(result.messages()).extracting(InboundMessage::messageId).containsExactly("<after-drop@prospect.test>");
            assertThat(proxy.connections()).isEqualTo(2);
        }
    }

    @Test
    void restart_with_saved_cursor_skips_messages_marked_unread_again() throws Exception {
        deliver("<reply-1@prospect.test>", "Tuesday works for me.");
        ImapCursor saved = poller().poll(ImapCursor.START).cursor();
        markAll(false);

        assertThat(poller().poll(saved).messages()).isEmpty();
    }

    @Test
    void cursor_catches_a_reply_a_person_already_opened() throws Exception {
        ImapCursor saved = poller().poll(ImapCursor.START).cursor();
        deliver("<reply-2@prospect.test>", "Please call me instead.");
        markAll(true); // the rep reads it in their mail client first

        PollResult result = poller().poll(saved);

        assertThat(result.messages()).extracting(InboundMessage::messageId).containsExactly("<reply-2@prospect.test>");
    }

    @Test
    void new_replies_after_the_cursor_arrive_in_order() throws Exception {
        ImapPoller poller = poller();
        ImapCursor cursor = poller.poll(ImapCursor.START).cursor();
        deliver("<reply-3@prospect.test>", "First.");
        deliver("<reply-4@prospect.test>", "Second.");

        PollResult result = poller.poll(cursor);

        assertThat(result.messages()).extracting(InboundMessage::text).containsExactly("First.", "Second.");
        assertThat(result.cursor().lastUid()).isGreaterThan(cursor.lastUid());
    }

    @Test
    @Timeout(60)
    void await_returns_early_when_mail_arrives() throws Exception {
        Thread sender = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(1500);
                deliver("<reply-5@prospect.test>", "Ping.");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long start = System.nanoTime();

        poller().awaitNewMail(Duration.ofSeconds(20));

        sender.join();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    @Timeout(60)
    void await_gives_up_at_its_deadline() throws Exception {
        long start = System.nanoTime();

        poller().awaitNewMail(Duration.ofMillis(800));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(700), Duration.ofSeconds(8));
    }
}
