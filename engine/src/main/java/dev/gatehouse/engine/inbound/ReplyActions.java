package dev.gatehouse.engine.inbound;

import dev.gatehouse.engine.audit.Actor;
import dev.gatehouse.engine.audit.ProspectEvent;
import dev.gatehouse.engine.delivery.SuppressionReason;
import dev.gatehouse.engine.exceptions.ExceptionKind;
import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.review.ExceptionQueue;
import dev.gatehouse.engine.delivery.UnsubscribeTokens;
import dev.gatehouse.engine.ids.ReplyId;
import dev.gatehouse.engine.sequence.StopReason;
import dev.gatehouse.engine.briefs.MeetingBooking;
import dev.gatehouse.engine.followups.FollowUps;
import dev.gatehouse.engine.replies.ReplyLabel;
import dev.gatehouse.engine.store.Stores;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a triaged reply leads to. Suppression and stopping the sequence happen at once, without
 * a person; everything a prospect would see is only proposed for review. An escalation (or a
 * suspected injection) drafts nothing and goes straight to the account owner; for a customer's
 * contact, to the customer's CSM (hot words become a customer escalation, with the managers told
 * when nobody acknowledges it in time).
 */
public final class ReplyActions {
    private final Stores stores;
    private final FollowUps followUps;
    private final ReplyProposals proposals;
    private final Escalations escalations;
    private final MeetingBooking meetings;
    private final Optional<UnsubscribeTokens> tokens;
    private final ExceptionQueue exceptions;
    private final CustomerReplies customers;

    /** {@code tokens} read the recipient back from an unsubscribe email's subject; empty when mail is not configured. */
    public ReplyActions(Stores stores, FollowUps followUps, ReplyProposals proposals, Escalations escalations,
                        MeetingBooking meetings, Optional<UnsubscribeTokens> tokens) {
        this(stores, followUps, proposals, escalations, meetings, tokens,
                new ExceptionQueue(stores, dev.gatehouse.engine.gate.ReviewNotifier.NONE, java.time.Clock.systemUTC()));
    }

    /** {@code exceptions}: where a reply triage was unsure of goes for a person to take. */
    public ReplyActions(Stores stores, FollowUps followUps, ReplyProposals proposals, Escalations escalations,
                        MeetingBooking meetings, Optional<UnsubscribeTokens> tokens, ExceptionQueue exceptions) {
        this(stores, followUps, proposals, escalations, meetings, tokens, exceptions, CustomerReplies.NONE);
    }

    /** {@code customers}: replies from a customer's contacts go to its CSM, and hot ones are customer escalations. */
    public ReplyActions(Stores stores, FollowUps followUps, ReplyProposals proposals, Escalations escalations,
                        MeetingBooking meetings, Optional<UnsubscribeTokens> tokens, ExceptionQueue exceptions,
                        CustomerReplies customers) {
        this.customers = customers;
        this.exceptions = exceptions;
        this.stores = stores;
        this.followUps = followUps;
        this.proposals = proposals;
        this.escalations = escalations;
        this.meetings = meetings;
        this.tokens = tokens;
    }

    /** Below this triage confidence, nothing is done on the label's strength (suppression and escalation aside). */
    public static final double LOW_CONFIDENCE = 0.2;

    public ReplyNotice act(InboundProcessor.Received r) {
        var done = new ArrayList<String>();
        Long proposed = null;
        Long meeting = bookFromInvite(r, done);
        var label = r.verdict().label();
        // an email sent through the List-Unsubscribe mailto names its recipient by token, whoever sends it
        var tokenAddress = tokens.flatMap(t -> t.inSubject(r.message().subject()));
        if (customerEscalation(r, tokenAddress.isPresent())) {
            stop(r, StopReason.ESCALATION, done);
            done.add("escalated to the customer's CSM (the managers if nobody acknowledges it in time)");
        } else if (r.verdict().escalate()) {
            if (tokenAddress.isPresent()) unsubscribe(r, tokenAddress, done);
            stop(r, StopReason.ESCALATION, done);
            escalate(r);
            done.add("escalated to " + (owner(r) == null ? "the team channel" : owner(r)));
        } else if (label == ReplyLabel.UNSUBSCRIBE || tokenAddress.isPresent()) {
            unsubscribe(r, tokenAddress, done);
        } else if (label == ReplyLabel.BOUNCE) {
            if (r.verdict().hardBounce()) suppress(r, address(r), SuppressionReason.BOUNCE, done);
            stop(r, StopReason.BOUNCE, done);
        } else if (r.verdict().confidence() < LOW_CONFIDENCE) {
            // the exceptions path: an unsure label acts on nothing but the stop any reply causes
            stop(r, StopReason.REPLY, done);
            var unsure = String.format("unsure what this reply means (%s, %.0f%%): left for a person, nothing drafted",
                    label.wire(), r.verdict().confidence() * 100);
            done.add(unsure);
            exceptions.raise(ExceptionKind.LOW_CONFIDENCE, "reply", Long.toString(r.replyId()),
                    r.account() == null ? null : r.account().id(), owner(r), "A reply from "
                            + (r.message().from() == null ? "an unknown sender" : r.message().from()) + ": " + unsure
                            + ". Read it and answer it (or not) yourself.");
        } else if (label == ReplyLabel.OUT_OF_OFFICE) {
            postpone(r, done);
        } else {
            stop(r, StopReason.REPLY, done);
            if (meeting == null) meeting = bookConfirmedSlot(r, done);
            proposed = propose(r, meeting != null, done);
        }
        stores.replies().recordActions(r.replyId(), done, proposed);
        return new ReplyNotice(r.replyId(), r.threadTouchId(), r.account() == null ? null : r.account().id(), owner(r),
                r.message().from() == null ? "" : r.message().from(), label, r.verdict().confidence(), done, proposed,
                meeting);
    }

