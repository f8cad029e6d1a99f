package dev.gatehouse.engine.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An outbox row as it reaches the recipient's server: addressed by name, with the footer after any text. */
class SmtpTransportTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T09:15:00Z"), ZoneOffset.UTC);
    private static final String POSTAL = "Gatehouse Ltd, 1 Test Street, Bristol BS1 1AA, UK";

    private final UnsubscribeTokens tokens = new UnsubscribeTokens(new Secret("an-unsubscribe-secret-of-32-chars!!"), CLOCK);

    /** GreenMail's port is known once its extension has started the server, before each test. */
    private SmtpTransport transport() {
        return new SmtpTransport(new SmtpMailer(new MailConfig.Smtp("127.0.0.1", GREEN_MAIL.getSmtp().getPort(), false,
                null, null, "gatehouse.test"), CLOCK),
                new UnsubscribeLinks(URI.create("https://gatehouse.test"), EmailAddress.of("ana@gatehouse.test"), tokens),
                new Footer(Footer.DEFAULT_TEMPLATE, POSTAL));
    }

    private static OutboxMessage row(String to, String toName, String body) {
        return new OutboxMessage(1, 7, MessageIds.random("gatehouse.test"), "Ana Ruiz <ana@gatehouse.test>", to, toName,
                "Northwind's Series B", body, null, OutboxStatus.SENDING, CLOCK.instant(), 0, null);
    }

    private static MimeMessage sent(SendOutcome outcome) {
        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
        return GREEN_MAIL.getReceivedMessages()[0];
    }

    @Test
    void to_carries_the_contacts_name() throws Exception {
        var received = sent(transport().send(row("dana@northwind.example", "Dana Keller", "Hi Dana,\n\nAna")));

        assertThat(received.getHeader("To", null)).isEqualTo("Dana Keller <dana@northwind.example>");
    }

    @Test
    void a_non_ascii_name_is_rfc_2047_encoded() throws Exception {
        var received = sent(transport().send(row("joerg@prospect.test", "Jörg Weiß", "Hallo Jörg,\n\nAna")));

        assertThat(received.getHeader("To", null)).startsWith("=?UTF-8?").endsWith("?= <joerg@prospect.test>");
        assertThat(((InternetAddress) received.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("Jörg Weiß");
    }

    @Test
    void without_a_known_name_the_bare_address_is_used() throws Exception {
        var received = sent(transport().send(row("dana@northwind.example", null, "Hi,\n\nAna")));

        assertThat(received.getHeader("To", null)).isEqualTo("dana@northwind.example");
    }

    @Test
    void every_email_ends_with_the_postal_address_and_its_own_opt_out_link_whatever_the_approved_text() throws Exception {
        var editedWithoutFooter = "Hi Dana,\n\nShort note after your edit.\n\nAna";

        var received = sent(transport().send(row("dana@northwind.example", "Dana Keller", editedWithoutFooter)));

        var body = ((String) received.getContent()).replace("\r\n", "\n");
        var header = received.getHeader("List-Unsubscribe", null).replaceAll("\\s+", "");
        var link = header.substring(header.indexOf("<https://") + 1, header.indexOf('>', header.indexOf("<https://")));
        assertThat(body).startsWith(editedWithoutFooter + "\n\n-- \n" + POSTAL + "\n")
                .contains("Reply \"unsubscribe\" or open " + link);
        assertThat(tokens.verify(link.substring(link.lastIndexOf('/') + 1))).contains("dana@northwind.example");
    }
}
