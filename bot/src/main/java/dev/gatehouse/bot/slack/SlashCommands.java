package dev.gatehouse.bot.slack;

import dev.gatehouse.engine.audit.Refused;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.gatehouse.engine.Engine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * Every slash command, with one gate in front of them all: managers alone change direction
 * (ICP, offer, autonomy, goals, the kill switch); a refusal is shown and audited. A handler's
 * failure becomes an ephemeral apology, never an error page to Slack.
 */
public final class SlashCommands {
    private static final Logger log = LoggerFactory.getLogger(SlashCommands.class);

    /** Every command registered with Bolt; {@code manifest/manifest.json} must declare the same. */
    public static final List<String> NAMES = List.of("/icp", "/offer", "/autonomy", "/goal", "/pause", "/resume",
            "/pipeline", "/signal", "/outcome", "/experiment", "/audit", "/digest", "/renewal", "/qbr", "/cost");
    /** {@code /renewal} and {@code /qbr} are not here: CSMs may use them too, and {@link RenewalCommand} checks that itself. */
    static final Set<String> MANAGER_ONLY = Set.of("/icp", "/offer", "/autonomy", "/goal", "/pause", "/resume",
            "/experiment", "/audit", "/digest", "/cost");

    interface Handler {
        Response handle(SlashCommandPayload command, SlashCommandContext ctx) throws Exception;
    }

    private final Engine engine;
    private final Roles roles;
    private final SlackWebApi api;
    private final ExecutorService after;
    private final Optional<String> digestChannel;

    private final RenewalCommand renewal;

    public SlashCommands(Engine engine, Roles roles, SlackWebApi api, ExecutorService after) {
        this(engine, roles, api, after, Optional.empty(), new RenewalCommand(engine, roles, api, after));
    }

    /**
     * {@code digestChannel}: where {@code /digest} posts (else the channel it was typed in);
     * {@code renewal}: {@code /renewal}, with the roles allowed to ask for a package.
     */
    public SlashCommands(Engine engine, Roles roles, SlackWebApi api, ExecutorService after, Optional<String> digestChannel,
                         RenewalCommand renewal) {
        this.renewal = renewal;
        this.engine = engine;
        this.roles = roles;
        this.api = api;
        this.after = after;
        this.digestChannel = digestChannel;
    }

    public void register(App app) {
        var playbook = new PlaybookCommands(engine.playbook(), roles);
        var pipeline = new PipelineCommands(engine, api, after);
        var outcomes = new OutcomeCommands(engine, roles, api, after,
                channel -> new DigestPoster(api, digestChannel.orElse(channel)));
        Map<String, Handler> handlers = Map.ofEntries(
                Map.entry("/icp", playbook::icp),
                Map.entry("/offer", playbook::offer),
                Map.entry("/autonomy", playbook::autonomy),
                Map.entry("/pause", (c, ctx) -> playbook.sending(c, ctx, true)),
                Map.entry("/resume", (c, ctx) -> playbook.sending(c, ctx, false)),
                Map.entry("/goal", pipeline::goal),
                Map.entry("/pipeline", pipeline::pipeline),
                Map.entry("/signal", pipeline::signal),
                Map.entry("/outcome", outcomes::outcome),
                Map.entry("/experiment", outcomes::experiment),
                Map.entry("/audit", outcomes::audit),
                Map.entry("/digest", outcomes::digest),
                Map.entry("/renewal", renewal::handle),
                Map.entry("/qbr", renewal::qbr),
                Map.entry("/cost", new CostCommand(engine.fixedCosts())::handle));
        if (!handlers.keySet().equals(Set.copyOf(NAMES))) throw new IllegalStateException("NAMES and handlers disagree");
        for (var name : NAMES) {
            var handler = handlers.get(name);
            app.command(name, (req, ctx) -> run(name, handler, req.getPayload(), ctx));
        }
        playbook.registerViews(app);
    }

    private Response run(String name, Handler handler, SlashCommandPayload command, SlashCommandContext ctx) {
        try {
            if (MANAGER_ONLY.contains(name) && !roles.isManager(command.getUserId())) {
                var why = "Only managers can use " + name + ". Ask a manager, or to be added to GATEHOUSE_MANAGERS.";
                engine.refusals().record(command.getUserId(), Refused.Surface.COMMAND, name, text(command));
                return Replies.refusal(ctx, why);
            }
            return handler.handle(command, ctx);
        } catch (Exception e) {
            log.error("Slash command {} failed", name, e);
            return Replies.text(ctx, "Something went wrong running " + name + ". Check the current state with " + name + " before trying again.");
        }
    }

    static String text(SlashCommandPayload command) {
        return command.getText() == null ? "" : command.getText().trim();
    }
}
