package dev.gatehouse.engine.store;

import dev.gatehouse.engine.delivery.OutboxMessage;
import org.jooq.DSLContext;

/** Every repository on one jOOQ context: the database's, or a transaction's. */
public record Stores(DSLContext dsl, AccountStore accounts, SignalStore signals, ScoreStore scores, TouchStore touches,
                     DecisionStore decisions, OutboxStore outbox, AuditStore audit, SuppressionStore suppressions,
                     PlaybookStore playbook, SlackEventStore slackEvents, EmbeddingStore embeddings) {

    public static Stores on(DSLContext dsl) {
        return new Stores(dsl, new AccountStore(dsl), new SignalStore(dsl), new ScoreStore(dsl), new TouchStore(dsl),
                new DecisionStore(dsl), new OutboxStore(dsl), new AuditStore(dsl), new SuppressionStore(dsl),
                new PlaybookStore(dsl), new SlackEventStore(dsl), new EmbeddingStore(dsl));
    }

    /** Runs {@code work} in one transaction with stores bound to it. */
    public <T> T inTransaction(java.util.function.Function<Stores, T> work) {
        return dsl.transactionResult(tx -> work.apply(Stores.on(tx.dsl())));
    }

    /** The review view of a touch: account, contact, score, cited signals, draft, verdict, decision. */
    public java.util.Optional<dev.gatehouse.engine.gate.ReviewItem> reviewItem(long touchId) {
        return touches.find(touchId).map(t -> {
            var account = accounts.account(t.accountId()).orElseThrow();
            var contact = accounts.contact(t.contactId()).orElseThrow();
            var sendAt = outbox.forTouch(touchId).map(OutboxMessage::notBefore).orElse(null);
            return new dev.gatehouse.engine.gate.ReviewItem(t.id(), t.kind(), t.status(), account, contact,
                    scores.find(t.accountId()).orElse(null), signals.byIds(t.draft().citedSignalIds()), t.draft(),
                    t.verification(), decisions.latest(touchId, sendAt).orElse(null), t.createdAt());
        });
    }
}
