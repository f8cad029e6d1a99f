package dev.gatehouse.engine.inbound;

import dev.gatehouse.engine.audit.ProspectEvent;
import dev.gatehouse.engine.ids.ReplyId;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.followups.ThreadHistory;
import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.writing.TouchKind;
import dev.gatehouse.engine.pipeline.TouchDrafting;
import dev.gatehouse.engine.replies.ReplyLabel;
import dev.gatehouse.engine.replies.ingest.InboundMessage;
import dev.gatehouse.engine.research.Researcher;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.writing.Guardrails;
import dev.gatehouse.engine.writing.Offer;
import dev.gatehouse.engine.writing.ReplyRequest;
import dev.gatehouse.engine.writing.ReplyWriter;
import dev.gatehouse.engine.writing.WritingRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Touches proposed because of a reply: a suggested answer in the thread, or an intro to a
 * referred colleague. Each lands in review (pending or blocked), never in the outbox: only a
 * person's approval sends them, whatever the autonomy policy says.
 */
public final class ReplyProposals {
    /** The writer name of a reply a person wrote in Slack. */
    public static final String PERSON_WRITER = "a person in Slack";
    private static final Offer NO_OFFER = new Offer("", "", List.of(), List.of(), "", "");
    private static final TouchDrafting.Route PROPOSAL = new TouchDrafting.Route.Proposal();

    private final Stores stores;
    private final TouchDrafting touches;
    private final Guardrails guardrails;
    private final Optional<ModelReplies> model;

    /** Offline: suggested replies are the templates. */
    public ReplyProposals(Stores stores, TouchDrafting touches, Guardrails guardrails) {
        this(stores, touches, guardrails, Optional.empty(), 0);
    }

    /** With a model ({@code writer}), suggested replies are written by it, verified and rewritten up to {@code maxRewrites} times. */
    public ReplyProposals(Stores stores, TouchDrafting touches, Guardrails guardrails, Optional<ReplyWriter> writer,
                          int maxRewrites) {
        this.stores = stores;
        this.touches = touches;
        this.guardrails = guardrails;
        this.model = writer.map(w -> new ModelReplies(w, touches, maxRewrites));
    }

    /**
     * A suggested answer to {@code message} as a REPLY touch in the thread; empty when replies are
     * off limits, or for a meeting request (proposed times) when meeting booking is. With a model it
     * is written from the thread, the prospect's words, the offer and the research; else (or when
     * the model cannot answer) it is the template.
     */
    public Optional<Long> answer(long replyId, ReplyLabel label, long threadTouchId, Account account, Contact contact,
                                 InboundMessage message) {
        if (stores.playbook().autonomy(ActionType.PROSPECT_REPLY) == AutonomyLevel.OFF_LIMITS) return Optional.empty();
        if (label == ReplyLabel.MEETING_REQUEST
                && stores.playbook().autonomy(ActionType.MEETING_BOOKING) == AutonomyLevel.OFF_LIMITS) return Optional.empty();
        long reserved = touches.reserveId();
        if (model.isPresent()) {
            var request = replyRequest(label, threadTouchId, account, contact, message);
            var written = model.get().write(request, reserved);
            if (written.isPresent()) {
                var result = written.get();
                return Optional.of(touches.submit(reserved, request.context(), threadTouchId, result.draft(),
                        result.verification(), result.attempts(), PROPOSAL,
                        Map.of("reply_id", replyId, "label", label.wire())).touchId());
            }
        }
        return Optional.of(template(reserved, replyId, label, threadTouchId, account, contact, message.receivedAt()));
    }

    private ReplyRequest replyRequest(ReplyLabel label, long threadTouchId, Account account, Contact contact,
                                      InboundMessage message) {
        var offer = stores.playbook().currentOffer().map(v -> v.value()).orElse(NO_OFFER);
        var step = ThreadHistory.touches(stores, threadTouchId).stream().mapToInt(t -> t.step()).max().orElse(0) + 1;
        var signals = stores.signals().forAccount(account.id());
        var facts = new Researcher().research(account, contact, signals, message.receivedAt());
        var context = new WritingRequest(TouchKind.REPLY, step, account, contact, facts, signals, offer, guardrails,
                ThreadHistory.sent(stores, threadTouchId), List.of());
        var slots = label != ReplyLabel.MEETING_REQUEST ? List.<String>of()
                : SenderZone.workingSlots(message.receivedAt(),
                        SenderZone.of(contact, account, message.header("date"), message.receivedAt()), 3)
                .stream().map(ReplyDrafts::slotLine).toList();
        return new ReplyRequest(label, message.text(), slots, context);
    }

