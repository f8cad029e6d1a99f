package dev.gatehouse.bot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.gatehouse.bot.render.Text;
import dev.gatehouse.engine.FixedCosts;
import dev.gatehouse.engine.report.Cost;
import dev.gatehouse.engine.report.FixedMonthlyCost;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code /cost} (managers): the fixed monthly cost — seats, mailboxes, hosting — that reports add
 * to model spend, so cost per qualified opportunity is the whole number. {@code /cost} shows it,
 * {@code /cost monthly 1200} sets it (USD, like model prices), {@code /cost clear} goes back to
 * {@code GATEHOUSE_FIXED_MONTHLY_COST}. Each change is audited with before and after.
 */
final class CostCommand {
    static final String HINT = "`/cost monthly 1200` (USD a month), `/cost` to see it, `/cost clear` for the default";
    private static final Pattern SET = Pattern.compile("(?:monthly\\s+)?(\\S+)(?:\\s+(\\S+))?(?:\\s+(.*))?",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern AMOUNT = Pattern.compile("\\$?([0-9][0-9,]*(?:\\.[0-9]+)?)([kK]?)");

    private final FixedCosts costs;

    CostCommand(FixedCosts costs) {
        this.costs = costs;
    }

    Response handle(SlashCommandPayload command, SlashCommandContext ctx) {
        var text = SlashCommands.text(command);
        if (text.isEmpty()) return Replies.text(ctx, show(costs.current()));
        if (text.equalsIgnoreCase("clear")) return answer(ctx, costs.clear(command.getUserId()));
        var m = SET.matcher(text);
        if (!m.matches() || m.group(3) != null) return Replies.error(ctx, "/cost", "use " + HINT + ".");
        var amount = AMOUNT.matcher(m.group(1));
        if (!amount.matches()) {
            return Replies.error(ctx, "amount", "`" + m.group(1) + "` is not an amount; use " + HINT + ".");
        }
        var currency = m.group(2) == null ? "USD" : m.group(2).toUpperCase(Locale.ROOT);
        if (!currency.equals("USD")) {
            return Replies.error(ctx, "currency", "reports count cost in USD, like model prices: give the monthly cost in "
                    + "USD (`" + currency + "` was given), e.g. `/cost monthly 1300 USD`.");
        }
        var usd = new BigDecimal(amount.group(1).replace(",", ""));
        if (!amount.group(2).isEmpty()) usd = usd.multiply(BigDecimal.valueOf(1_000));
        return answer(ctx, costs.set(usd, command.getUserId()));
    }

    private static Response answer(SlashCommandContext ctx, FixedCosts.Change change) {
        return switch (change) {
            case FixedCosts.Change.Changed c -> Replies.text(ctx, "Fixed monthly cost is now *" + c.after().text() + "* (was "
                    + c.before().text() + "). Reports, the digest and `/metrics` add each week's share to model spend.");
            case FixedCosts.Change.NothingToClear n -> Replies.text(ctx, "No fixed monthly cost was set; reports use *"
                    + n.current().text() + "*.");
            case FixedCosts.Change.Invalid invalid -> Replies.error(ctx, invalid.problem().substring(0, invalid.problem().indexOf(':')),
                    invalid.problem().substring(invalid.problem().indexOf(':') + 1).strip());
        };
    }

    private static String show(FixedMonthlyCost current) {
        return "Fixed monthly cost: *" + current.text() + "*"
                + (current.set() ? ", set by " + Text.mention(current.setBy()) + " " + Text.date(current.setAt()) : "")
                + ". Each week's report adds its share ($" + Cost.fixedShare(current.usd(), 7).toPlainString()
                + " a week) to model spend, so cost per qualified opportunity is the whole number. Change it with "
                + HINT + ".";
    }
}
