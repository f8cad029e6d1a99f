package dev.gatehouse.engine.doctor;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.engine.delivery.MailConfig;
import dev.gatehouse.engine.delivery.Secret;
import jakarta.mail.Flags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

/** The SMTP and IMAP parts of doctor against real servers (GreenMail): log in, look, send nothing, change nothing. */
class MailServerChecksTest {
    private static final String USER = "ari@ledgerline.example";
    private static final String PASSWORD = "mailbox-password-1";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, USER, PASSWORD));

    private static MailConfig.Smtp smtp(int port, boolean startTls, String password) {
        return new MailConfig.Smtp("127.0.0.1", port, startTls, USER, new Secret(password), "gatehouse.example");
    }

    private static MailConfig.Imap imap(int port, boolean ssl, String password) {
        return new MailConfig.Imap("127.0.0.1", port, ssl, USER, new Secret(password));
    }

    private static int closedPort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void smtp_that_accepts_the_login_passes_and_no_mail_is_sent() {
        var check = SmtpCheck.check(smtp(MAIL.getSmtp().getPort(), false, PASSWORD));

        // WARN only where this machine's own name is not a full domain name (the EHLO advice)
        assertThat(check.status()).isNotEqualTo(Check.Status.FAIL);
        assertThat(check.detail()).contains("127.0.0.1:" + MAIL.getSmtp().getPort(), "EHLO");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void smtp_that_refuses_the_login_fails_naming_the_credentials() {
        var check = SmtpCheck.check(smtp(MAIL.getSmtp().getPort(), false, "wrong-password"));

        assertThat(check.status()).isEqualTo(Check.Status.FAIL);
        assertThat(check.detail()).contains("refused the login", "check SMTP_USERNAME and SMTP_PASSWORD");
    }

    @Test
    void smtp_without_starttls_fails_when_starttls_is_required() {
        var check = SmtpCheck.check(smtp(MAIL.getSmtp().getPort(), true, PASSWORD));

        assertThat(check.status()).isEqualTo(Check.Status.FAIL);
        assertThat(check.detail()).contains("does not offer STARTTLS", "SMTP_STARTTLS=false");
    }

    @Test
    void smtp_that_does_not_listen_fails_naming_host_and_port() throws Exception {
        var check = SmtpCheck.check(smtp(closedPort(), false, PASSWORD));

        assertThat(check.status()).isEqualTo(Check.Status.FAIL);
        assertThat(check.detail()).startsWith("cannot connect to 127.0.0.1:").contains("check SMTP_HOST and SMTP_PORT");
    }

    @Test
    void a_greeting_that_is_not_a_full_domain_name_is_not_qualified() {
        assertThat(SmtpCheck.qualified("localhost")).isFalse();
        assertThat(SmtpCheck.qualified("vm")).isFalse();
        assertThat(SmtpCheck.qualified("localhost.localdomain")).isFalse();
        assertThat(SmtpCheck.qualified("mail.ledgerline.example")).isTrue();
        assertThat(SmtpCheck.qualified("[192.0.2.1]")).isTrue();
    }

    @Test
    void imap_logs_in_and_opens_the_inbox_without_marking_anything_seen() throws Exception {
        GreenMailUtil.sendTextEmail(USER, "dana@northwind.example", "Re: month-end", "Sounds good", MAIL.getSmtp().getServerSetup());
        assertThat(MAIL.waitForIncomingEmail(5_000, 1)).isTrue();

        var check = ImapCheck.check(imap(MAIL.getImap().getPort(), false, PASSWORD));

        assertThat(check.status()).isEqualTo(Check.Status.OK);
        assertThat(check.detail()).contains("logged in as " + USER, "INBOX opened read-only (1 messages)");
        var stored = MAIL.getManagers().getImapHostManager().getInbox(MAIL.getManagers().getUserManager().getUser(USER))
                .getMessages().getFirst();
        assertThat(stored.getFlags().contains(Flags.Flag.SEEN)).isFalse();
    }

    @Test
    void imap_that_refuses_the_login_fails_naming_the_credentials() {
        var check = ImapCheck.check(imap(MAIL.getImap().getPort(), false, "wrong-password"));

        assertThat(check.status()).isEqualTo(Check.Status.FAIL);
        assertThat(check.detail()).contains("refused the login", "check IMAP_USERNAME and IMAP_PASSWORD");
    }

    @Test
    void imap_over_tls_to_a_plain_port_fails_asking_whether_it_is_a_tls_port() {
        var check = ImapCheck.check(imap(MAIL.getImap().getPort(), true, PASSWORD));

        assertThat(check.status()).isEqualTo(Check.Status.FAIL);
        assertThat(check.detail()).contains("TLS with 127.0.0.1:", "is this a TLS port (993 with IMAP_SSL=true");
    }
}
