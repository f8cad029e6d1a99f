package dev.gatehouse.engine.replies.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MimeParserTest {
    private static final Instant NOW = Instant.parse("2026-03-03T12:00:00Z");
    private final MimeParser parser = new MimeParser(Clock.fixed(NOW, ZoneOffset.UTC));

    private InboundMessage parse(String extraHeaders, String contentType, String body) throws Exception {
        return parser.parse(TestMail.parse("""
                From: Mara Lind <mara@prospect.test>
                To: ana@gatehouse.test
                Subject: Re: Onboarding question
                Message-ID: <reply-9@prospect.test>
                References: <touch-60.aaaaaaaaaa@gatehouse.test>
                 <touch-77.bbbbbbbbbb@gatehouse.test>
                Date: Tue, 03 Mar 2026 10:00:00 +0100
                %sMIME-Version: 1.0
                Content-Type: %s

                %s""".formatted(extraHeaders, contentType, body)));
    }

    private InboundMessage plain(String extraHeaders, String body) throws Exception {
        return parse(extraHeaders, "text/plain; charset=UTF-8", body);
    }

    @Test
    void plain_reply_keeps_ids_sender_and_date() throws Exception {
        InboundMessage m = plain("", "Yes, let's talk.");

        assertThat(m.messageId()).isEqualTo("<reply-9@prospect.test>");
        assertThat(m.references()).containsExactly("<touch-60.aaaaaaaaaa@gatehouse.test>", "<touch-77.bbbbbbbbbb@gatehouse.test>");
        assertThat(m.from()).isEqualTo("mara@prospect.test");
        assertThat(m.to()).containsExactly("ana@gatehouse.test");
        assertThat(m.receivedAt()).isEqualTo(Instant.parse("2026-03-03T09:00:00Z"));
        assertThat(m.bounce()).isEmpty();
        assertThat(m.autoReply()).isFalse();
    }

    @Test
    void quoted_history_is_kept_apart_from_the_new_text() throws Exception {
        InboundMessage m = plain("", """
                Tuesday 3pm works.

                On Mon, 2 Mar 2026 at 09:15, Ana Ruiz <ana@gatehouse.test>
                wrote:
                > Would Tuesday suit you?
                """);

        assertThat(m.text()).isEqualTo("Tuesday 3pm works.");
        assertThat(m.fullText()).contains("> Would Tuesday suit you?");
    }

    @Test
    void auto_submitted_marks_an_auto_reply() throws Exception {
        assertThat(plain("Auto-Submitted: auto-replied\n", "I am out of office until Monday.").autoReply()).isTrue();
    }

    @Test
    void auto_submitted_no_is_a_person() throws Exception {
        assertThat(plain("Auto-Submitted: no\n", "Hi").autoReply()).isFalse();
    }

    @Test
    void x_autoreply_marks_an_auto_reply() throws Exception {
        assertThat(plain("X-Autoreply: yes\n", "Away").autoReply()).isTrue();
    }

    @Test
    void precedence_auto_reply_marks_an_auto_reply() throws Exception {
        assertThat(plain("Precedence: auto_reply\n", "Away").autoReply()).isTrue();
    }

    @Test
    void exchange_suppress_header_marks_an_auto_reply() throws Exception {
        assertThat(plain("X-Auto-Response-Suppress: All\n", "Away").autoReply()).isTrue();
    }

    @Test
    void html_only_reply_becomes_text_without_the_blockquote() throws Exception {
        InboundMessage m = parse("", "text/html; charset=UTF-8",
                "<html><body><p>Gern, Dienstag passt.</p><blockquote>Old <b>message</b></blockquote></body></html>");

        assertThat(m.text()).isEqualTo("Gern, Dienstag passt.");
    }

    @Test
    void mailer_daemon_without_report_still_counts_as_bounce() throws Exception {
        InboundMessage m = parser.parse(TestMail.parse("""
                From: MAILER-DAEMON@mx.gatehouse.test
                To: ana@gatehouse.test
                Subject: failure notice
                X-Failed-Recipients: gone@prospect.test
                Content-Type: text/plain

                Delivery failed: 550 5.1.1 mailbox unavailable
                """));

        assertThat(m.bounce()).hasValueSatisfying(b -> {
            assertThat(b.failedRecipient()).isEqualTo("gone@prospect.test");
            assertThat(b.status()).isEqualTo("5.1.1");
        });
    }

    @Test
    void message_without_dates_uses_the_clock() throws Exception {
        InboundMessage m = parser.parse(TestMail.parse("From: a@prospect.test\nSubject: x\n\nhi\n"));

        assertThat(m.receivedAt()).isEqualTo(NOW);
    }
}
