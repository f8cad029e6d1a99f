package dev.gatehouse.engine.delivery;


import java.util.List;

/**
 * Turns an outbox row into the email SMTP sends: addressed to the contact by name, with its thread
 * and unsubscribe headers, and the footer (postal address, opt-out) after the approved text.
 */
public final class SmtpTransport implements MailTransport {
    private final SmtpMailer mailer;
    private final UnsubscribeLinks links;
    private final Footer footer;

    public SmtpTransport(SmtpMailer mailer, UnsubscribeLinks links, Footer footer) {
        this.mailer = mailer;
        this.links = links;
        this.footer = footer;
    }

    @Override
    public SendOutcome send(OutboxMessage message) {
        var references = message.inReplyTo() == null ? List.<String>of() : List.of(message.inReplyTo());
        var unsubscribe = links.url(message.to());
        var email = new OutgoingEmail(message.messageId(), EmailAddress.parse(message.from()),
                new EmailAddress(message.to(), message.toName()), message.subject(),
                footer.appendTo(message.body(), unsubscribe), message.inReplyTo(), references,
                unsubscribe, links.mailto(message.to()));
        return mailer.send(email);
    }
}
