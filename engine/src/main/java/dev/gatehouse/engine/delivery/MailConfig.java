package dev.gatehouse.engine.delivery;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything the mail layer needs from the environment. IMAP is optional (replies can also
 * arrive through an inbound webhook); SMTP, the sender, the unsubscribe settings and the postal
 * address of the footer are not.
 */
public record MailConfig(Smtp smtp, EmailAddress from, Optional<Imap> imap, URI publicUrl,
                         Secret unsubscribeSecret, Footer footer) {
    /** HMAC keys shorter than this are too easy to guess. */
    static final int MIN_SECRET_LENGTH = 32;
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public MailConfig {
        Objects.requireNonNull(smtp, "smtp");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(imap, "imap");
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(unsubscribeSecret, "unsubscribeSecret");
        Objects.requireNonNull(footer, "footer");
    }

    /**
     * SMTP submission; {@code startTls} requires STARTTLS, port 465 means implicit TLS. {@code heloName}
     * is what the client says in EHLO: a fully qualified name (the sending domain by default), never
     * the machine's own host name, which receiving servers score as spam ({@code HELO_LOCALHOST}).
     */
    public record Smtp(String host, int port, boolean startTls, String username, Secret password, String heloName) {
        public Smtp {
            Objects.requireNonNull(host, "host");
            if (port < 1 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
            if ((username == null) != (password == null)) {
                throw new IllegalArgumentException("username and password go together");
            }
            if (heloName == null || !isHostName(heloName)) {
                throw new IllegalArgumentException("heloName must be a fully qualified host name, got " + heloName);
            }
        }

        public boolean authenticates() {
            return username != null;
        }
    }

    public record Imap(String host, int port, boolean ssl, String username, Secret password) {
        public Imap {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            if (port < 1 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** True when the environment asks for mail at all (SMTP_HOST set). */
    public static boolean configured(Map<String, String> env) {
        return new dev.gatehouse.engine.config.Env(env).present("SMTP_HOST");
    }

    public static MailConfig fromEnv(Map<String, String> env) {
        var in = new dev.gatehouse.engine.config.Env(env);
        String smtpHost = in.required("SMTP_HOST");
        int smtpPort = in.integer("SMTP_PORT", 587, 1, 65535);
        boolean startTls = in.bool("SMTP_STARTTLS", true);
        String smtpUser = in.string("SMTP_USERNAME", null);
        String smtpPassword = in.string("SMTP_PASSWORD", null);
        if ((smtpUser == null) != (smtpPassword == null)) {
            in.problem("SMTP_USERNAME and SMTP_PASSWORD must be set together");
        }
        EmailAddress from = null;
        String rawFrom = in.required("MAIL_FROM");
        if (!rawFrom.isEmpty()) {
            try {
                from = EmailAddress.parse(rawFrom);
            } catch (IllegalArgumentException e) {
                in.problem("MAIL_FROM must be an address like 'Ana Ruiz <ana@example.com>', got '" + rawFrom + "'");
            }
        }
        Optional<Imap> imap = Optional.empty();
        String imapHost = in.string("IMAP_HOST", null);
        int imapPort = in.integer("IMAP_PORT", 993, 1, 65535);
        boolean imapSsl = in.bool("IMAP_SSL", true);
        if (imapHost != null) {
            String user = in.required("IMAP_USERNAME");
            String password = in.required("IMAP_PASSWORD");
            if (!user.isEmpty() && !password.isEmpty()) {
                imap = Optional.of(new Imap(imapHost, imapPort, imapSsl, user, new Secret(password)));
            }
        }
        String helo = in.string("SMTP_HELO_NAME", from == null ? "" : from.domain());
        if (from != null && !isHostName(helo)) {
            in.problem("SMTP_HELO_NAME must be a fully qualified host name such as mail.example.com, got '" + helo + "'");
        }
        URI publicUrl = in.httpUrl("GATEHOUSE_PUBLIC_URL");
        String secret = in.required("GATEHOUSE_UNSUBSCRIBE_SECRET");
        if (!secret.isEmpty() && secret.length() < MIN_SECRET_LENGTH) {
            in.problem("GATEHOUSE_UNSUBSCRIBE_SECRET must be at least " + MIN_SECRET_LENGTH
                    + " characters (e.g. openssl rand -hex 32)");
        }
        String postal = in.optional("GATEHOUSE_POSTAL_ADDRESS").map(Footer::unescape).orElse("");
        if (postal.isBlank()) {
            in.problem("GATEHOUSE_POSTAL_ADDRESS is required for sending: every email ends with the sender's physical "
                    + "postal address (CAN-SPAM), e.g. 'Ledgerline Ltd, 12 Quay Street, Bristol BS1 4DJ, UK'");
        }
        String template = in.optional("GATEHOUSE_FOOTER").map(Footer::unescape).orElse(Footer.DEFAULT_TEMPLATE);
        if (Footer.problem(template) != null) in.problem("GATEHOUSE_FOOTER " + Footer.problem(template));
        in.check("Mail");
        Smtp smtp = new Smtp(smtpHost, smtpPort, startTls, smtpUser,
                smtpPassword == null ? null : new Secret(smtpPassword), helo);
        return new MailConfig(smtp, from, imap, publicUrl, new Secret(secret), new Footer(template, postal));
    }

    static boolean isHostName(String name) {
        return HOST_NAME.matcher(name).matches();
    }
}
