package dev.gatehouse.bot.render;

import dev.gatehouse.engine.signals.Signal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A meeting brief as posted to the team channel; the lead maps engine data into it.
 *
 * @param tenure    nullable, e.g. "4 months in role"
 * @param score     nullable when the account was never scored
 * @param meetingAt nullable when the time is not known
 */
public record BriefView(String contactName, String title, String tenure, String accountName, String accountDomain,
                        Integer score, List<Signal> signals, Instant meetingAt, List<ThreadEntry> thread,
                        List<String> pains, List<String> objections, List<String> talkingPoints,
                        List<String> openQuestions, List<String> risks) {
    public BriefView {
        Objects.requireNonNull(contactName, "contactName");
        Objects.requireNonNull(accountName, "accountName");
        signals = copy(signals);
        thread = copy(thread);
        pains = copy(pains);
        objections = copy(objections);
        talkingPoints = copy(talkingPoints);
        openQuestions = copy(openQuestions);
        risks = copy(risks);
    }

    /** One message of the thread so far; {@code excerpt} is shown as plain text. */
    public record ThreadEntry(String from, Instant at, String excerpt) {
        public ThreadEntry {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(at, "at");
            excerpt = Objects.requireNonNullElse(excerpt, "");
        }
    }

    private static <T> List<T> copy(List<T> list) {
        return List.copyOf(Objects.requireNonNullElse(list, List.of()));
    }
}
