package dev.gatehouse.bot.cli;

import dev.gatehouse.bot.config.SlackSettings;
import dev.gatehouse.bot.slack.SlackTokenCheck;
import dev.gatehouse.engine.config.DatabaseConfig;
import dev.gatehouse.engine.config.Env;
import dev.gatehouse.engine.delivery.EmailAddress;
import dev.gatehouse.engine.delivery.MailConfig;
import dev.gatehouse.engine.doctor.Check;
import dev.gatehouse.engine.doctor.ConfigCheck;
import dev.gatehouse.engine.doctor.DatabaseCheck;
import dev.gatehouse.engine.doctor.DoctorSettings;
import dev.gatehouse.engine.doctor.Dns;
import dev.gatehouse.engine.doctor.ImapCheck;
import dev.gatehouse.engine.doctor.Redaction;
import dev.gatehouse.engine.doctor.SendingDomainCheck;
import dev.gatehouse.engine.doctor.SmtpCheck;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code doctor}: checks a deployment's configuration (what {@code run} reads) and what it must
 * reach — the database, Slack, SMTP, IMAP — and the sending domain's SPF, DKIM and DMARC, one
 * line per check ({@code OK|WARN|FAIL  name  detail}). Exits 1 when any check failed. Nothing is
 * sent, migrated or marked read, and no configured secret is printed.
 */
final class DoctorCommand {
    private final Map<String, String> env;
    private final PrintStream out;
    private final Redaction redaction;
    private int failures;

    DoctorCommand(Map<String, String> env, PrintStream out) {
        this.env = env;
        this.out = out;
        this.redaction = Redaction.of(env);
    }

    int run() {
        print(ConfigCheck.check(env, List.of(SlackSettings::fromEnv)));
        print(List.of(parsed(() -> DatabaseConfig.fromEnv(env)).map(DatabaseCheck::check)
                .orElse(Check.warn("database", "not checked: fix the database settings above first"))));
        print(SlackTokenCheck.check(env));
        print(mail());
        print(sendingDomain());
        return failures == 0 ? 0 : 1;
    }

    private List<Check> mail() {
        if (!MailConfig.configured(env)) {
            return List.of(Check.warn("smtp", "SMTP_HOST is unset: approved emails wait in the outbox -> set SMTP_HOST, "
                    + "MAIL_FROM, GATEHOUSE_PUBLIC_URL and GATEHOUSE_UNSUBSCRIBE_SECRET to send"));
        }
        var mail = parsed(() -> MailConfig.fromEnv(env));
        if (mail.isEmpty()) return List.of(Check.warn("smtp", "not checked: fix the mail settings above first"));
        var checks = new ArrayList<Check>();
        checks.add(SmtpCheck.check(mail.get().smtp()));
        checks.add(mail.get().imap().map(ImapCheck::check).orElseGet(this::noImap));
        return checks;
    }

    private Check noImap() {
        if (new Env(env).present("GATEHOUSE_INBOUND_SECRET")) {
            return Check.ok("imap", "IMAP_HOST is unset: replies arrive by webhook at POST /api/inbound-email");
        }
        return Check.warn("imap", "IMAP_HOST is unset and so is GATEHOUSE_INBOUND_SECRET: replies are not read -> set "
                + "IMAP_HOST (with IMAP_USERNAME and IMAP_PASSWORD) for the sending mailbox");
    }

    private List<Check> sendingDomain() {
        var from = Optional.ofNullable(env.get("MAIL_FROM")).filter(s -> !s.isBlank())
                .flatMap(raw -> parsed(() -> EmailAddress.parse(raw)));
        if (from.isEmpty()) {
            return List.of(Check.warn("dns", "MAIL_FROM is unset or invalid: no sending domain to check SPF, DKIM and "
                    + "DMARC for"));
        }
        var settings = parsed(() -> DoctorSettings.fromEnv(env));
        if (settings.isEmpty()) return List.of(Check.warn("dns", "not checked: fix the DNS settings above first"));
        return SendingDomainCheck.check(from.get().domain(), settings.get().dkimSelector(),
                new Dns(settings.get().dnsServer()));
    }

    /** The configuration part, or empty when it is invalid (the config lines already say why). */
    private static <T> Optional<T> parsed(Supplier<T> part) {
        try {
            return Optional.of(part.get());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void print(List<Check> checks) {
        for (var check : checks) {
            if (check.failed()) failures++;
            out.println(redaction.apply(check.line()));
        }
    }
}
