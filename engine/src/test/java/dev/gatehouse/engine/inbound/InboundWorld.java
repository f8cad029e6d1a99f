package dev.gatehouse.engine.inbound;

import java.util.Optional;
import dev.gatehouse.engine.gate.ReviewMessage;
import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.briefs.BriefBuilder;
import dev.gatehouse.engine.briefs.Briefs;
import dev.gatehouse.engine.briefs.MeetingBooking;
import dev.gatehouse.engine.briefs.MeetingBrief;
import dev.gatehouse.engine.delivery.Secret;
import dev.gatehouse.engine.delivery.UnsubscribeTokens;
import dev.gatehouse.engine.followups.FollowUpPlanner;
import dev.gatehouse.engine.followups.FollowUps;
import dev.gatehouse.engine.followups.MutableClock;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.gate.ReviewNotifier;
import dev.gatehouse.engine.review.ReviewService;
import dev.gatehouse.engine.gate.SendScheduler;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.pipeline.DraftStep;
import dev.gatehouse.engine.pipeline.TouchDrafting;
import dev.gatehouse.engine.replies.ReplyTriage;
import dev.gatehouse.engine.store.Fixtures;
import dev.gatehouse.engine.store.Stores;
import dev.gatehouse.engine.store.TestDatabase;
import dev.gatehouse.engine.verify.Verifier;
import dev.gatehouse.engine.verify.GuardrailCheck;
import dev.gatehouse.engine.writing.Guardrails;
import dev.gatehouse.engine.writing.Offer;
import dev.gatehouse.engine.writing.OfflineWriter;
import dev.gatehouse.engine.writing.ReplyWriter;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The engine's reply side wired on a fresh real database, with every outward callback recorded:
 * one account, one contact and a first touch ready to be sent.
 */
public final class InboundWorld {
    public static final Instant START = Instant.parse("2026-11-16T09:00:00Z");
    public static final String FROM = "Ari <ari@gatehouse.example>";

    public record Scheduled(long threadTouchId, int step, Instant at) {
    }

    public final MutableClock clock = new MutableClock(START);
    public final Stores stores = TestDatabase.freshStores();
    public final Fixtures.Seeded seeded = new Fixtures(stores).pendingTouch();
    public final List<EscalationNotice> escalations = new CopyOnWriteArrayList<>();
    public final List<ReplyNotice> notices = new CopyOnWriteArrayList<>();
    /** Meetings whose brief was posted, and the briefs. */
    public final List<Long> booked = new CopyOnWriteArrayList<>();
    public final List<MeetingBrief> briefs = new CopyOnWriteArrayList<>();
    public final List<Scheduled> scheduled = new CopyOnWriteArrayList<>();
    public final List<ReviewItem> ready = new CopyOnWriteArrayList<>();
    public final List<Long> sendsScheduled = new CopyOnWriteArrayList<>();
    public final ReviewService review;
    public final DraftStep drafting = new DraftStep(new OfflineWriter(), new Verifier(), new GuardrailCheck(), 2);
    public final TouchDrafting touches;
    public final FollowUps followUps;
    public final MeetingBooking meetings;
    public final InboundProcessor processor;
    /** Signs the unsubscribe links of this world's emails, as the mail configuration would. */
    public final UnsubscribeTokens tokens = new UnsubscribeTokens(new Secret("unsubscribe-secret-for-tests-0123456789abcdef"),
            clock);

    public InboundWorld(ReplyTriage triage) {
        this(triage, Optional.empty());
    }

    /** With {@code replies}, suggested replies are written by that model (two rewrites at most). */
    public InboundWorld(ReplyTriage triage, Optional<ReplyWriter> replies) {
        stores.playbook().saveOffer(new Offer("Ledgerline", "closes the books faster for finance teams",
                List.of("Cut month-end close from 9 days to 4 at a 300-person freight company"), List.of(),
                "Ari Stone", "Account Executive"), "U0MGR");
        var notifier = new ReviewNotifier() {
            public Optional<ReviewMessage> reviewReady(ReviewItem item) {
                ready.add(item);
                return Optional.empty();
            }

            public Optional<ReviewMessage> reviewUpdated(ReviewItem item) {
                return Optional.empty();
            }
        };
        var sends = new SendScheduler() {
            public Instant firstSlot(Contact contact, Instant now) {
                return now;
            }

            public void scheduleSend(long outboxId, Instant at) {
                sendsScheduled.add(outboxId);
            }
        };
        review = new ReviewService(stores, (id, subject, body) -> new dev.gatehouse.engine.verify.Verification.Passed(),
                sends, notifier, clock, FROM);
        touches = new TouchDrafting(stores, drafting, review);
        followUps = new FollowUps(stores, touches, notifier, Guardrails.DEFAULT,
                new FollowUpPlanner(List.of(3, 7, 14)), (t, step, at) -> scheduled.add(new Scheduled(t, step, at)), clock);
        var proposals = new ReplyProposals(stores, touches, Guardrails.DEFAULT, replies, 2);
        meetings = new MeetingBooking(stores, followUps,
                new Briefs(stores, new BriefBuilder(stores, clock), brief -> {
                    booked.add(brief.meetingId());
                    briefs.add(brief);
                }, clock));
        var actions = new ReplyActions(stores, followUps, proposals, escalations::add, meetings,
                Optional.of(tokens));
        processor = new InboundProcessor(stores, triage, actions, (notice, card) -> notices.add(notice));
    }

    /** Approves the first touch and sends it for real through the outbox, then plans follow-ups. */
    public String sendFirstTouch(dev.gatehouse.engine.sending.OutboxDispatch dispatch) {
        review.approve(seeded.touchId(), "U0REP");
        var message = stores.outbox().forTouch(seeded.touchId()).orElseThrow();
        if (dispatch.dispatch(message.id()) != dev.gatehouse.engine.sending.OutboxDispatch.Result.SENT) {
            throw new AssertionError("the first touch was not sent");
        }
        followUps.onSent(seeded.touchId());
        return message.messageId();
    }

    /** Approves the first touch and records it as sent (what OutboxDispatch does), then plans follow-ups. */
    public String sendFirstTouch() {
        review.approve(seeded.touchId(), "U0REP");
        var message = stores.outbox().forTouch(seeded.touchId()).orElseThrow();
        stores.outbox().markSent(message.id(), clock.instant());
        stores.touches().transition(seeded.touchId(), TouchStatus.APPROVED, TouchStatus.SENT, null);
        followUps.onSent(seeded.touchId());
        return message.messageId();
    }
}
