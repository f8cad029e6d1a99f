package dev.gatehouse.engine.inbound;

import dev.gatehouse.engine.audit.Actor;
import dev.gatehouse.engine.audit.ReplyEvent;
import dev.gatehouse.engine.ids.ReplyId;
import dev.gatehouse.engine.ids.TouchId;
import dev.gatehouse.engine.replies.HandledAs;
import dev.gatehouse.engine.replies.ReplyHandling;
import dev.gatehouse.engine.replies.StoredReply;
import dev.gatehouse.engine.store.Stores;

import java.time.Clock;
import java.util.Objects;

/**
 * What a person does with a handled reply: dismiss it (nothing more to do), or write the answer
 * themselves. A written answer becomes a reply touch in the thread that goes to review like any
 * draft; nothing here sends. Each reply is handled once, by the first person to act; audited.
 */
public final class ReplyDesk {

    private final Stores stores;
    private final ReplyProposals proposals;
    private final Clock clock;

    public ReplyDesk(Stores stores, ReplyProposals proposals, Clock clock) {
        this.stores = stores;
        this.proposals = proposals;
        this.clock = clock;
    }

    public sealed interface Result {
        /** This person handled it; {@code handling} is the reply's state afterwards. */
        record Done(ReplyHandling handling) implements Result {
        }

        record AlreadyHandled(ReplyHandling handling) implements Result {
        }

        record NotFound(long replyId) implements Result {
        }

        /** The reply is not tied to one of our threads (unknown sender), so there is nothing to answer in. */
        record CannotReply(String why) implements Result {
        }
    }

    /** The reply as people see it, with who handled it so far. */
    public java.util.Optional<ReplyCard> card(long replyId) {
        return ReplyCard.load(stores, replyId);
    }

    /** Marks the reply handled with nothing more to do: the claim and its audit row are one transaction. */
    public Result dismiss(long replyId, String actor) {
        return stores.inTransaction(s -> {
            var replies = s.replies();
            if (replies.find(replyId).isEmpty()) return new Result.NotFound(replyId);
            if (!replies.markHandled(replyId, HandledAs.DISMISSED, actor, clock.instant(), null)) {
                return new Result.AlreadyHandled(replies.handling(replyId).orElseThrow());
            }
            s.audit().append(new ReplyEvent.Dismissed(Actor.fromWire(actor), new ReplyId(replyId)));
            return new Result.Done(replies.handling(replyId).orElseThrow());
        });
    }

    /** The subject a written answer starts with: the prospect's subject as a reply. */
    public static String replySubject(String subject) {
        var s = Objects.requireNonNullElse(subject, "").strip();
        return s.regionMatches(true, 0, "re:", 0, 3) ? s : ("Re: " + s).strip();
    }

    /** Whether a person can answer this reply in its thread (empty when they can), and why not. */
    public static java.util.Optional<String> whyNoReply(StoredReply reply) {
        if (reply.threadTouchId() == null) return java.util.Optional.of("this reply is not part of one of our threads");
        if (reply.accountId() == null || reply.contactId() == null) {
            return java.util.Optional.of("the sender is not a contact on record");
        }
        return java.util.Optional.empty();
    }

    public Result write(long replyId, String actor, String subject, String body) {
        var replies = stores.replies();
        var reply = replies.find(replyId).orElse(null);
        if (reply == null) return new Result.NotFound(replyId);
        var why = whyNoReply(reply);
        if (why.isPresent()) return new Result.CannotReply(why.get());
        var account = stores.accounts().account(reply.accountId()).orElse(null);
        var contact = stores.accounts().contact(reply.contactId()).orElse(null);
        if (account == null || contact == null) return new Result.CannotReply("the sender is not a contact on record");
        if (!replies.markHandled(replyId, HandledAs.REPLIED, actor, clock.instant(), null)) {
            return new Result.AlreadyHandled(replies.handling(replyId).orElseThrow());
        }
        long touchId;
        try {
            touchId = proposals.written(replyId, reply.threadTouchId(), account, contact, subject, body, actor);
        } catch (RuntimeException e) {
            replies.releaseHandled(replyId, actor);
            throw e;
        }
        return stores.inTransaction(s -> {
            s.replies().attachHandledTouch(replyId, touchId);
            s.audit().append(new ReplyEvent.Written(Actor.fromWire(actor), new ReplyId(replyId), new TouchId(touchId),
                    subject, body));
            return new Result.Done(s.replies().handling(replyId).orElseThrow());
        });
    }
}
