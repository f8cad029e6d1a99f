package dev.gatehouse.engine.store;

import dev.gatehouse.engine.delivery.OutboxStatus;
import dev.gatehouse.engine.replies.HandledAs;
import dev.gatehouse.engine.replies.ReplyHandling;
import dev.gatehouse.engine.replies.ReplyLabel;
import dev.gatehouse.engine.replies.StoredReply;
import dev.gatehouse.engine.store.db.tables.records.RepliesRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static dev.gatehouse.engine.store.db.Tables.OUTBOX;
import static dev.gatehouse.engine.store.db.Tables.REPLIES;

/** Inbound replies, one row per Message-ID: the unique key makes a redelivered message a no-op. */
public final class ReplyStore {
    private final DSLContext dsl;

    ReplyStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record NewReply(String messageId, String inReplyTo, Long touchId, Long threadTouchId, Long contactId,
                           Long accountId, String from, String subject, String body, Instant receivedAt,
                           boolean autoReply) {
    }

    /** Stores the reply unless its Message-ID is already known; returns the new row id if stored. */
    public Optional<Long> insert(NewReply reply) {
        return dsl.insertInto(REPLIES)
                .set(REPLIES.MESSAGE_ID, reply.messageId())
                .set(REPLIES.IN_REPLY_TO, reply.inReplyTo())
                .set(REPLIES.TOUCH_ID, reply.touchId())
                .set(REPLIES.THREAD_TOUCH_ID, reply.threadTouchId())
                .set(REPLIES.CONTACT_ID, reply.contactId())
                .set(REPLIES.ACCOUNT_ID, reply.accountId())
                .set(REPLIES.FROM_ADDRESS, reply.from())
                .set(REPLIES.SUBJECT, reply.subject())
                .set(REPLIES.BODY, reply.body())
                .set(REPLIES.RECEIVED_AT, reply.receivedAt().atOffset(ZoneOffset.UTC))
                .set(REPLIES.AUTO_REPLY, reply.autoReply())
                .onConflict(REPLIES.MESSAGE_ID).doNothing()
                .returning(REPLIES.ID)
                .fetchOptional(REPLIES.ID);
    }

    public boolean exists(String messageId) {
        return dsl.fetchExists(REPLIES, REPLIES.MESSAGE_ID.eq(messageId));
    }

    public void recordTriage(long id, ReplyLabel label, double confidence, LocalDate returnDate, String referredTo,
                             boolean injectionSuspected) {
        dsl.update(REPLIES).set(REPLIES.LABEL, label.wire()).set(REPLIES.CONFIDENCE, confidence)
                .set(REPLIES.RETURN_DATE, returnDate).set(REPLIES.REFERRED_TO, referredTo)
                .set(REPLIES.INJECTION_SUSPECTED, injectionSuspected)
                .where(REPLIES.ID.eq(id)).execute();
    }

    public void recordActions(long id, List<String> actionsTaken, Long proposedTouchId) {
        dsl.update(REPLIES).set(REPLIES.ACTIONS_TAKEN, String.join("\n", actionsTaken.stream().map(a -> a.replace('\n', ' ')).toList()))
                .set(REPLIES.PROPOSED_TOUCH_ID, proposedTouchId).where(REPLIES.ID.eq(id)).execute();
    }

    public Optional<ReplyHandling> handling(long id) {
        return dsl.selectFrom(REPLIES).where(REPLIES.ID.eq(id)).fetchOptional().map(r -> new ReplyHandling(
                r.getActionsTaken() == null || r.getActionsTaken().isEmpty() ? List.of()
                        : List.of(r.getActionsTaken().split("\n")),
                r.getProposedTouchId(), r.getHandledAs(), r.getHandledBy(),
                r.getHandledAt() == null ? null : r.getHandledAt().toInstant(), r.getHandledTouchId()));
    }

    /** Marks the reply handled by a person; true only for the first person, however many click at once. */
    public boolean markHandled(long id, HandledAs handledAs, String actor, Instant at, Long touchId) {
        return dsl.update(REPLIES).set(REPLIES.HANDLED_AS, handledAs.wire()).set(REPLIES.HANDLED_BY, actor)
                .set(REPLIES.HANDLED_AT, at.atOffset(ZoneOffset.UTC)).set(REPLIES.HANDLED_TOUCH_ID, touchId)
                .where(REPLIES.ID.eq(id).and(REPLIES.HANDLED_AT.isNull())).execute() == 1;
    }

    /** Records the touch a person's reply became, on the claim {@link #markHandled} made. */
    public void attachHandledTouch(long id, long touchId) {
        dsl.update(REPLIES).set(REPLIES.HANDLED_TOUCH_ID, touchId).where(REPLIES.ID.eq(id)).execute();
    }

    /** Gives up a claim that could not be completed (the reply could not be saved). */
    public void releaseHandled(long id, String actor) {
        dsl.update(REPLIES).setNull(REPLIES.HANDLED_AS).setNull(REPLIES.HANDLED_BY).setNull(REPLIES.HANDLED_AT)
                .setNull(REPLIES.HANDLED_TOUCH_ID)
                .where(REPLIES.ID.eq(id).and(REPLIES.HANDLED_BY.eq(actor))).execute();
    }

    /**
     * The touch we sent with this canonical Message-ID, for {@code ThreadMatcher}: only an email handed
     * to the mail server (sent, or being sent) can be answered; a queued, cancelled or failed one never
     * left, so mail naming it is not threaded onto it.
     */
    public OptionalLong touchIdForMessageId(String canonicalMessageId) {
        var touchId = dsl.select(OUTBOX.TOUCH_ID).from(OUTBOX).where(OUTBOX.MESSAGE_ID.eq(canonicalMessageId)
                        .and(OUTBOX.STATUS.in(OutboxStatus.SENT.wire(), OutboxStatus.SENDING.wire())))
                .fetchOptional(OUTBOX.TOUCH_ID);
        return touchId.map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    public Optional<StoredReply> find(long id) {
        return dsl.selectFrom(REPLIES).where(REPLIES.ID.eq(id)).fetchOptional().map(ReplyStore::toReply);
    }

    public List<StoredReply> forThread(long threadTouchId) {
        return dsl.selectFrom(REPLIES).where(REPLIES.THREAD_TOUCH_ID.eq(threadTouchId)).orderBy(REPLIES.ID)
                .fetch(ReplyStore::toReply);
    }

    public List<StoredReply> forAccount(long accountId) {
        return dsl.selectFrom(REPLIES).where(REPLIES.ACCOUNT_ID.eq(accountId)).orderBy(REPLIES.ID)
                .fetch(ReplyStore::toReply);
    }

    public int count() {
        return dsl.fetchCount(REPLIES);
    }

    private static StoredReply toReply(RepliesRecord r) {
        return new StoredReply(r.getId(), r.getTouchId(), r.getThreadTouchId(), r.getContactId(), r.getAccountId(),
                r.getMessageId(), r.getFromAddress(), r.getSubject(), r.getBody(), r.getReceivedAt().toInstant(),
                ReplyLabel.fromWire(r.getLabel()).orElse(null), r.getConfidence(), r.getReturnDate(),
                r.getReferredTo(), Boolean.TRUE.equals(r.getInjectionSuspected()),
                Boolean.TRUE.equals(r.getAutoReply()));
    }
}
