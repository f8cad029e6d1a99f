package dev.gatehouse.engine.delivery;

import dev.gatehouse.engine.store.OutboxStore.OutboxMessage;

/** Hands one outbox message to the mail server (SMTP in production and tests). */
@FunctionalInterface
public interface MailTransport {
    SendOutcome send(OutboxMessage message);
}
