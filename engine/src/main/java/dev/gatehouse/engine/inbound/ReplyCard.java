package dev.gatehouse.engine.inbound;

import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.replies.ReplyHandling;
import dev.gatehouse.engine.replies.StoredReply;
import dev.gatehouse.engine.store.Stores;

import java.util.Objects;
import java.util.Optional;

/**
 * A stored reply as people see it: what was written and how it was triaged, what Gatehouse did
 * about it and who handled it since, and the account and contact it came from (null when the
 * sender is not on record).
 */
public record ReplyCard(StoredReply reply, ReplyHandling handling, Account account, Contact contact) {
    public ReplyCard {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(handling, "handling");
    }

    /** Whether a person can answer it in its thread. */
    public boolean canReply() {
        return ReplyDesk.whyNoReply(reply).isEmpty();
    }

    /** The subject a written answer starts with. */
    public String answerSubject() {
        return ReplyDesk.replySubject(reply.subject());
    }

    static Optional<ReplyCard> load(Stores stores, long replyId) {
        return stores.replies().find(replyId).map(reply -> new ReplyCard(reply,
                stores.replies().handling(replyId).orElseThrow(),
                reply.accountId() == null ? null : stores.accounts().account(reply.accountId()).orElse(null),
                reply.contactId() == null ? null : stores.accounts().contact(reply.contactId()).orElse(null)));
    }
}
