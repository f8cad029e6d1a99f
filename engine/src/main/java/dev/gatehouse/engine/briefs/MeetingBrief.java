package dev.gatehouse.engine.briefs;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a rep reads before a booked meeting. Every statement carries the ids of the stored rows
 * it comes from, so nothing in it is invented; sections may be empty when there is nothing on record.
 */
public record MeetingBrief(long meetingId, Instant startsAt, long accountId, String accountName, String ownerSlackId,
                           List<Statement> who, List<Statement> account, List<Statement> signals,
                           List<Statement> thread, List<Statement> pains, List<Statement> objections,
                           List<Statement> talkingPoints, List<Statement> openQuestions, List<Statement> risks) {
    public MeetingBrief {
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(accountName, "accountName");
        who = List.copyOf(who);
        account = List.copyOf(account);
        signals = List.copyOf(signals);
        thread = List.copyOf(thread);
        pains = List.copyOf(pains);
        objections = List.copyOf(objections);
        talkingPoints = List.copyOf(talkingPoints);
        openQuestions = List.copyOf(openQuestions);
        risks = List.copyOf(risks);
    }

    public List<Statement> statements() {
        return Stream.of(who, account, signals, thread, pains, objections, talkingPoints, openQuestions, risks)
                .flatMap(List::stream).toList();
    }
}
