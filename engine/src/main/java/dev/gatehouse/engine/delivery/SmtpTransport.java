package dev.gatehouse.engine.delivery;


import java.util.List;

/** Turns an outbox row into the email SMTP sends, with its thread and unsubscribe headers. */
public final class SmtpTransport implements MailTransport {
    private final SmtpMailer mailer;
    private final UnsubscribeLinks links;

    public SmtpTransport(SmtpMailer mailer, UnsubscribeLinks links) {
        this.mailer = mailer;
        this.links = links;
    }

    @Override
    public SendOutcome send(OutboxMessage message) {
        var references = message.inReplyTo() == null ? List.<String>of() : List.of(message.inReplyTo());
        var email = new OutgoingEmail(message.messageId(), EmailAddress.parse(message.from()),
                EmailAddress.of(message.to()), message.subject(), message.body(), message.inReplyTo(), references,
                links.url(message.to()), links.mailto(message.to()));
        return mailer.send(email);
    }
}