    /** The template answer (offline, or when the model could not write). */
    private long template(long reserved, long replyId, ReplyLabel label, long threadTouchId, Account account,
                          Contact contact, Instant receivedAt) {
        var thread = ThreadHistory.touches(stores, threadTouchId);
        var offer = stores.playbook().currentOffer().map(v -> v.value()).orElse(NO_OFFER);
        var times = label == ReplyLabel.MEETING_REQUEST
                ? ReplyDrafts.proposedTimes(receivedAt, contact.timeZone(), 3) : List.<java.time.ZonedDateTime>of();
        var draft = ReplyDrafts.reply(label, contact, thread.getFirst().draft().subject(), offer, guardrails, times);
        var step = thread.stream().mapToInt(t -> t.step()).max().orElse(0) + 1;
        var request = new WritingRequest(TouchKind.REPLY, step, account, contact, List.of(),
                stores.signals().forAccount(account.id()), offer, guardrails, ThreadHistory.sent(stores, threadTouchId),
                List.of());
        // the proposed slots are our offer of times, not claims about the prospect: verify the rest
        var claims = ReplyDrafts.reply(label, contact, thread.getFirst().draft().subject(), offer, guardrails, List.of());
        var verification = withPlaceholders(draft, touches.check(claims, request));
        return touches.submit(reserved, request, threadTouchId, draft, verification, 0, PROPOSAL,
                Map.of("reply_id", replyId, "label", label.wire())).touchId();
    }

    /**
     * A reply a person wrote in Slack, as a REPLY touch in the thread. It is verified like any
     * draft and waits for review (pending, or blocked when a claim cannot be grounded): writing it
     * is not approving it.
     */
    public long written(long replyId, long threadTouchId, Account account, Contact contact, String subject,
                        String body, String actor) {
        var thread = ThreadHistory.touches(stores, threadTouchId);
        var offer = stores.playbook().currentOffer().map(v -> v.value()).orElse(NO_OFFER);
        var step = thread.stream().mapToInt(t -> t.step()).max().orElse(0) + 1;
        var request = new WritingRequest(TouchKind.REPLY, step, account, contact, List.of(),
                stores.signals().forAccount(account.id()), offer, guardrails, ThreadHistory.sent(stores, threadTouchId),
                List.of());
        var draft = new Draft(subject, body, List.of(), PERSON_WRITER, null);
        var verification = withPlaceholders(draft, touches.check(draft, request));
        return touches.submit(request, threadTouchId, draft, verification, PROPOSAL,
                Map.of("reply_id", replyId, "written_by", actor)).touchId();
    }

    /**
     * The referred colleague as a new contact with a drafted intro (a new thread) for review.
     * Empty when the address is suppressed or first emails are off limits.
     */
    public Optional<Long> referral(long replyId, String address, Account account, Contact referrer) {
        var email = address.trim().toLowerCase(Locale.ROOT);
        if (stores.suppressions().isSuppressed(email)) return Optional.empty();
        if (stores.playbook().autonomy(ActionType.FIRST_EMAIL) == AutonomyLevel.OFF_LIMITS) return Optional.empty();
        var contact = stores.accounts().contactByEmail(email).orElseGet(() -> {
            var name = nameFrom(email);
            var id = stores.accounts().upsert(new Contact(0, account.id(), email, name[0], name[1], null, null,
                    referrer.timeZone(), null));
            stores.audit().append(new ProspectEvent.ContactProposed(id, email, referrer.email(), new ReplyId(replyId)));
            return stores.accounts().contact(id).orElseThrow();
        });
        var offer = stores.playbook().currentOffer().map(v -> v.value()).orElse(NO_OFFER);
        var signals = stores.signals().forAccount(account.id());
        var request = new WritingRequest(TouchKind.FIRST_EMAIL, 0, account, contact, List.of(), signals, offer,
                guardrails, List.of(), List.of());
        return touches.draft(request, null, PROPOSAL, Map.of("reply_id", replyId, "referred_by", referrer.email()),
                TouchDrafting.Claim.ALWAYS).map(TouchDrafting.Drafted::touchId);
    }

    /** A template's [bracketed] gaps must be filled by a person: until then the draft is blocked. */
    private static Verification withPlaceholders(Draft draft, Verification verification) {
        var problems = new ArrayList<>(verification.problems());
        problems.addAll(ReplyChecks.placeholders(draft));
        return Verification.of(problems);
    }

    static String[] nameFrom(String email) {
        var local = email.substring(0, email.indexOf('@')).replaceAll("[0-9]", "");
        var parts = local.split("[._-]+");
        var first = parts.length > 0 && !parts[0].isBlank() ? capitalize(parts[0]) : "there";
        var last = parts.length > 1 ? capitalize(parts[parts.length - 1]) : null;
        return new String[]{first, last};
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
