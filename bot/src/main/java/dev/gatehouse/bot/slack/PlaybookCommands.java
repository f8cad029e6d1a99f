package dev.gatehouse.bot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.FormInputs;
import dev.gatehouse.bot.render.IcpForm;
import dev.gatehouse.bot.render.ManagerViews;
import dev.gatehouse.engine.Playbook;
import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.playbook.Versioned;
import dev.gatehouse.engine.scoring.Icp;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The manager's commands: /icp, /offer, /autonomy, /pause, /resume, and the ICP and offer
 * modals. Each change is one engine command (one transaction with its audit row), done before the
 * ack so the answer can confirm it.
 */
final class PlaybookCommands {
    /** Where the ICP editor starts when no ICP was ever saved. */
    static final Icp BLANK_ICP = new Icp(0, List.of(), 0, 100_000, List.of(), List.of(), List.of(), null, null, null, 50, "");

    private final Playbook playbook;
    private final Roles roles;
    private final ManagerViews views = new ManagerViews();
    private static final java.util.regex.Pattern PERCENT = java.util.regex.Pattern.compile("(\\d{1,3})%?");

    PlaybookCommands(Playbook playbook, Roles roles) {
        this.playbook = playbook;
        this.roles = roles;
    }

    Response icp(SlashCommandPayload command, SlashCommandContext ctx) throws Exception {
        var text = SlashCommands.text(command);
        var current = playbook.icp();
        if (text.isEmpty() || text.equals("show")) {
            return Replies.text(ctx, current.map(PlaybookText::icp).orElse("No ICP yet. Set one with `/icp edit`."));
        }
        if (!text.equals("edit")) return Replies.error(ctx, "/icp " + text, "unknown option; use `/icp` to see it or `/icp edit` to change it.");
        return open(ctx, command, views.icpModal(current.map(Versioned::value).orElse(BLANK_ICP)));
    }

    Response offer(SlashCommandPayload command, SlashCommandContext ctx) throws Exception {
        var text = SlashCommands.text(command);
        var current = playbook.offer();
        if (text.isEmpty() || text.equals("show")) {
            return Replies.text(ctx, current.map(PlaybookText::offer).orElse("No offer yet. Set one with `/offer set`."));
        }
        if (!text.equals("set")) return Replies.error(ctx, "/offer " + text, "unknown option; use `/offer` to see it or `/offer set` to change it.");
        return open(ctx, command, OfferForm.modal(current.map(Versioned::value).orElse(null)));
    }

    Response autonomy(SlashCommandPayload command, SlashCommandContext ctx) {
        var words = SlashCommands.text(command).split("\\s+");
        if (words.length == 1 && words[0].isEmpty()) {
            return Replies.show(ctx, views.autonomy(playbook.autonomy(), playbook.samplePercents()));
        }
        if (words.length != 2 && words.length != 3) {
            return Replies.error(ctx, "/autonomy", "give an action type and a level, e.g. `/autonomy first_email supervised 20%`.");
        }
        var type = ActionType.fromWire(words[0]).filter(ActionType::settable);
        if (type.isEmpty()) return Replies.error(ctx, "action type", "`" + words[0] + "` is not one; use one of "
                + wires(ActionType.settings().toArray(ActionType[]::new)) + ".");
        var level = AutonomyLevel.fromWire(words[1]);
        if (level.isEmpty()) return Replies.error(ctx, "level", "`" + words[1] + "` is not one; use one of " + wires(AutonomyLevel.values()) + ".");
        Integer percent = null;
        if (words.length == 3) {
            var matcher = PERCENT.matcher(words[2]);
            if (!matcher.matches()) return Replies.error(ctx, "sample rate", "`" + words[2] + "` is not a percentage; write e.g. `20%`.");
            percent = Integer.parseInt(matcher.group(1));
        }
        return switch (playbook.setAutonomy(type.get(), level.get(), command.getUserId(), percent)) {
            case Playbook.AutonomyChange.AboveCeiling refused -> Replies.error(ctx, "level", refused.type().wire()
                    + " can go at most to `" + refused.ceiling().wire() + "`.");
            case Playbook.AutonomyChange.NotASetting internal -> Replies.error(ctx, "action type", "`" + internal.type().wire()
                    + "` always runs on its own and is not a setting.");
            case Playbook.AutonomyChange.BadSampleRate bad -> Replies.error(ctx, "sample rate", bad.level() == AutonomyLevel.SUPERVISED
                    ? "give a share from 1% to 100%." : "a sample rate goes only with `supervised`.");
            case Playbook.AutonomyChange.Changed changed -> Replies.text(ctx, "*" + changed.type().wire() + "* is now *"
                    + changed.after().wire() + "*" + (changed.after() == AutonomyLevel.SUPERVISED
                    ? ", " + playbook.samplePercents().get(changed.type()) + "% of them posted for review after they are sent" : "")
                    + " (was " + changed.before().wire() + ").");
        };
    }

