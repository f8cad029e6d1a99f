package dev.gatehouse.bot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
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
import java.util.function.BiConsumer;
import java.util.function.Consumer;
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
    private final SlackCustomerNotifier packages;

    /** @param csms who may act on customers: {@link Roles#isManager} is true for CSMs and managers alike */
    public RenewalCommand(Engine engine, Roles csms, SlackWebApi api, ExecutorService after) {
        this.engine = engine;
        this.csms = csms;
        this.api = api;
        this.after = after;
        this.packages = new SlackCustomerNotifier(api, Set.of());
    }

    /** CSMs and managers as one role ({@code GATEHOUSE_CSMS}: Slack user ids or user group ids, comma-separated). */
    public static Roles csmRoles(Map<String, String> env, Set<String> managers, Function<String, Set<String>> groupMembers) {
        var ids = new HashSet<>(managers);
        ids.addAll(Arrays.stream(env.getOrDefault("GATEHOUSE_CSMS", "").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet()));
        return new Roles(ids, Set.of(), groupMembers);
    }

    Response handle(SlashCommandPayload command, SlashCommandContext ctx) {
        return forDomain(command, ctx, "/renewal", "Assembling the renewal package for %s; it arrives in a direct message.",
                "assembling that package", (domain, reply) -> engine.customers().renewalPackage(domain).ifPresentOrElse(
                        renewal -> packages.renewalPackageTo(command.getUserId(), renewal), () -> reply.accept(noCustomer(domain))));
    }

    /** {@code /qbr <domain>}: drafts the customer's QBR narrative onto the review gate (copilot: a person approves it). */
    Response qbr(SlashCommandPayload command, SlashCommandContext ctx) {
        return forDomain(command, ctx, "/qbr", "Drafting the QBR narrative for %s from its stored numbers.",
                "drafting that narrative", (domain, reply) -> reply.accept(switch (engine.customers().qbr(domain)) {
                    case Customers.Qbr.Drafted d -> "Drafted the QBR narrative for " + domain + " (touch #" + d.touchId()
                            + ", " + d.status().wire().replace('_', ' ') + "): it waits for review like any email.";
                    case Customers.Qbr.NotACustomer n -> noCustomer(domain);
                    case Customers.Qbr.NotDrafted n -> "No QBR narrative drafted for " + domain + ": " + n.why() + ".";
                }));
    }

    /**
     * For CSMs and managers: checks the domain, acknowledges at once with {@code ack}, then does the
     * work after the acknowledgement; {@code reply} answers the person who asked, in the channel.
     */
    private Response forDomain(SlashCommandPayload command, SlashCommandContext ctx, String name, String ack, String doing,
                               BiConsumer<String, Consumer<String>> work) {
        var user = command.getUserId();
        if (!csms.isManager(user)) {
            engine.refusals().record(user, Refused.Surface.COMMAND, name, SlashCommands.text(command));
            return Replies.refusal(ctx, "Only CSMs and managers can use " + name + ". Ask to be added to GATEHOUSE_CSMS.");
        }
        var domain = SlashCommands.text(command).toLowerCase(Locale.ROOT);
        if (domain.isEmpty() || domain.contains(" ")) return Replies.error(ctx, "domain", "usage: " + name + " <customer domain>");
        var channel = command.getChannelId();
        Consumer<String> reply = text -> Replies.later(api, channel, user, Replies.md(text));
        after.submit(() -> {
            try {
                work.accept(domain, reply);
            } catch (RuntimeException e) {
                log.error("{} {} failed", name, domain, e);
                reply.accept("Something went wrong " + doing + "; try again.");
            }
        });
        return Replies.text(ctx, ack.formatted(domain));
    }

    private static String noCustomer(String domain) {
        return "No customer has the domain " + domain + ". Customers are added through POST /api/customers or a customer CSV.";
    }
}
