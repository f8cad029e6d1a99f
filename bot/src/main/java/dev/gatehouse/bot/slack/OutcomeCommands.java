package dev.gatehouse.bot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.gatehouse.bot.render.AuditRenderer;
import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.Outcomes;
import dev.gatehouse.engine.experiment.GateExperiment;
import dev.gatehouse.engine.outcomes.OutcomeCommand;
import dev.gatehouse.engine.outcomes.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code /outcome} (reviewers), {@code /experiment}, {@code /audit} and {@code /digest} (managers):
 * what happened after the meeting, the gate experiment, the audit trail and the weekly digest.
 */
final class OutcomeCommands {
    private static final Logger log = LoggerFactory.getLogger(OutcomeCommands.class);
    static final String OUTCOME_HINT = "`/outcome acme.com won 12000 signed the annual plan` "
            + "(won, lost, qualified or not-qualified; an amount only for won or lost)";
    private static final Pattern OUTCOME = Pattern.compile("(\\S+)\\s+(\\S+)(?:\\s+(.*))?", Pattern.DOTALL);
    private static final Pattern AMOUNT = Pattern.compile("\\$?([0-9][0-9,]*(?:\\.[0-9]{1,2})?)([kKmM]?)");
    private static final Pattern PERCENT = Pattern.compile("gate\\s+([0-9]{1,2})\\s*%?");
    private static final Pattern USER = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>|([UW][A-Z0-9]{2,})");

    private final Engine engine;
    private final Roles roles;
    private final SlackWebApi api;
    private final ExecutorService after;
    private final Function<String, DigestPoster> digests;

    /** {@code digests}: the poster for the channel a /digest was typed in (the digest channel when one is set). */
    OutcomeCommands(Engine engine, Roles roles, SlackWebApi api, ExecutorService after, Function<String, DigestPoster> digests) {
        this.engine = engine;
        this.roles = roles;
        this.api = api;
        this.after = after;
        this.digests = digests;
    }

    Response outcome(SlashCommandPayload command, SlashCommandContext ctx) {
        if (!roles.mayReview(command.getUserId())) {
            return Replies.refusal(ctx, "Only reviewers can record outcomes. Ask a manager to add you to GATEHOUSE_REPS.");
        }
        var m = OUTCOME.matcher(SlashCommands.text(command));
        if (!m.matches()) return Replies.error(ctx, "/outcome", "give a domain and an outcome, e.g. " + OUTCOME_HINT + ".");
        var stage = Stage.fromWire(m.group(2));
        if (stage.isEmpty()) return Replies.error(ctx, "outcome", "`" + m.group(2) + "` is not won, lost, qualified or not-qualified.");
        var rest = m.group(3) == null ? "" : m.group(3).strip();
        BigDecimal amount = null;
        var first = rest.split("\\s+", 2);
        var a = AMOUNT.matcher(first[0]);
        if (!rest.isEmpty() && stage.get().closed() && a.matches()) {
            amount = amount(a.group(1), a.group(2));
            rest = first.length > 1 ? first[1] : "";
        }
        var result = engine.outcomes().record(new OutcomeCommand(m.group(1), stage.get(), amount, rest,
                OutcomeCommand.Source.SLACK, command.getUserId(), null));
        return switch (result) {
            case Outcomes.Result.Recorded r -> Replies.text(ctx, "Recorded: *" + r.accountName() + "* is *"
                    + r.outcome().stage().wire().replace('_', '-') + "*"
                    + (r.outcome().amount() == null ? "" : " ($" + r.outcome().amount().toPlainString() + ")")
                    + (r.previous() == null ? "" : " (was " + r.previous().wire().replace('_', '-') + ")")
                    + ", version " + r.outcome().version() + ". It counts in this week's report and the digest.");
            case Outcomes.Result.Invalid invalid -> Replies.error(ctx, invalid.problem().substring(0, invalid.problem().indexOf(':')),
                    invalid.problem().substring(invalid.problem().indexOf(':') + 1).strip());
            case Outcomes.Result.UnknownAccount unknown -> Replies.error(ctx, "domain", "no account has the domain `"
                    + unknown.domain() + "`.");
            case Outcomes.Result.Superseded s -> Replies.text(ctx, "It changed meanwhile; nothing recorded.");
        };
    }