    Response sending(SlashCommandPayload command, SlashCommandContext ctx, boolean pause) {
        var note = SlashCommands.text(command);
        var change = pause ? playbook.pause(command.getUserId(), note) : playbook.resume(command.getUserId(), note);
        return switch (change) {
            case Playbook.SendingChange.Unchanged unchanged -> Replies.text(ctx, unchanged.paused()
                    ? "Sending is already paused." : "Sending is not paused.");
            case Playbook.SendingChange.Paused paused -> Replies.text(ctx,
                    ":octagonal_sign: Sending is paused: approved emails wait in the outbox until `/resume`.");
            case Playbook.SendingChange.Resumed resumed -> Replies.text(ctx,
                    ":white_check_mark: Sending resumed: waiting emails go out within their send window."
                    + (resumed.byBreaker() ? " The bounce breaker had paused it; bounces before now no longer count towards it." : ""));
        };
    }

    void registerViews(App app) {
        app.viewSubmission(ActionId.ICP_SUBMIT.wire(), (req, ctx) -> {
            var user = req.getPayload().getUser().getId();
            if (!roles.isManager(user)) return ctx.ack(r -> r.responseAction("errors")
                    .errors(Map.of(FormInputs.ICP_DESCRIPTION.blockId(), "Only managers can change the ICP.")));
            var parsed = IcpForm.parse(req.getPayload().getView().getState().getValues(),
                    playbook.icp().map(v -> v.version() + 1).orElse(1));
            if (!parsed.errors().isEmpty()) return ctx.ack(r -> r.responseAction("errors").errors(parsed.errors()));
            playbook.saveIcp(parsed.icp(), user);
            return ctx.ack();
        });
        app.viewSubmission(ActionId.OFFER_SUBMIT.wire(), (req, ctx) -> {
            var user = req.getPayload().getUser().getId();
            if (!roles.isManager(user)) return ctx.ack(r -> r.responseAction("errors")
                    .errors(Map.of(FormInputs.OFFER_PRODUCT.blockId(), "Only managers can change the offer.")));
            var parsed = OfferForm.parse(req.getPayload().getView().getState().getValues());
            if (!parsed.errors().isEmpty()) return ctx.ack(r -> r.responseAction("errors").errors(parsed.errors()));
            playbook.saveOffer(parsed.offer(), user);
            return ctx.ack();
        });
    }

    /** Opens a modal on the command's trigger before the ack, while the trigger id is fresh. */
    private static Response open(SlashCommandContext ctx, SlashCommandPayload command, View view) throws Exception {
        var opened = ctx.client().viewsOpen(r -> r.triggerId(command.getTriggerId()).view(view));
        if (!opened.isOk()) return Replies.text(ctx, "Slack would not open the form (" + opened.getError() + "); try the command again.");
        return ctx.ack();
    }

    private static String wires(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> "`" + v.name().toLowerCase(java.util.Locale.ROOT) + "`")
                .collect(Collectors.joining(", "));
    }
}
