package dev.gatehouse.bot;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.engine.config.ConfigException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a prospect's mail server sees of an approved email, with the bot configured as a user runs it. */
class SentEmailTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void the_email_greets_the_server_as_the_sending_domain_names_the_contact_and_ends_with_the_postal_footer()
            throws Exception {
        try (var stack = new GatehouseStack(mail, Map.of())) {
            stack.seedWorkspace();
            stack.sentFirstEmail();

            MimeMessage sent = mail.getReceivedMessages()[0];
            var body = ((String) sent.getContent()).replace("\r\n", "\n");
            assertThat(sent.getHeader("Received")).anySatisfy(h -> assertThat(h).contains("(HELO ledgerline.example)"));
            assertThat(sent.getHeader("To", null)).isEqualTo("Dana Keller <dana@northwind.example>");
            assertThat(body).contains("\n\n-- \n" + GatehouseStack.POSTAL_ADDRESS + "\n")
                    .contains("Reply \"unsubscribe\" or open https://gatehouse.ledgerline.example/u/");
        }
    }

    @Test
    void run_refuses_to_start_sending_without_a_postal_address() {
        assertThatThrownBy(() -> new GatehouseStack(mail, Map.of("GATEHOUSE_POSTAL_ADDRESS", "")).close())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("GATEHOUSE_POSTAL_ADDRESS is required for sending");
    }
}