    /** An amount as people type it: {@code 12000}, {@code $12,000.50}, {@code 12k}, {@code 1.2m}; empty when it is none. */
    static java.util.Optional<BigDecimal> amount(String text) {
        var a = AMOUNT.matcher(text.strip());
        return a.matches() ? java.util.Optional.of(amount(a.group(1), a.group(2))) : java.util.Optional.empty();
    }

    private static BigDecimal amount(String digits, String suffix) {
        var value = new BigDecimal(digits.replace(",", ""));
        return switch (suffix.toLowerCase(Locale.ROOT)) {
            case "k" -> value.multiply(BigDecimal.valueOf(1_000));
            case "m" -> value.multiply(BigDecimal.valueOf(1_000_000));
            default -> value;
        };
    }

    Response experiment(SlashCommandPayload command, SlashCommandContext ctx) {
        var text = SlashCommands.text(command).toLowerCase(Locale.ROOT);
        if (text.equals("stop")) {
            return switch (engine.experiment().stop(command.getUserId())) {
                case GateExperiment.Change.Stopped s -> Replies.text(ctx, "Gate experiment stopped. Accounts already "
                        + "assigned keep their arm and are still counted; new accounts follow the autonomy policy.");
                default -> Replies.text(ctx, "No gate experiment is running.");
            };
        }
        var m = PERCENT.matcher(text);
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
            return Replies.error(ctx, "/experiment", "use `/experiment gate 20%` (1 to 99% of new accounts go gate off) "
                    + "or `/experiment stop`.");
        }
        return switch (engine.experiment().start(Integer.parseInt(m.group(1)), command.getUserId())) {
            case GateExperiment.Change.Started s -> Replies.text(ctx, "Gate experiment started: " + s.experiment().gateOffPercent()
                    + "% of newly eligible accounts go *gate off* (first email sent without waiting, reviewed after by sample), "
                    + "the rest *gate on* (a person approves every touch). Each account keeps its arm for good. "
                    + "Results are in `report` and the weekly digest; stop with `/experiment stop`.");
            case GateExperiment.Change.AlreadyRunning r -> Replies.text(ctx, "A gate experiment is already running ("
                    + r.experiment().gateOffPercent() + "% gate off, since " + r.experiment().startedAt()
                    + "). Stop it first with `/experiment stop`.");
            default -> Replies.text(ctx, "Nothing changed.");
        };
    }

    Response audit(SlashCommandPayload command, SlashCommandContext ctx) {
        var text = SlashCommands.text(command);
        var parts = text.split("\\s+", 2);
        var renderer = new AuditRenderer();
        if (text.isEmpty()) return Replies.show(ctx, renderer.render("Recent audit entries", engine.audits().recent(15)));
        switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "setting", "settings" -> {
                return Replies.show(ctx, renderer.render("Setting changes", engine.audits().settings(15)));
            }
            case "account" -> {
                if (parts.length < 2) return Replies.error(ctx, "account", "give a domain: `/audit account acme.com`.");
                return engine.audits().account(parts[1], 15)
                        .map(lines -> Replies.show(ctx, renderer.render("Audit: " + parts[1].strip(), lines)))
                        .orElseGet(() -> Replies.error(ctx, "account", "no account has the domain `" + parts[1].strip() + "`."));
            }
            case "user" -> {
                var user = parts.length < 2 ? null : USER.matcher(parts[1].strip());
                if (user == null || !user.matches()) return Replies.error(ctx, "user", "mention someone: `/audit user @dana`.");
                var id = user.group(1) != null ? user.group(1) : user.group(2);
                return Replies.show(ctx, renderer.render("Audit: decisions by <@" + id + ">", engine.audits().byActor(id, 15)));
            }
            default -> {
                return Replies.error(ctx, "/audit", "use `/audit`, `/audit account acme.com`, `/audit user @dana` or `/audit setting`.");
            }
        }
    }

    Response digest(SlashCommandPayload command, SlashCommandContext ctx) {
        var channel = command.getChannelId();
        var user = command.getUserId();
        after.submit(() -> {
            try {
                engine.publishDigest(digests.apply(channel));
            } catch (RuntimeException e) {
                log.error("Posting the digest failed", e);
                api.ephemeral(channel, user, "Something went wrong building the digest; try again.");
            }
        });
        return Replies.text(ctx, "Building last week's digest; it will be posted in a moment.");
    }
}
