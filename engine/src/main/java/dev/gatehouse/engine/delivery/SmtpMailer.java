package dev.gatehouse.engine.delivery;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Sends one {@link OutgoingEmail} over SMTP with its fixed Message-ID, threading headers and the
 * RFC 2369 / RFC 8058 unsubscribe headers. The Session is built once; each send opens a connection.
 */
public final class SmtpMailer {
    private static final String UTF8 = StandardCharsets.UTF_8.name();
    private static final String TIMEOUT_MS = "30000";

    private final MailConfig.Smtp smtp;
    private final Session session;
    private final Clock clock;

    public SmtpMailer(MailConfig.Smtp smtp, Clock clock) {
        this.smtp = smtp;
        this.clock = clock;
        this.session = Session.getInstance(properties(smtp));
    }

    public SendOutcome send(OutgoingEmail email) {
        Instant now = clock.instant();
        try {
            MimeMessage message = toMime(email, now);
            try (Transport transport = connected()) {
                transport.sendMessage(message, message.getAllRecipients());
            }
            return new SendOutcome.Sent(email.messageId(), now);
        } catch (MessagingException e) {
            return classify(e);
        }
    }

    /** How a connection went that {@link #probe} opened and closed again, and the name it greeted with. */
    public record Handshake(boolean encrypted, boolean authenticated, String ehloName) {
    }

    /**
     * Connects exactly as {@link #send} does (EHLO, STARTTLS, AUTH as configured) and hangs up
     * without sending anything: {@code doctor}'s check that the server takes this configuration.
     */
    public Handshake probe() throws MessagingException {
        try (Transport transport = connected()) {
            var smtpTransport = (SMTPTransport) transport;
            return new Handshake(smtpTransport.isSSL(), smtp.authenticates() && smtpTransport.supportsExtension("AUTH"),
                    smtpTransport.getLocalHost());
        }
    }

    private Transport connected() throws MessagingException {
        Transport transport = session.getTransport(smtp.port() == 465 ? "smtps" : "smtp");
        if (smtp.authenticates()) {
            transport.connect(smtp.host(), smtp.port(), smtp.username(), smtp.password().value());
        } else {
            transport.connect(smtp.host(), smtp.port(), null, null);
        }
        return transport;
    }

    /** The exact MIME message {@link #send} would transmit; public for previews and tests. */
    public MimeMessage toMime(OutgoingEmail email, Instant date) throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, email.messageId());
        message.setFrom(address(email.from()));
        message.setRecipient(Message.RecipientType.TO, address(email.to()));
        message.setSubject(email.subject(), UTF8);
        message.setSentDate(Date.from(date));
        if (email.inReplyTo() != null) message.setHeader("In-Reply-To", email.inReplyTo());
        List<String> references = new ArrayList<>(email.references());
        if (email.inReplyTo() != null && !references.contains(email.inReplyTo())) references.add(email.inReplyTo());
        if (!references.isEmpty()) {
            message.setHeader("References", MimeUtility.fold(12, String.join(" ", references)));
        }
        List<String> unsubscribe = new ArrayList<>();
        if (email.unsubscribeMailto() != null) unsubscribe.add("<" + email.unsubscribeMailto().toASCIIString() + ">");
        if (email.unsubscribeUrl() != null) unsubscribe.add("<" + email.unsubscribeUrl().toASCIIString() + ">");
        message.setHeader("List-Unsubscribe", MimeUtility.fold(18, String.join(", ", unsubscribe)));
        if (email.unsubscribeUrl() != null && "https".equalsIgnoreCase(email.unsubscribeUrl().getScheme())) {
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.setText(email.bodyText(), UTF8, "plain");
        message.saveChanges();
        return message;
    }

    private static InternetAddress address(EmailAddress address) throws MessagingException {
        try {
            return new InternetAddress(address.address(), address.displayName(), UTF8);
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("cannot encode " + address, e);
        }
    }

    static SendOutcome classify(MessagingException error) {
        for (Exception e = error; e != null; e = e instanceof MessagingException m ? m.getNextException() : null) {
            if (e instanceof SMTPAddressFailedException rejected) {
                return byCode(rejected.getReturnCode(), "recipient rejected: " + oneLine(rejected.getMessage()), true);
            }
            if (e instanceof SMTPSendFailedException failed) {
                return byCode(failed.getReturnCode(), oneLine(failed.getMessage()), false);
            }
            if (e instanceof AuthenticationFailedException) {
                return new SendOutcome.TemporaryFailure("SMTP authentication failed; check SMTP_USERNAME/SMTP_PASSWORD");
            }
        }
        return new SendOutcome.TemporaryFailure(oneLine(String.valueOf(error.getMessage())));
    }

    private static SendOutcome byCode(int code, String reason, boolean recipient) {
        return code >= 500 && code < 600
                ? new SendOutcome.PermanentFailure(code + " " + reason, recipient)
                : new SendOutcome.TemporaryFailure(code + " " + reason);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }

    private static Properties properties(MailConfig.Smtp smtp) {
        Properties p = new Properties();
        for (String protocol : List.of("smtp", "smtps")) {
            String prefix = "mail." + protocol + ".";
            p.put(prefix + "host", smtp.host());
            p.put(prefix + "port", String.valueOf(smtp.port()));
            p.put(prefix + "auth", String.valueOf(smtp.authenticates()));
            p.put(prefix + "connectiontimeout", TIMEOUT_MS);
            p.put(prefix + "timeout", TIMEOUT_MS);
            p.put(prefix + "writetimeout", TIMEOUT_MS);
            p.put(prefix + "ssl.checkserveridentity", "true");
            p.put(prefix + "localhost", smtp.heloName()); // the EHLO name
        }
        p.put("mail.smtp.starttls.enable", String.valueOf(smtp.startTls()));
        p.put("mail.smtp.starttls.required", String.valueOf(smtp.startTls()));
        p.put("mail.mime.charset", UTF8);
        return p;
    }

    /** Keeps the outbox's Message-ID instead of the random one {@code saveChanges} would generate. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
