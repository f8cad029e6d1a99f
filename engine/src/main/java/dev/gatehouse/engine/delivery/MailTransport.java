package dev.gatehouse.engine.delivery;


/** Hands one outbox message to the mail server (SMTP in production and tests). */
@FunctionalInterface
public interface MailTransport {
    SendOutcome send(OutboxMessage message);
}
