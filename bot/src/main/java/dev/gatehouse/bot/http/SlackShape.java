package dev.gatehouse.bot.http;

import com.google.gson.Gson;
import com.slack.api.app_backend.events.payload.AppHomeOpenedPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.CodecException;
import dev.gatehouse.bot.codec.ModalMetadata;
import dev.gatehouse.bot.codec.SlackIds;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.util.json.GsonFactory;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a signed Slack request must carry before it is stored or handed to a listener: the
 * fields the listeners rely on, present, of the right kind and within the sizes they are stored
 * in (a user id goes into {@code audit_log.actor}, an event id into {@code slack_events}), and no
 * NUL character anywhere (PostgreSQL cannot store one). A request that fails is acknowledged and
 * ignored: it is not one Slack sends, and Slack can do nothing with an error.
 */
final class SlackShape {
    /** What is wrong with a request, naming the field as Slack's payload names it. */
    record Problem(String field, String why) {
    }

    /** The clicks the bot has listeners for; {@link ActionId#OPEN_REVIEW} is a link and needs no message. */
    private static final Set<ActionId> CLICKS = Set.of(ActionId.APPROVE, ActionId.EDIT, ActionId.REJECT, ActionId.UNDO,
            ActionId.OPEN_REVIEW, ActionId.REPLY_EDIT, ActionId.REPLY_DISMISS, ActionId.MEETING_HELD, ActionId.MEETING_NO_SHOW);
    /** The modals whose private_metadata names what they act on. */
    private static final Set<ActionId> WITH_METADATA = Set.of(ActionId.EDIT_SUBMIT, ActionId.REJECT_SUBMIT,
            ActionId.REPLY_EDIT_SUBMIT);
    private static final Set<ActionId> SUBMISSIONS = Set.of(ActionId.EDIT_SUBMIT, ActionId.REJECT_SUBMIT,
            ActionId.REPLY_EDIT_SUBMIT, ActionId.ICP_SUBMIT, ActionId.OFFER_SUBMIT);
    /** A JSON-escaped NUL: {@code \u0000} after an even number of backslashes. */
    private static final Pattern ESCAPED_NUL = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u0000");
    /** {@code slack_events.event_id} is 100 characters; Slack's are about a dozen. */
    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9]{1,100}");
    private static final Gson GSON = GsonFactory.createSnakeCase();

    private SlackShape() {
    }

    /** The first problem of a raw body, before Bolt reads it: a NUL character in any field. */
    static Optional<Problem> body(String body) {
        String text;
        try {
            text = body.startsWith("{") ? body : URLDecoder.decode(body, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return problem("body", "is not form-encoded");
        }
        if (text.indexOf('\0') >= 0 || ESCAPED_NUL.matcher(text).find()) return problem("body", "contains a NUL character");
        return Optional.empty();
    }

    /** The first problem of a request Bolt has read. */
    static Optional<Problem> of(Request<?> request) {
        return switch (request) {
            case BlockActionRequest click -> click(click.getPayload());
            case ViewSubmissionRequest submission -> submission(submission.getPayload());
            case SlashCommandRequest command -> command(command.getPayload());
            case EventRequest event -> event(event.getRequestBodyAsString());
            default -> Optional.empty();
        };
    }

    private static Optional<Problem> click(BlockActionPayload payload) {
        if (payload.getUser() == null || !SlackIds.isUser(payload.getUser().getId())) return problem("user.id", "is not a Slack user id");
        var actions = payload.getActions();
        if (actions == null || actions.isEmpty()) return problem("actions", "is missing");
        var action = actions.getFirst();
        if (action == null) return problem("actions[0]", "is null");
        var id = ActionId.fromWire(action.getActionId()).filter(CLICKS::contains);
        if (id.isEmpty()) return problem("actions[0].action_id", "is not a Gatehouse button");
        if (id.get() == ActionId.OPEN_REVIEW) return Optional.empty();
        var container = payload.getContainer();
        if (container == null) return problem("container", "is missing");
        var channel = payload.getChannel() != null ? payload.getChannel().getId() : container.getChannelId();
        if (!SlackIds.isChannel(channel)) return problem("channel.id", "is not a Slack channel id");
        if (!SlackIds.isMessageTs(container.getMessageTs())) return problem("container.message_ts", "is not a Slack message ts");
        return Optional.empty();
    }

    private static Optional<Problem> submission(ViewSubmissionPayload payload) {
        if (payload.getUser() == null || !SlackIds.isUser(payload.getUser().getId())) return problem("user.id", "is not a Slack user id");
        var view = payload.getView();
        if (view == null) return problem("view", "is missing");
        var callback = ActionId.fromWire(view.getCallbackId()).filter(SUBMISSIONS::contains);
        if (callback.isEmpty()) return problem("view.callback_id", "is not a Gatehouse modal");
        if (view.getState() == null || view.getState().getValues() == null) return problem("view.state.values", "is missing");
        for (var block : view.getState().getValues().entrySet()) {
            if (block.getValue() == null || block.getValue().containsValue(null)) {
                return problem("view.state.values." + block.getKey(), "has an empty input");
            }
        }
        if (WITH_METADATA.contains(callback.get())) {
            try {
                ModalMetadata.decode(view.getPrivateMetadata());
            } catch (CodecException e) {
                return problem("view.private_metadata", e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> command(SlashCommandPayload payload) {
        if (!SlackIds.isUser(payload.getUserId())) return problem("user_id", "is not a Slack user id");
        if (payload.getCommand() == null || payload.getCommand().isBlank()) return problem("command", "is missing");
        if (!SlackIds.isChannel(payload.getChannelId())) return problem("channel_id", "is not a Slack channel id");
        return Optional.empty();
    }

    /** An Events API callback, read with Bolt's own JSON reader so that what passes here is what Bolt reads. */
    private static Optional<Problem> event(String body) {
        AppHomeOpenedPayload payload;
        try {
            payload = GSON.fromJson(body, AppHomeOpenedPayload.class);
        } catch (RuntimeException e) {
            return problem("body", "does not read as a Slack event: " + e.getClass().getSimpleName());
        }
        if (payload == null || !"event_callback".equals(payload.getType())) return problem("type", "is not event_callback");
        if (payload.getEventId() == null || !EVENT_ID.matcher(payload.getEventId()).matches()) {
            return problem("event_id", "is not a Slack event id");
        }
        var event = payload.getEvent();
        if (event == null || !AppHomeOpenedEvent.TYPE_NAME.equals(event.getType())) {
            return problem("event.type", "is not an event Gatehouse subscribes to");
        }
        if (!SlackIds.isUser(event.getUser())) return problem("event.user", "is not a Slack user id");
        if (event.getTab() == null) return problem("event.tab", "is missing");
        return Optional.empty();
    }

    private static Optional<Problem> problem(String field, String why) {
        return Optional.of(new Problem(field, why));
    }
}
