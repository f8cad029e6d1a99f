package dev.gatehouse.engine.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailConfigTest {
    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    private static Map<String, String> minimal() {
        Map<String, String> env = new HashMap<>();
        env.put("SMTP_HOST", "smtp.mailhost.test");
        env.put("MAIL_FROM", "Ana Ruiz <ana@gatehouse.test>");
        env.put("GATEHOUSE_PUBLIC_URL", "https://gatehouse.test");
        env.put("GATEHOUSE_UNSUBSCRIBE_SECRET", SECRET);
        env.put("GATEHOUSE_POSTAL_ADDRESS", "Gatehouse Ltd, 1 Test Street, Bristol BS1 1AA, UK");
        return env;
    }

    @Test
    void minimal_env_gets_submission_defaults() {
        MailConfig config = MailConfig.fromEnv(minimal());

        assertThat(config.smtp().port()).isEqualTo(587);
        assertThat(config.smtp().startTls()).isTrue();
        assertThat(config.smtp().authenticates()).isFalse();
        assertThat(config.from()).isEqualTo(new EmailAddress("ana@gatehouse.test", "Ana Ruiz"));
        assertThat(config.imap()).isEmpty();
    }

    @Test
    void imap_host_enables_imap_with_ssl_on_993() {
        Map<String, String> env = minimal();
        env.put("IMAP_HOST", "imap.mailhost.test");
        env.put("IMAP_USERNAME", "ana");
        env.put("IMAP_PASSWORD", "imap-pass");

        MailConfig.Imap imap = MailConfig.fromEnv(env).imap().orElseThrow();

        assertThat(imap.port()).isEqualTo(993);
        assertThat(imap.ssl()).isTrue();
        assertThat(imap.password().value()).isEqualTo("imap-pass");
    }

    @Test
    void reports_every_problem_at_once() {
        Map<String, String> env = new HashMap<>();
        env.put("SMTP_PORT", "smtp");
        env.put("SMTP_STARTTLS", "maybe");
        env.put("SMTP_USERNAME", "ana");
        env.put("IMAP_HOST", "imap.mailhost.test");
        env.put("GATEHOUSE_PUBLIC_URL", "gatehouse.test");
        env.put("GATEHOUSE_UNSUBSCRIBE_SECRET", "short");

        assertThatThrownBy(() -> MailConfig.fromEnv(env))
                .isInstanceOf(dev.gatehouse.engine.config.ConfigException.class)
                .hasMessageContainingAll("SMTP_HOST is required", "SMTP_PORT must be", "SMTP_STARTTLS must be",
                        "SMTP_USERNAME and SMTP_PASSWORD", "MAIL_FROM is required", "IMAP_USERNAME is required",
                        "IMAP_PASSWORD is required", "GATEHOUSE_PUBLIC_URL must be", "GATEHOUSE_UNSUBSCRIBE_SECRET must be",
                        "GATEHOUSE_POSTAL_ADDRESS is required for sending");
    }

    @Test
    void to_string_masks_every_secret() {
        Map<String, String> env = minimal();
        env.put("SMTP_USERNAME", "ana");
        env.put("SMTP_PASSWORD", "smtp-pass-123");
        env.put("IMAP_HOST", "imap.mailhost.test");
        env.put("IMAP_USERNAME", "ana");
        env.put("IMAP_PASSWORD", "imap-pass-456");

        String text = MailConfig.fromEnv(env).toString();

        assertThat(text).doesNotContain("smtp-pass-123", "imap-pass-456", SECRET).contains("****");
    }

    @Test
    void problems_never_echo_a_secret_value() {
        Map<String, String> env = minimal();
        env.put("GATEHOUSE_UNSUBSCRIBE_SECRET", "tooshort-secret");

        assertThatThrownBy(() -> MailConfig.fromEnv(env)).message().doesNotContain("tooshort-secret");
    }

    @Test
    void ehlo_names_the_sending_domain_unless_a_helo_name_is_set() {
        Map<String, String> env = minimal();

        assertThat(MailConfig.fromEnv(env).smtp().heloName()).isEqualTo("gatehouse.test");

        env.put("SMTP_HELO_NAME", "mail.gatehouse.test");
        assertThat(MailConfig.fromEnv(env).smtp().heloName()).isEqualTo("mail.gatehouse.test");
    }

    @Test
    void a_helo_name_that_is_not_a_fully_qualified_host_is_refused() {
        Map<String, String> env = minimal();
        env.put("SMTP_HELO_NAME", "localhost");

        assertThatThrownBy(() -> MailConfig.fromEnv(env)).hasMessageContaining("SMTP_HELO_NAME must be a fully qualified");
    }

    @Test
    void sending_refuses_to_start_without_a_postal_address() {
        Map<String, String> env = minimal();
        env.remove("GATEHOUSE_POSTAL_ADDRESS");

        assertThatThrownBy(() -> MailConfig.fromEnv(env))
                .isInstanceOf(dev.gatehouse.engine.config.ConfigException.class)
                .hasMessageContaining("GATEHOUSE_POSTAL_ADDRESS is required for sending");
    }

    @Test
    void the_footer_wording_is_configurable_but_must_keep_the_address_and_a_way_out() {
        Map<String, String> env = minimal();
        env.put("GATEHOUSE_FOOTER", "Sent by Gatehouse Ltd, {postal_address}\\nOpt out: {unsubscribe_url}");

        assertThat(MailConfig.fromEnv(env).footer().render(java.net.URI.create("https://gatehouse.test/u/t")))
                .isEqualTo("Sent by Gatehouse Ltd, Gatehouse Ltd, 1 Test Street, Bristol BS1 1AA, UK\nOpt out: https://gatehouse.test/u/t");

        env.put("GATEHOUSE_FOOTER", "Thanks for reading. {unsubscribe_url}");
        assertThatThrownBy(() -> MailConfig.fromEnv(env)).hasMessageContaining("GATEHOUSE_FOOTER must contain {postal_address}");
        env.put("GATEHOUSE_FOOTER", "{postal_address}");
        assertThatThrownBy(() -> MailConfig.fromEnv(env)).hasMessageContaining("GATEHOUSE_FOOTER must offer a way to opt out");
    }
}
