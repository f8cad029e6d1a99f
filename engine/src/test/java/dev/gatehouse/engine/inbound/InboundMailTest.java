package dev.gatehouse.engine.inbound;

import dev.gatehouse.engine.sequence.FollowUpStatus;
import dev.gatehouse.engine.sequence.StopReason;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.engine.briefs.SourceRef;
import dev.gatehouse.engine.delivery.EmailAddress;
import dev.gatehouse.engine.delivery.Footer;
import dev.gatehouse.engine.delivery.MailConfig;
import dev.gatehouse.engine.sending.OutboxDispatch;
import dev.gatehouse.engine.delivery.Secret;
import dev.gatehouse.engine.delivery.SmtpMailer;
import dev.gatehouse.engine.delivery.SmtpTransport;
import dev.gatehouse.engine.delivery.UnsubscribeLinks;
import dev.gatehouse.engine.delivery.UnsubscribeTokens;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.writing.TouchKind;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.replies.ReplyLabel;
import dev.gatehouse.engine.replies.ingest.ImapCursor;
import dev.gatehouse.engine.replies.ingest.ImapPoller;
import dev.gatehouse.engine.replies.ingest.MimeParser;
import dev.gatehouse.engine.store.FollowUpStore;
import dev.gatehouse.engine.store.MeetingStore;
import dev.gatehouse.engine.store.ReplyStore;
import dev.gatehouse.engine.store.TouchStore;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.writing.Draft;
import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The reply side over real protocols: our mail goes out by SMTP, answers come back over IMAP. */
class InboundMailTest {
    private static final Footer FOOTER = new Footer(Footer.DEFAULT_TEMPLATE, "Gatehouse Ltd, 1 Test Street, Bristol BS1 1AA, UK");
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private InboundWorld world;
    private OutboxDispatch dispatch;
    private ImapPoller poller;
    private String firstMessageId;

    @BeforeEach
    void setUp() {
        GREEN_MAIL.setUser("ari@gatehouse.example", "ari@gatehouse.example", "imap-secret");
        world = new InboundWorld(SharedTriage.offline());
        var mailer = new SmtpMailer(new MailConfig.Smtp("127.0.0.1", GREEN_MAIL.getSmtp().getPort(), false, null, null,
                "gatehouse.example"), world.clock);
        var links = new UnsubscribeLinks(URI.create("https://gatehouse.example"), EmailAddress.of("ari@gatehouse.example"),
                new UnsubscribeTokens(new Secret("unsubscribe-signing-key-for-tests"), world.clock));
        dispatch = new OutboxDispatch(world.stores, new SmtpTransport(mailer, links, FOOTER), ReviewNotifier.NONE,
                world.clock, (id, at) -> {
                });
        poller = new ImapPoller(new MailConfig.Imap("127.0.0.1", GREEN_MAIL.getImap().getPort(), false,
                "ari@gatehouse.example", new Secret("imap-secret")), "INBOX", new MimeParser(world.clock));
        firstMessageId = world.sendFirstTouch(dispatch);
    }

    private void deliver(String raw) throws Exception {
        var props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(GREEN_MAIL.getSmtp().getPort()));
        var session = Session.getInstance(props);
        var message = new MimeMessage(session, new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        try (var transport = session.getTransport("smtp")) {
            transport.connect();
            // sendMessage, not Transport.send: saving changes would replace the Message-ID
            transport.sendMessage(message, new Address[]{new InternetAddress("ari@gatehouse.example")});
        }
    }

    private List<InboundProcessor.Outcome> pollAndProcess() throws Exception {
        var outcomes = new ArrayList<InboundProcessor.Outcome>();
        for (var message : poller.poll(ImapCursor.START).messages()) outcomes.add(world.processor.process(message));
        return outcomes;
    }

    private String replyFromDana(String id, String subject, String text) {
        return """
                From: Dana Keller <dana@northwind.example>
                To: ari@gatehouse.example
                Subject: %s
                Message-ID: <%s@northwind.example>
                In-Reply-To: %s
                References: %s
                Date: Mon, 16 Nov 2026 10:00:00 +0000
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                %s
                """.formatted(subject, id, firstMessageId, firstMessageId, text);
    }

    @Test
    void unsubscribe_reply_suppresses_at_once_and_a_later_send_is_suppressed_at_send_time() throws Exception {
        deliver(replyFromDana("unsub-1", "Re: Northwind's Series B", "Please remove me from your list and stop emailing me."));

        pollAndProcess();

        assertThat(world.stores.suppressions().isSuppressed("dana@northwind.example")).isTrue();
        assertThat(world.notices).singleElement().satisfies(n -> assertThat(n.label()).isEqualTo(ReplyLabel.UNSUBSCRIBE));
        assertThat(world.stores.audit().forSubject("email", "dana@northwind.example"))
                .extracting(e -> e.action()).contains("suppression.add");

        // a touch approved before anyone noticed is still stopped when it is due to go out
        var later = world.stores.touches().create(new TouchStore.NewTouch(world.seeded.accountId(),
                world.seeded.contactId(), TouchKind.FIRST_EMAIL, 0, null,
                new Draft("One more idea", "Hi Dana,\n\nOne more thought.\n\nAri", List.of(), "offline", null),
                new Verification.Passed(), TouchStatus.PENDING_REVIEW));
        world.review.approve(later, "U0REP");
        var result = dispatch.dispatch(world.stores.outbox().forTouch(later).orElseThrow().id());

        assertThat(result).isEqualTo(OutboxDispatch.Result.SUPPRESSED);
        assertThat(GREEN_MAIL.getReceivedMessagesForDomain("northwind.example")).hasSize(1);
    }

