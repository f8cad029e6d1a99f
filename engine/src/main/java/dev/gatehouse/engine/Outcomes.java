package dev.gatehouse.engine;

import dev.gatehouse.engine.audit.Actor;
import dev.gatehouse.engine.audit.OutcomeEvent;
import dev.gatehouse.engine.outcomes.AccountOutcome;
import dev.gatehouse.engine.outcomes.OutcomeCommand;
import dev.gatehouse.engine.outcomes.Stage;
import dev.gatehouse.engine.store.Stores;

import java.time.Clock;
import java.util.List;

/**
 * Records what happened after the meeting — qualified opportunity or not, won or lost — as a new
 * version of the account's outcome with its audit row, in one transaction. Slack's buttons and
 * {@code /outcome} call {@link #record}; a CRM sync would call the same.
 */
public final class Outcomes {
    private final Stores stores;
    private final Clock clock;

    Outcomes(Stores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    public sealed interface Result {
        record Recorded(String accountName, AccountOutcome outcome, Stage previous) implements Result {
        }

        /** The command cannot be recorded; {@code problem} names the field. */
        record Invalid(String problem) implements Result {
        }

        record UnknownAccount(String domain) implements Result {
        }
    }

    public Result record(OutcomeCommand command) {
        var problem = command.problem();
        if (problem.isPresent()) return new Result.Invalid(problem.get());
        var account = stores.accounts().byDomain(command.domain());
        if (account.isEmpty()) return new Result.UnknownAccount(command.domain());
        var id = account.get().id();
        return stores.inTransaction(s -> {
            var previous = s.outcomes().latest(id).map(AccountOutcome::stage).orElse(null);
            var stored = s.outcomes().append(id, command.stage(), command.amount(), command.note(),
                    command.source().wire(), command.actor(), command.meetingId(), clock.instant());
            s.audit().append(new OutcomeEvent.Recorded(Actor.fromWire(command.actor()), id, stored.version(),
                    previous == null ? null : previous.wire(), stored.stage().wire(), stored.amount(),
                    stored.source(), stored.note()));
            return new Result.Recorded(account.get().name(), stored, previous);
        });
    }

    /** The outcome for the account a meeting was with, from the meeting brief's buttons. */
    public Result recordForMeeting(long meetingId, Stage stage, String actor) {
        var meeting = stores.meetings().find(meetingId);
        if (meeting.isEmpty()) return new Result.Invalid("meeting: #" + meetingId + " does not exist");
        var account = stores.accounts().account(meeting.get().accountId()).orElseThrow();
        return record(new OutcomeCommand(account.domain(), stage, null, null, OutcomeCommand.Source.SLACK, actor,
                meetingId));
    }

    /** Every version of the account's outcome, oldest first. */
    public List<AccountOutcome> history(String domain) {
        return stores.accounts().byDomain(domain.trim().toLowerCase(java.util.Locale.ROOT))
                .map(a -> stores.outcomes().history(a.id())).orElse(List.of());
    }
}
