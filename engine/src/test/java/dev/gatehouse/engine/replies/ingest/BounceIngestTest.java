package dev.gatehouse.engine.replies.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.engine.delivery.MailConfig;
import dev.gatehouse.engine.delivery.Secret;
import java.time.Clock;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real RFC 3464 report, delivered over SMTP and read back over IMAP. */
class BounceIngestTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(
            ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("ana@gatehouse.test", "ana", "imap-secret"));

    static final String DSN = """
            From: Mail Delivery System <MAILER-DAEMON@mx.gatehouse.test>
            To: ana@gatehouse.test
            Subject: Undelivered Mail Returned to Sender
            Message-ID: <dsn-1@mx.gatehouse.test>
            Date: Tue, 03 Mar 2026 10:05:00 +0000
            Auto-Submitted: auto-replied
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status;
             boundary="dsn-boundary-1"

            --dsn-boundary-1
            Content-Type: text/plain; charset=us-ascii

            This is the mail system at host mx.gatehouse.test.
            Your message could not be delivered to one or more recipients.

            <nobody@prospect.test>: host mx.prospect.test said: 550 5.1.1 User unknown

            --dsn-boundary-1
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.gatehouse.test
            Arrival-Date: Tue, 3 Mar 2026 10:04:58 +0000

            Final-Recipient: rfc822; nobody@prospect.test
            Original-Recipient: rfc822;nobody@prospect.test
            Action: failed
            Status: 5.1.1
            Remote-MTA: dns; mx.prospect.test
            Diagnostic-Code: smtp; 550 5.1.1 <nobody@prospect.test>: Recipient address
             rejected: User unknown

            --dsn-boundary-1
            Content-Type: message/rfc822

            From: Ana Ruiz <ana@gatehouse.test>
            To: nobody@prospect.test
            Subject: Onboarding question
            Message-ID: <touch-90.abcdef0123@gatehouse.test>

            Hello there.

            --dsn-boundary-1--
            """;

    private static InboundMessage deliverAndPoll() throws Exception {
        TestMail.deliver(GREEN_MAIL.getSmtp().getPort(), DSN, "ana@gatehouse.test");
        MailConfig.Imap imap = new MailConfig.Imap("127.0.0.1", GREEN_MAIL.getImap().getPort(), false, "ana",
                new Secret("imap-secret"));
        PollResult result = new ImapPoller(imap, "INBOX", new MimeParser(Clock.systemUTC())).poll(ImapCursor.START);
        assertThat(result.messages()).hasSize(1);
        return result.messages().getFirst();
    }

    @Test
    void dsn_yields_failed_recipient_and_status() throws Exception {
        Bounce bounce = deliverAndPoll().bounce().orElseThrow();

        assertThat(bounce.failedRecipient()).isEqualTo("nobody@prospect.test");
        assertThat(bounce.status()).isEqualTo("5.1.1");
        assertThat(bounce.action()).isEqualTo("failed");
        assertThat(bounce.isHard()).isTrue();
    }

    @Test
    void dsn_names_the_original_message_for_threading() throws Exception {
        InboundMessage message = deliverAndPoll();

        assertThat(message.bounce().orElseThrow().originalMessageId()).isEqualTo("<touch-90.abcdef0123@gatehouse.test>");
        assertThat(ThreadMatcher.match(message, id -> id.equals("<touch-90.abcdef0123@gatehouse.test>")
                ? OptionalLong.of(90) : OptionalLong.empty()))
                .hasValueSatisfying(m -> assertThat(m.touchId()).isEqualTo(90));
    }

    @Test
    void dsn_diagnostic_is_unfolded() throws Exception {
        assertThat(deliverAndPoll().bounce().orElseThrow().diagnosticCode())
                .isEqualTo("smtp; 550 5.1.1 <nobody@prospect.test>: Recipient address rejected: User unknown");
    }
}