    @Test
    void dsn_bounce_marks_the_address_and_stops_the_sequence() throws Exception {
        deliver("""
                From: Mail Delivery System <mailer-daemon@mx.northwind.example>
                To: ari@gatehouse.example
                Subject: Undelivered Mail Returned to Sender
                Message-ID: <dsn-1@mx.northwind.example>
                Date: Mon, 16 Nov 2026 09:05:00 +0000
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"

                --dsn
                Content-Type: text/plain; charset=UTF-8

                Your message could not be delivered to dana@northwind.example: the mailbox does not exist.
                --dsn
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.northwind.example

                Final-Recipient: rfc822; dana@northwind.example
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 user unknown
                --dsn
                Content-Type: text/rfc822-headers

                Message-ID: %s
                Subject: Northwind's Series B
                --dsn--
                """.formatted(firstMessageId));

        pollAndProcess();

        var reply = world.stores.replies().forThread(world.seeded.touchId());
        assertThat(reply).singleElement().satisfies(r -> assertThat(r.label()).isEqualTo(ReplyLabel.BOUNCE));
        assertThat(world.stores.suppressions().isSuppressed("dana@northwind.example")).isTrue();
        assertThat(world.stores.followUps().stopReason(world.seeded.touchId())).contains(StopReason.BOUNCE);
        assertThat(world.stores.followUps().forThread(world.seeded.touchId()))
                .extracting(FollowUpStore.Planned::status).containsOnly(FollowUpStatus.CANCELLED);
    }

    @Test
    void the_same_message_delivered_twice_is_handled_once() throws Exception {
        var raw = replyFromDana("dup-1", "Re: Northwind's Series B", "Not a priority this quarter, sorry.");
        deliver(raw);
        deliver(raw);

        var outcomes = pollAndProcess();

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(1)).isInstanceOf(InboundProcessor.Outcome.Duplicate.class);
        assertThat(world.stores.replies().count()).isEqualTo(1);
    }

    @Test
    void the_watcher_handles_each_new_message_once() throws Exception {
        var watcher = new dev.gatehouse.engine.jobs.MailboxPolling(poller,
                world.stores.cursor(), world.processor::process);
        deliver(replyFromDana("w-1", "Re: Northwind's Series B", "Thanks, not a priority this quarter."));

        var first = watcher.pollOnce();
        var second = watcher.pollOnce();

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
    }

    @Test
    void follow_up_goes_out_in_the_thread_with_in_reply_to() throws Exception {
        world.clock.advance(Duration.ofDays(3));
        var drafted = (dev.gatehouse.engine.followups.FollowUps.Outcome.Drafted) world.followUps.draftDue(world.seeded.touchId(), 1);
        world.stores.touches().transition(drafted.touchId(), TouchStatus.BLOCKED, TouchStatus.PENDING_REVIEW, null);
        world.review.approve(drafted.touchId(), "U0REP");

        dispatch.dispatch(world.stores.outbox().forTouch(drafted.touchId()).orElseThrow().id());

        var received = GREEN_MAIL.getReceivedMessagesForDomain("northwind.example");
        assertThat(received).hasSize(2);
        assertThat(received[1].getHeader("In-Reply-To", null)).isEqualTo(firstMessageId);
        assertThat(received[1].getSubject()).isEqualTo("Re: Northwind's Series B");
    }

    @Test
    void calendar_invite_books_a_meeting_whose_brief_cites_stored_rows_only() throws Exception {
        deliver("""
                From: Dana Keller <dana@northwind.example>
                To: ari@gatehouse.example
                Subject: Invitation: Ledgerline intro
                Message-ID: <invite-1@northwind.example>
                In-Reply-To: %s
                Date: Mon, 16 Nov 2026 11:00:00 +0000
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="inv"

                --inv
                Content-Type: text/plain; charset=UTF-8

                I sent you an invite for Tuesday. Our month-end close takes far too long and is mostly manual work. Can you show how the reconciliation works?
                --inv
                Content-Type: text/calendar; charset=UTF-8; method=REQUEST

                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Northwind//Calendar//EN
                METHOD:REQUEST
                BEGIN:VEVENT
                UID:ledgerline-intro-7781@northwind.example
                DTSTART:20261124T100000Z
                DTEND:20261124T103000Z
                ORGANIZER:mailto:dana@northwind.example
                SUMMARY:Ledgerline intro
                END:VEVENT
                END:VCALENDAR
                --inv--
                """.formatted(firstMessageId));

        pollAndProcess();

        assertThat(world.booked).hasSize(1);
        var meeting = world.stores.meetings().find(world.booked.getFirst()).orElseThrow();
        assertThat(meeting.startsAt()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
        assertThat(meeting.source()).isEqualTo("calendar");
        var brief = world.briefs.getFirst();
        assertThat(brief.statements()).isNotEmpty().allSatisfy(s -> assertThat(s.sources()).allSatisfy(this::exists));
        assertThat(brief.pains()).anySatisfy(s -> assertThat(s.text()).contains("mostly manual work"));
        assertThat(brief.openQuestions()).anySatisfy(s -> assertThat(s.text()).contains("reconciliation"));
    }

    private void exists(SourceRef ref) {
        var s = world.stores;
        boolean found = switch (ref.type()) {
            case "account" -> s.accounts().account(ref.id()).isPresent();
            case "contact" -> s.accounts().contact(ref.id()).isPresent();
            case "score" -> s.scores().find(ref.id()).isPresent();
            case "signal" -> s.signals().byId(ref.id()).isPresent();
            case "touch" -> s.touches().find(ref.id()).isPresent();
            case "reply" -> s.replies().find(ref.id()).isPresent();
            case "offer" -> s.playbook().currentOffer().map(o -> o.version() == ref.id()).orElse(false);
            default -> false;
        };
        assertThat(found).as("source %s exists", ref).isTrue();
    }
}
