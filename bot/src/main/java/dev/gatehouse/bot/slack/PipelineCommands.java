package dev.gatehouse.bot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.gatehouse.bot.render.PlanText;
import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.Snapshots;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.signals.SignalInput;
import dev.gatehouse.engine.playbook.GoalMetric;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** /goal (managers), /pipeline and /signal (everyone). Counting and ingesting run after the ack. */
final class PipelineCommands {
    private static final Logger log = LoggerFactory.getLogger(PipelineCommands.class);
    private static final Pattern GOAL = Pattern.compile("(\\S+)\\s+(\\S+)(?:\\s+(.+))?");

    private final Engine engine;
    private final SlackWebApi api;
    private final ExecutorService after;

    PipelineCommands(Engine engine, SlackWebApi api, ExecutorService after) {
        this.engine = engine;
        this.api = api;
        this.after = after;
    }

    Response goal(SlashCommandPayload command, SlashCommandContext ctx) {
        var text = SlashCommands.text(command);
        var m = GOAL.matcher(text);
        if (!m.matches()) return Replies.error(ctx, "/goal", "give a number, what to count and a period, e.g. `/goal 10 meetings this week`.");
        int target;
        try {
            target = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            target = -1;
        }
        if (target <= 0 || target > 100_000) return Replies.error(ctx, "target", "`" + m.group(1) + "` is not a whole number from 1 to 100000.");
        var metric = GoalMetric.fromWire(m.group(2));
        if (metric.isEmpty()) {
            return Replies.error(ctx, "what to count", "`" + m.group(2) + "` is not something Gatehouse counts; use one of "
                    + Arrays.stream(GoalMetric.values()).map(x -> "`" + x.wire() + "`").collect(Collectors.joining(", ")) + ".");
        }
        var period = GoalPeriod.parse(m.group(3), Progress.today(engine.now()));
        if (period.isEmpty()) return Replies.error(ctx, "period", "`" + m.group(3) + "` is not a period; use " + GoalPeriod.HINT + ".");
        engine.playbook().setGoal(metric.get(), target, period.get().start(), period.get().end(), command.getUserId(), text);
        return Replies.text(ctx, "Goal set: *" + target + " " + metric.get().wire() + "* from " + period.get().start()
                + " to " + period.get().end() + ". Track it with `/pipeline` or on the Gatehouse home tab.");
    }

    /** {@code /pipeline} answers the caller only; {@code /pipeline share} posts the same to the channel. */
    Response pipeline(SlashCommandPayload command, SlashCommandContext ctx) {
        var option = SlashCommands.text(command).trim();
        if (!option.isEmpty() && !option.equalsIgnoreCase("share")) {
            return Replies.error(ctx, "option", "`" + option + "` is not an option of /pipeline; use `/pipeline` or `/pipeline share`.");
        }
        boolean share = !option.isEmpty();
        after.submit(() -> {
            try {
                if (share) {
                    var posted = api.post(command.getChannelId(), Replies.md(report()));
                    if (posted.isEmpty()) api.ephemeral(command.getChannelId(), command.getUserId(),
                            "Could not post the plan here; invite Gatehouse to this channel and try again.");
                    return;
                }
                Replies.later(api, command.getChannelId(), command.getUserId(), Replies.md(report()));
            } catch (RuntimeException e) {
                log.error("/pipeline failed", e);
                api.ephemeral(command.getChannelId(), command.getUserId(), "Could not count the pipeline just now; try again.");
            }
        });
        return ctx.ack();
    }

    String report() {
        var snapshot = engine.snapshots().pipeline();
        var counts = snapshot.touches();
        var text = new StringBuilder("*Pipeline*\n");
        text.append(Arrays.stream(TouchStatus.values()).map(s -> s.wire().replace('_', ' ') + " " + counts.getOrDefault(s, 0))
                .collect(Collectors.joining(" · ")));
        var plan = Progress.todaysPlan(snapshot.goals(), snapshot.asOf());
        if (!plan.isEmpty()) text.append("\n*Today*\n").append(plan.stream().map(l -> "• " + l).collect(Collectors.joining("\n")));
        text.append('\n').append(PlanText.render(engine.plans().report()));
        var f = snapshot.week();
        text.append("\n*This week*\nsignals ").append(f.signals()).append(" → drafted ").append(f.drafted())
                .append(" → approved ").append(f.approved()).append(" → sent ").append(f.sent())
                .append(" → replied ").append(f.replied()).append(" → meetings ").append(f.meetings());
        if (snapshot.sendingPaused()) text.append("\n:octagonal_sign: Sending is paused (`/resume`).");
        waiting(snapshot.waiting()).ifPresent(line -> text.append('\n').append(line));
        return text.toString();
    }

    /** Accounts created by signals for unknown domains: not scored until their company data is added. */
    static Optional<String> waiting(Snapshots.Waiting waiting) {
        if (waiting.count() == 0) return Optional.empty();
        var shown = String.join(", ", waiting.newest()) + (waiting.count() > waiting.newest().size() ? ", …" : "");
        return Optional.of("*Waiting for company data* " + waiting.count()
                + (waiting.count() == 1 ? " account" : " accounts") + " (" + shown + "): their signals are stored but they "
                + "are not scored until it is added; " + Account.HOW_TO_ADD_COMPANY_DATA
                + ". They are scored and drafted for as soon as it is in.");
    }

    Response signal(SlashCommandPayload command, SlashCommandContext ctx) {
        var parsed = SignalCommand.parse(SlashCommands.text(command), engine.now());
        if (parsed instanceof SignalCommand.Invalid invalid) return Replies.error(ctx, invalid.field(), invalid.problem());
        var input = ((SignalCommand.Valid) parsed).input();
        after.submit(() -> ingest(command, input));
        return Replies.text(ctx, "Adding a *" + input.kind().wire() + "* signal for " + input.accountDomain() + "…");
    }

    private void ingest(SlashCommandPayload command, SignalInput input) {
        try {
            var result = engine.signals().ingest(List.of(input), command.getUserId());
            var waiting = result.waiting().stream().findFirst();
            api.ephemeral(command.getChannelId(), command.getUserId(), result.created().isEmpty()
                    ? "That signal for " + input.accountDomain() + " is already known; nothing added."
                    : waiting.isPresent()
                    ? "Signal added for " + input.accountDomain() + ", " + (waiting.get().createdNow() ? "a new account" : "an account")
                            + " without company data: it is not scored until it has. To add it, "
                            + Account.HOW_TO_ADD_COMPANY_DATA + "."
                    : "Signal added for " + input.accountDomain() + "; the account is being re-scored.");
        } catch (RuntimeException e) {
            log.error("/signal failed", e);
            api.ephemeral(command.getChannelId(), command.getUserId(), "Could not add that signal; nothing was stored.");
        }
    }
}
