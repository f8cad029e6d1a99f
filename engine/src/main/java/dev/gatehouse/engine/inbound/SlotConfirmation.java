package dev.gatehouse.engine.inbound;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a prospect's answer to the times we proposed (the slot lines {@link ReplyDrafts} writes):
 * when the reply names exactly one of them and does not turn them down, that slot is confirmed.
 * Anything less certain books nothing and stays with the people reading the reply.
 */
public final class SlotConfirmation {
    private static final Pattern SLOT_LINE = Pattern.compile("(?m)^- (\\p{L}+) (\\d{1,2}) (\\p{L}+), (\\d{2}:\\d{2}) \\(([^)]+)\\)$");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.ENGLISH);
    private static final Pattern DECLINE = Pattern.compile("\\b(none|neither|no longer|can'?t|cannot|won'?t|doesn'?t work|"
            + "don'?t work|not work|unavailable|busy|reschedule|another time)\\b");

    private SlotConfirmation() {
    }

    /** The slots a proposal offered, dated in the year that puts them after the proposal was written. */
    public static List<ZonedDateTime> slots(String proposalBody, Instant proposedAt) {
        var slots = new ArrayList<ZonedDateTime>();
        var matcher = SLOT_LINE.matcher(proposalBody);
        while (matcher.find()) {
            try {
                var zone = ZoneId.of(matcher.group(5));
                var year = proposedAt.atZone(zone).getYear();
                var text = matcher.group(2) + " " + matcher.group(3) + " " + year + " " + matcher.group(4);
                var slot = LocalDateTime.parse(text, DAY_MONTH).atZone(zone);
                slots.add(slot.toInstant().isBefore(proposedAt) ? slot.plusYears(1) : slot);
            } catch (java.time.DateTimeException e) {
                // a line that only looks like a slot is ignored
            }
        }
        return slots;
    }

    /** The one slot the reply accepts, if it accepts exactly one. */
    public static Optional<ZonedDateTime> confirmed(String replyText, List<ZonedDateTime> slots) {
        var text = replyText.toLowerCase(Locale.ROOT);
        if (slots.isEmpty() || DECLINE.matcher(text).find()) return Optional.empty();
        var named = slots.stream().filter(slot -> names(text, slot.toLocalDate())).toList();
        return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
    }

    private static boolean names(String text, LocalDate day) {
        var weekday = day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
        var month = day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
        var dom = day.getDayOfMonth();
        return Pattern.compile("\\b" + weekday + "\\b").matcher(text).find()
                || Pattern.compile("\\b" + dom + "(st|nd|rd|th)?\\s+(of\\s+)?" + month + "\\b").matcher(text).find()
                || Pattern.compile("\\b" + month + "\\s+" + dom + "(st|nd|rd|th)?\\b").matcher(text).find()
                || Pattern.compile("\\bthe\\s+" + dom + "(st|nd|rd|th)\\b").matcher(text).find();
    }
}