    private Long propose(InboundProcessor.Received r, boolean booked, List<String> done) {
        var label = r.verdict().label();
        if (r.account() == null || r.contact() == null) return null;
        if (label == ReplyLabel.REFERRAL) {
            if (r.verdict().referredTo() == null) return null;
            var id = proposals.referral(r.replyId(), r.verdict().referredTo(), r.account(), r.contact()).orElse(null);
            if (id != null) done.add("proposed " + r.verdict().referredTo() + " with intro touch #" + id);
            return id;
        }
        var answerable = label == ReplyLabel.INTERESTED || label == ReplyLabel.QUESTION
                || label == ReplyLabel.OBJECTION || label == ReplyLabel.MEETING_REQUEST;
        if (!answerable || booked || r.threadTouchId() == null) return null;
        var offLimits = offLimits(label == ReplyLabel.MEETING_REQUEST
                ? List.of(ActionType.PROSPECT_REPLY, ActionType.MEETING_BOOKING) : List.of(ActionType.PROSPECT_REPLY));
        if (offLimits.isPresent()) {
            done.add(offLimits.get().wire() + " is off limits by policy: left for a person, nothing drafted");
            return null;
        }
        var id = proposals.answer(r.replyId(), label, r.threadTouchId(), r.account(), r.contact(), r.message())
                .orElse(null);
        if (id != null) done.add("drafted reply touch #" + id + " for review");
        return id;
    }

    private Optional<ActionType> offLimits(List<ActionType> types) {
        return types.stream().filter(t -> stores.playbook().autonomy(t) == AutonomyLevel.OFF_LIMITS).findFirst();
    }

    /** The prospect picked one of the times a sent proposal offered: record the meeting. */
    private Long bookConfirmedSlot(InboundProcessor.Received r, List<String> done) {
        if (r.threadTouchId() == null || r.account() == null) return null;
        for (var touch : dev.gatehouse.engine.followups.ThreadHistory.touches(stores, r.threadTouchId()).reversed()) {
            // a suggested reply offered the times, whoever wrote it (the template, the model or a person)
            if (touch.status() != dev.gatehouse.engine.gate.TouchStatus.SENT
                    || touch.kind() != dev.gatehouse.engine.writing.TouchKind.REPLY) {
                continue;
            }
            var slots = SlotConfirmation.slots(touch.draft().body(), touch.createdAt());
            if (slots.isEmpty()) continue;
            var slot = SlotConfirmation.confirmed(r.message().text(), slots);
            if (slot.isEmpty()) return null;
            var booked = book(r, slot.get().toInstant(), MeetingBooking.Source.REPLY, "reply:" + r.replyId());
            if (booked.isEmpty()) return null;
            done.add("booked meeting #" + booked.get().meetingId() + " at " + slot.get()
                    + " (the prospect confirmed a proposed time)");
            return booked.get().meetingId();
        }
        return null;
    }

    private Long bookFromInvite(InboundProcessor.Received r, List<String> done) {
        var invite = r.message().calendarInvite();
        if (invite.isEmpty() || r.account() == null) return null;
        var ref = invite.get().uid() == null ? "message:" + InboundProcessor.messageId(r.message()) : "ics:" + invite.get().uid();
        var booked = book(r, invite.get().start(), MeetingBooking.Source.CALENDAR, ref);
        if (booked.isEmpty()) return null;
        done.add("booked meeting #" + booked.get().meetingId() + " at " + invite.get().start());
        if (r.threadTouchId() != null) {
            done.add("stopped the sequence (meeting)" + (booked.get().cancelledFollowUps() ? ", cancelled open follow-ups" : ""));
        }
        return booked.get().meetingId();
    }

    private Optional<MeetingBooking.Booked> book(InboundProcessor.Received r, Instant startsAt, MeetingBooking.Source source,
                                                 String ref) {
        return meetings.book(new MeetingBooking.Request(r.account().id(), r.contact() == null ? null : r.contact().id(),
                r.threadTouchId(), startsAt, source, ref, r.replyId(), Actor.GATEHOUSE.wire()));
    }

