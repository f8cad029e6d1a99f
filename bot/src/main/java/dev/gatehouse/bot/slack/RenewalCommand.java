package dev.gatehouse.bot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.gatehouse.bot.render.CustomerPackageRenderer;
import dev.gatehouse.engine.Customers;
import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.audit.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /renewal <domain>}: a customer's renewal pre-call package, assembled on demand and sent to
 * the person who asked by direct message; {@code /qbr <domain>}: the customer's QBR narrative drafted
 * for review. For CSMs ({@code GATEHOUSE_CSMS}) and managers.
 */
public final class RenewalCommand {
    private static final Logger log = LoggerFactory.getLogger(RenewalCommand.class);
    private final Engine engine;
    private final Roles csms;
    private final SlackWebApi api;
    private final ExecutorService after;
    private final CustomerPackageRenderer renderer = new CustomerPackageRenderer();

    /** @param csms who may act on customers: {@link Roles#isManager} is true for CSMs and managers alike */
    public RenewalCommand(Engine engine, Roles csms, SlackWebApi api, ExecutorService after) {
        this.engine = engine;
        this.csms = csms;
        this.api = api;
        this.after = after;
    }

    /** CSMs and managers as one role ({@code GATEHOUSE_CSMS}: Slack user ids or user group ids, comma-separated). */
    public static Roles csmRoles(Map<String, String> env, Set<String> managers, Function<String, Set<String>> groupMembers) {
        var ids = new HashSet<>(managers);
        ids.addAll(Arrays.stream(env.getOrDefault("GATEHOUSE_CSMS", "").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet()));
        return new Roles(ids, Set.of(), groupMembers);
    }

    Response handle(SlashCommandPayload command, SlashCommandContext ctx) {
        var domain = domain(command, "/renewal");
        if (domain instanceof Asked.Refused r) return r.reply().apply(ctx);
        var channel = command.getChannelId();
        var user = command.getUserId();
        var asked = ((Asked.Domain) domain).domain();
        after.submit(() -> {
            try {
                var renewal = engine.customers().renewalPackage(asked);
                if (renewal.isEmpty()) {
                    Replies.later(api, channel, user, Replies.md(noCustomer(asked)));
                } else {
                    api.direct(user, renderer.render(renewal.get()));
                }
            } catch (RuntimeException e) {
                log.error("/renewal {} failed", asked, e);
                Replies.later(api, channel, user, Replies.md("Something went wrong assembling that package; try again."));
            }
        });
        return Replies.text(ctx, "Assembling the renewal package for " + asked + "; it arrives in a direct message.");
    }

    /** {@code /qbr <domain>}: drafts the customer's QBR narrative onto the review gate (copilot: a person approves it). */
    Response qbr(SlashCommandPayload command, SlashCommandContext ctx) {
        var domain = domain(command, "/qbr");
        if (domain instanceof Asked.Refused r) return r.reply().apply(ctx);
        var channel = command.getChannelId();
        var user = command.getUserId();
        var asked = ((Asked.Domain) domain).domain();
        after.submit(() -> {
            try {
                var text = switch (engine.customers().qbr(asked)) {
                    case Customers.Qbr.Drafted d -> "Drafted the QBR narrative for " + asked + " (touch #" + d.touchId()
                            + ", " + d.status().wire().replace('_', ' ') + "): it waits for review like any email.";
                    case Customers.Qbr.NotACustomer n -> noCustomer(asked);
                    case Customers.Qbr.NotDrafted n -> "No QBR narrative drafted for " + asked + ": " + n.why() + ".";
                };
                Replies.later(api, channel, user, Replies.md(text));
            } catch (RuntimeException e) {
                log.error("/qbr {} failed", asked, e);
                Replies.later(api, channel, user, Replies.md("Something went wrong drafting that narrative; try again."));
            }
        });
        return Replies.text(ctx, "Drafting the QBR narrative for " + asked + " from its stored numbers.");
    }

    /** The customer domain a CSM or manager asked about, or the refusal to answer with. */
    private sealed interface Asked {
        record Domain(String domain) implements Asked {
        }

        record Refused(java.util.function.Function<SlashCommandContext, Response> reply) implements Asked {
        }
    }

    private Asked domain(SlashCommandPayload command, String name) {
        var user = command.getUserId();
        if (!csms.isManager(user)) {
            engine.refusals().record(user, Refused.Surface.COMMAND, name, SlashCommands.text(command));
            return new Asked.Refused(ctx -> Replies.refusal(ctx, "Only CSMs and managers can use " + name
                    + ". Ask to be added to GATEHOUSE_CSMS."));
        }
        var domain = SlashCommands.text(command).toLowerCase(Locale.ROOT);
        if (domain.isEmpty() || domain.contains(" ")) {
            return new Asked.Refused(ctx -> Replies.error(ctx, "domain", "usage: " + name + " <customer domain>"));
        }
        return new Asked.Domain(domain);
    }

    private static String noCustomer(String domain) {
        return "No customer has the domain " + domain + ". Customers are added through POST /api/customers or a customer CSV.";
    }
}
