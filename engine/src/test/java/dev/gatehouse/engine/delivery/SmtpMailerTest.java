package dev.gatehouse.engine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpMailerTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("ana@gatehouse.test", "ana", "smtp-secret"));

    private static final Instant NOW = Instant.parse("2026-03-03T09:15:00Z");
    private static final String MESSAGE_ID = MessageIds.random("gatehouse.test");
    private static final String SUBJECT = "Grüße aus München – 20 % schneller?";
    private static final String BODY = "Hallo Jörg,\n\nkurze Frage zu Ihrem Onboarding — passt Dienstag? ✅\n\nAna";

    private static SmtpMailer mailer(int port) {
        return new SmtpMailer(new MailConfig.Smtp("127.0.0.1", port, false, null, null, "mail.gatehouse.test"),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static OutgoingEmail email() {
        return new OutgoingEmail(MESSAGE_ID,
                new EmailAddress("ana@gatehouse.test", "Ana Ruiz"), new EmailAddress("joerg@prospect.test", "Jörg Weiß"),
                SUBJECT, BODY, "<touch-70.aaaaaaaaaa@gatehouse.test>",
                List.of("<touch-60.bbbbbbbbbb@gatehouse.test>", "<touch-70.aaaaaaaaaa@gatehouse.test>"),
                URI.create("https://gatehouse.test/u/tok123"),
                URI.create("mailto:ana@gatehouse.test?subject=unsubscribe-tok123"));
    }

    private static MimeMessage sendAndReceive() {
        SendOutcome outcome = mailer(GREEN_MAIL.getSmtp().getPort()).send(email());
        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    @Test
    void received_message_keeps_the_fixed_message_id() throws Exception {
        MimeMessage received = sendAndReceive();

        assertThat(received.getMessageID()).isEqualTo(MESSAGE_ID);
    }

    @Test
    void threading_headers_reach_the_recipient() throws Exception {
        MimeMessage received = sendAndReceive();

        assertThat(received.getHeader("In-Reply-To", null)).isEqualTo("<touch-70.aaaaaaaaaa@gatehouse.test>");
        assertThat(MessageIds.parseList(received.getHeader("References", " ")))
                .containsExactly("<touch-60.bbbbbbbbbb@gatehouse.test>", "<touch-70.aaaaaaaaaa@gatehouse.test>");
    }

    @Test
    void list_unsubscribe_carries_mailto_and_https_with_one_click_post() throws Exception {
        MimeMessage received = sendAndReceive();

        assertThat(received.getHeader("List-Unsubscribe", null).replaceAll("\\s+", " "))
                .isEqualTo("<mailto:ana@gatehouse.test?subject=unsubscribe-tok123>, <https://gatehouse.test/u/tok123>");
        assertThat(received.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void utf8_subject_body_and_names_survive_the_trip() throws Exception {
        MimeMessage received = sendAndReceive();

        assertThat(received.getSubject()).isEqualTo(SUBJECT);
        assertThat(received.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(((String) received.getContent()).replace("\r\n", "\n")).isEqualTo(BODY);
        assertThat(((InternetAddress) received.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("Jörg Weiß");
    }

    @Test
    void ehlo_names_the_configured_domain_not_the_machine() throws Exception {
        MimeMessage received = sendAndReceive();

        assertThat(received.getHeader("Received")).anySatisfy(h -> assertThat(h).contains("(HELO mail.gatehouse.test)"));
    }

    @Test
    void date_header_is_the_send_time() throws Exception {
        MimeMessage received = sendAndReceive();

        assertThat(received.getSentDate().toInstant()).isEqualTo(NOW);
    }

    @Test
    void reply_without_prior_references_still_references_its_parent() throws Exception {
        OutgoingEmail base = email();
        OutgoingEmail reply = new OutgoingEmail(base.messageId(), base.from(), base.to(), "Re: hi", "ok",
                "<their-1@prospect.test>", List.of(), base.unsubscribeUrl(), base.unsubscribeMailto());

        MimeMessage mime = mailer(25).toMime(reply, NOW);

        assertThat(mime.getHeader("References", null)).isEqualTo("<their-1@prospect.test>");
    }

    @Test
    void unreachable_server_is_a_temporary_failure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThat(mailer(closedPort).send(email())).isInstanceOf(SendOutcome.TemporaryFailure.class);
    }

    @Test
    void authenticated_send_is_delivered() {
        SmtpMailer mailer = new SmtpMailer(new MailConfig.Smtp("127.0.0.1", GREEN_MAIL.getSmtp().getPort(), false,
                "ana", new Secret("smtp-secret"), "mail.gatehouse.test"), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(mailer.send(email())).isInstanceOf(SendOutcome.Sent.class);
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
    }

    @Test
    void wrong_password_fails_without_revealing_it() {
        SmtpMailer mailer = new SmtpMailer(new MailConfig.Smtp("127.0.0.1", GREEN_MAIL.getSmtp().getPort(), false,
                "ana", new Secret("not-the-password"), "mail.gatehouse.test"), Clock.fixed(NOW, ZoneOffset.UTC));

        SendOutcome outcome = mailer.send(email());

        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.TemporaryFailure.class,
                failure -> assertThat(failure.reason()).contains("authentication").doesNotContain("not-the-password"));
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }
}
