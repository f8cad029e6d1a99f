package dev.gatehouse.bot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
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
 * the person who asked by direct message. For CSMs ({@code GATEHOUSE_CSMS}) and managers.
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
        var user = command.getUserId();
        if (!csms.isManager(user)) {
            engine.refusals().record(user, Refused.Surface.COMMAND, "/renewal", SlashCommands.text(command));
            return Replies.refusal(ctx, "Only CSMs and managers can use /renewal. Ask to be added to GATEHOUSE_CSMS.");
        }
        var domain = SlashCommands.text(command).toLowerCase(Locale.ROOT);
        if (domain.isEmpty() || domain.contains(" ")) return Replies.error(ctx, "domain", "usage: /renewal <customer domain>");
        var channel = command.getChannelId();
        after.submit(() -> {
            try {
                var renewal = engine.customers().renewalPackage(domain);
                if (renewal.isEmpty()) {
                    Replies.later(api, channel, user, Replies.md("No customer has the domain " + domain
                            + ". Customers are added through POST /api/customers or a customer CSV."));
                } else {
                    packages.renewalPackageTo(user, renewal.get());
                }
            } catch (RuntimeException e) {
                log.error("/renewal {} failed", domain, e);
                Replies.later(api, channel, user, Replies.md("Something went wrong assembling that package; try again."));
            }
        });
        return Replies.text(ctx, "Assembling the renewal package for " + domain + "; it arrives in a direct message.");
    }
}
