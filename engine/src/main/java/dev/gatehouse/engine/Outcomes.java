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

        /**
         * Not recorded: the account's outcome changed since the person started (a colleague's or
         * their own earlier submission, a replay); {@code current} is where it stands now.
         */
        record Superseded(String accountName, AccountOutcome current) implements Result {
        }
    }

    /** The account a meeting was with and its outcome now (empty before the first), for the brief's Won / Lost. */
    public record Standing(long meetingId, String accountName, String domain, java.util.Optional<AccountOutcome> outcome) {
        /** The version a change is based on: 0 before the first outcome. */
        public int version() {
            return outcome.map(AccountOutcome::version).orElse(0);
        }
    }

    public Result record(OutcomeCommand command) {
        return record(command, null);
    }

    /**
     * Records the command only while the account's outcome is still at {@code basedOnVersion} (0:
     * none yet), the version the person saw when they started: a replayed or concurrent second
     * submission of the same change finds it moved and records nothing ({@link Result.Superseded}).
     */
    public Result recordIfUnchanged(OutcomeCommand command, int basedOnVersion) {
        return record(command, basedOnVersion);
    }

    private Result record(OutcomeCommand command, Integer basedOnVersion) {
        var problem = command.problem();
        if (problem.isPresent()) return new Result.Invalid(problem.get());
        var account = stores.accounts().byDomain(command.domain());
        if (account.isEmpty()) return new Result.UnknownAccount(command.domain());
        var id = account.get().id();
        return stores.inTransaction(s -> {
            s.outcomes().lock(id);
            var latest = s.outcomes().latest(id);
            if (basedOnVersion != null && latest.map(AccountOutcome::version).orElse(0) != basedOnVersion.intValue()) {
                return new Result.Superseded(account.get().name(), latest.orElseThrow());
            }
            var previous = latest.map(AccountOutcome::stage).orElse(null);
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

    /** Where the account a meeting was with stands; empty when the meeting does not exist. */
    public java.util.Optional<Standing> standing(long meetingId) {
        return stores.meetings().find(meetingId).flatMap(m -> stores.accounts().account(m.accountId()))
                .map(a -> new Standing(meetingId, a.name(), a.domain(), stores.outcomes().latest(a.id())));
    }

    /** Every version of the account's outcome, oldest first. */
    public List<AccountOutcome> history(String domain) {
        return stores.accounts().byDomain(domain.trim().toLowerCase(java.util.Locale.ROOT))
                .map(a -> stores.outcomes().history(a.id())).orElse(List.of());
    }
}
