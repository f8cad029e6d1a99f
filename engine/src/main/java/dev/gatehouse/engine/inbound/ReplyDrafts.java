package dev.gatehouse.engine.inbound;

import dev.gatehouse.engine.accounts.Contact;
import dev.gatehouse.engine.replies.ReplyLabel;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.writing.Guardrails;
import dev.gatehouse.engine.writing.Offer;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Suggested answers to a prospect, as a starting point a person edits before approving. They
 * claim nothing (no numbers, no customers), so the verifier has nothing to block; the reviewer
 * adds the substance. Never uses the prospect's text beyond quoting it back in the review.
 */
public final class ReplyDrafts {
    public static final String WRITER = "reply-template";
    private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

    private ReplyDrafts() {
    }

    public static Draft reply(ReplyLabel label, Contact contact, String threadSubject, Offer offer,
                              Guardrails guardrails, List<ZonedDateTime> times) {
        var subject = threadSubject.regionMatches(true, 0, "re:", 0, 3) ? threadSubject : "Re: " + threadSubject;
        var body = new StringBuilder("Hi ").append(contact.firstName()).append(",\n\n");
        body.append(switch (label) {
            case QUESTION -> "Thanks for the question. [Answer it here in two or three sentences.]";
            case OBJECTION -> "Thanks for being straight with me, that is fair. [Address the concern in a sentence or two.]";
            case MEETING_REQUEST -> "Happy to set up a call. Would one of these work for you?\n\n" + slots(times)
                    + "\n\nIf none suits, send me a time that does.";
            default -> "Thanks for getting back to me. [Reply to their point here.] Would a short call next week help?";
        });
        body.append("\n\n").append(signature(offer, guardrails));
        return new Draft(subject, body.toString(), List.of(), WRITER, null);
    }

    /** The next {@code count} weekday slots at 10:00 in the contact's zone, at least a day out. */
    public static List<ZonedDateTime> proposedTimes(Instant after, ZoneId zone, int count) {
        var times = new ArrayList<ZonedDateTime>();
        var day = after.atZone(zone).toLocalDate().plusDays(1);
        while (times.size() < count) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                times.add(ZonedDateTime.of(day, LocalTime.of(10, 0), zone));
            }
            day = day.plusDays(1);
        }
        return times;
    }

    private static String slots(List<ZonedDateTime> times) {
        var lines = new ArrayList<String>();
        for (var t : times) lines.add(slotLine(t));
        return String.join("\n", lines);
    }

    /** One offered time as the line {@link SlotConfirmation} reads back when the prospect picks it. */
    public static String slotLine(ZonedDateTime time) {
        return "- " + SLOT.format(time) + " (" + time.getZone().getId() + ")";
    }

    private static String signature(Offer offer, Guardrails guardrails) {
        if (!guardrails.signature().isBlank()) return guardrails.signature().strip();
        if (!offer.senderName().isBlank()) return offer.senderName().strip();
        return "The team";
    }
}
