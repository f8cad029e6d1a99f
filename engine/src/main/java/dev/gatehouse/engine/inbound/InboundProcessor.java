package dev.gatehouse.engine.inbound;

import dev.gatehouse.engine.audit.ReplyEvent;
import dev.gatehouse.engine.ids.ReplyId;
import org.apache.commons.codec.digest.DigestUtils;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.delivery.MessageIds;
import dev.gatehouse.engine.followups.ThreadHistory;
import dev.gatehouse.engine.replies.InboundReply;
import dev.gatehouse.engine.replies.ReplyTriage;
import dev.gatehouse.engine.replies.ingest.InboundMessage;
import dev.gatehouse.engine.replies.ingest.ThreadMatcher;
import dev.gatehouse.engine.store.ReplyStore;
import dev.gatehouse.engine.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One inbound email, from IMAP or the inbound webhook: dedupe by Message-ID, thread it to our
 * touch, store it, triage it and act ({@link ReplyActions}). The prospect's text is data: it is
 * classified and shown to people, and nothing in it can change a setting or cause a send.
 */
public final class InboundProcessor {
    private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);

    private final Stores stores;
    private final ReplyTriage triage;
    private final ReplyActions actions;
    private final ReplyNotifier notifier;

    public InboundProcessor(Stores stores, ReplyTriage triage, ReplyActions actions, ReplyNotifier notifier) {
        this.stores = stores;
        this.triage = triage;
        this.actions = actions;
        this.notifier = notifier;
    }

    public sealed interface Outcome {
        record Duplicate(String messageId) implements Outcome {
        }

        record Handled(ReplyNotice notice) implements Outcome {
        }
    }

    /** The reply as the actions see it; account and contact are null when we cannot place it. */
    public record Received(long replyId, InboundMessage message, Verdict verdict, Long threadTouchId, Account account,
                           Contact contact) {
    }

    public Outcome process(InboundMessage message) {
        var messageId = messageId(message);
        var replies = stores.replies();
        if (replies.exists(messageId)) return new Outcome.Duplicate(messageId);
        var touch = ThreadMatcher.match(message, replies::touchIdForMessageId).flatMap(m -> stores.touches().find(m.touchId()));
        var sender = message.bounce().map(b -> b.failedRecipient()).filter(a -> a != null && a.contains("@"))
                .orElse(message.from());
        Optional<Contact> contact = touch.isPresent() ? stores.accounts().contact(touch.get().contactId())
                : Optional.ofNullable(sender).flatMap(a -> stores.accounts().contactByEmail(bare(a)));
        var account = contact.flatMap(c -> stores.accounts().account(c.accountId()));
        // no threading headers (some webhooks, some clients): fall back to the sender's latest thread
        var threadTouchId = touch.map(ThreadHistory::rootOf).orElseGet(() -> contact.flatMap(c -> latestThread(c.id())).orElse(null));
        var verdict = Verdict.of(message, triage.triage(new InboundReply(message.subject(),
                message.text().isBlank() ? message.fullText() : message.text(), message.from(), message.headers(),
                message.receivedAt().atOffset(ZoneOffset.UTC).toLocalDate())));
        var replyId = stores.inTransaction(s -> {
            var r = s.replies();
            var id = r.insert(new ReplyStore.NewReply(messageId, MessageIds.canonical(message.inReplyTo()),
                    touch.map(t -> t.id()).orElse(null), threadTouchId, contact.map(Contact::id).orElse(null),
                    account.map(Account::id).orElse(null), Optional.ofNullable(message.from()).orElse(""),
                    message.subject(), message.fullText(), message.receivedAt(), message.autoReply()));
            id.ifPresent(rid -> {
                r.recordTriage(rid, verdict.label(), verdict.confidence(), verdict.returnDate(), verdict.referredTo(),
                        verdict.injectionSuspected());
                s.audit().append(new ReplyEvent.Received(new ReplyId(rid), verdict.label(), verdict.confidence(),
                        threadTouchId, verdict.injectionSuspected(), verdict.reasons()));
            });
            return id;
        });
        if (replyId.isEmpty()) return new Outcome.Duplicate(messageId); // a concurrent delivery won
        var received = new Received(replyId.get(), message, verdict, threadTouchId, account.orElse(null),
                contact.orElse(null));
        var notice = actions.act(received);
        log.info("Reply {} from thread {}: {} ({}) -> {}", replyId.get(), threadTouchId, verdict.label().wire(),
                verdict.confidence(), notice.actions());
        notifier.replyHandled(notice, ReplyCard.load(stores, replyId.get()).orElseThrow());
        return new Outcome.Handled(notice);
    }

    private Optional<Long> latestThread(long contactId) {
        return stores.touches().forContact(contactId).stream()
                .filter(t -> t.kind() == dev.gatehouse.engine.writing.TouchKind.FIRST_EMAIL
                        && t.status() == dev.gatehouse.engine.gate.TouchStatus.SENT)
                .map(t -> t.id()).reduce((a, b) -> b);
    }

    /** A message without a Message-ID (some webhooks) gets a stable one from its content. */
    static String messageId(InboundMessage message) {
        var id = MessageIds.canonical(message.messageId());
        if (id != null) return id;
        var content = message.from() + "\n" + message.subject() + "\n" + message.receivedAt() + "\n" + message.fullText();
        return "<content-" + DigestUtils.sha256Hex(content).substring(0, 32) + "@gatehouse.invalid>";
    }

    static String bare(String address) {
        var lt = address.indexOf('<');
        var gt = address.indexOf('>', lt + 1);
        return (lt >= 0 && gt > lt ? address.substring(lt + 1, gt) : address).trim();
    }
}