    private void suppress(InboundProcessor.Received r, String address, SuppressionReason reason, List<String> done) {
        if (address == null || address.isBlank()) return;
        if (stores.suppressions().suppress(address, reason, "reply:" + r.replyId())) {
            stores.audit().append(new ProspectEvent.Suppressed(address.toLowerCase(), reason, new ReplyId(r.replyId())));
        }
        done.add("suppressed " + address + " (" + reason.wire() + ")");
    }

    /**
     * Suppresses the address the unsubscribe token names first, then the contact's and the sender's,
     * and stops every sequence with each of them: the person the emails go to stops getting them
     * even when they ask from another address.
     */
    private void unsubscribe(InboundProcessor.Received r, Optional<String> tokenAddress, List<String> done) {
        var addresses = new LinkedHashSet<String>();
        tokenAddress.ifPresent(addresses::add);
        var from = r.message().from() == null ? null : InboundProcessor.bare(r.message().from());
        for (var address : new String[] {address(r), from}) {
            if (address != null && address.contains("@")) addresses.add(address.toLowerCase(Locale.ROOT));
        }
        stop(r, StopReason.UNSUBSCRIBE, done);
        for (var address : addresses) {
            suppress(r, address, SuppressionReason.UNSUBSCRIBE, done);
            stores.accounts().contactByEmail(address)
                    .filter(c -> r.contact() == null || c.id() != r.contact().id())
                    .ifPresent(c -> done.add("stopped every sequence with " + address
                            + (followUps.stopAllFor(c.id(), StopReason.UNSUBSCRIBE, Actor.GATEHOUSE.wire())
                            ? ", cancelled open follow-ups" : "")));
        }
    }

    private void stop(InboundProcessor.Received r, StopReason reason, List<String> done) {
        if (r.threadTouchId() == null) return;
        var hadOpen = followUps.stop(r.threadTouchId(), reason, Actor.GATEHOUSE.wire());
        done.add("stopped the sequence (" + reason.wire() + ")" + (hadOpen ? ", cancelled open follow-ups" : ""));
    }

    private void postpone(InboundProcessor.Received r, List<String> done) {
        if (r.threadTouchId() == null) return;
        var zone = r.contact() == null ? ZoneId.of("UTC") : r.contact().timeZone();
        var back = r.verdict().returnDate() != null ? r.verdict().returnDate().plusDays(1)
                : r.message().receivedAt().atZone(zone).toLocalDate().plusDays(7);
        var moved = followUps.postpone(r.threadTouchId(), back.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant(),
                "out of office" + (r.verdict().returnDate() == null ? "" : " until " + r.verdict().returnDate()));
        done.add(moved.isEmpty() ? "no follow-up to move" : "moved " + moved.size() + " follow-up(s) to " + back);
    }

    private void escalate(InboundProcessor.Received r) {
        var text = r.message().text().isBlank() ? r.message().fullText() : r.message().text();
        escalations.escalate(new EscalationNotice(r.replyId(), r.account() == null ? null : r.account().id(),
                r.account() == null ? null : r.account().name(), owner(r),
                r.message().from() == null ? "" : r.message().from(), r.message().subject(),
                text.length() > 500 ? text.substring(0, 500) + "…" : text, r.verdict().injectionSuspected(),
                r.verdict().reasons()));
    }

    /**
     * A customer contact's hot reply (not an unsubscribe, bounce or auto-reply, not a suspected
     * injection, which stays a reply escalation): escalated the customer-success way.
     */
    private boolean customerEscalation(InboundProcessor.Received r, boolean unsubscribeToken) {
        var label = r.verdict().label();
        if (r.account() == null || unsubscribeToken || r.verdict().injectionSuspected() || label == ReplyLabel.UNSUBSCRIBE
                || label == ReplyLabel.BOUNCE || label == ReplyLabel.OUT_OF_OFFICE) {
            return false;
        }
        var text = r.message().text().isBlank() ? r.message().fullText() : r.message().text();
        return customers.escalate(r.account().id(), r.replyId(), r.message().subject() + "\n" + text, r.verdict().escalate());
    }

    /** Who hears about the reply: a customer's CSM, else the account owner. */
    private String owner(InboundProcessor.Received r) {
        if (r.account() == null) return null;
        return customers.csm(r.account().id()).orElse(r.account().ownerSlackId());
    }

    private static String address(InboundProcessor.Received r) {
        if (r.verdict().label() == ReplyLabel.BOUNCE) {
            var failed = r.message().bounce().map(b -> b.failedRecipient()).orElse(null);
            if (failed != null && failed.contains("@")) return InboundProcessor.bare(failed);
        }
        return r.contact() != null ? r.contact().email() : r.message().from();
    }
}
