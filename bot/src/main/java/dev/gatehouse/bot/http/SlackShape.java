package dev.gatehouse.bot.http;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.slack.api.app_backend.events.payload.AppHomeOpenedPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.CodecException;
import dev.gatehouse.bot.codec.ModalMetadata;
import dev.gatehouse.bot.codec.SlackIds;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.util.json.GsonFactory;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
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
    /**
     * What is wrong with a request, naming the field as Slack's payload names it. An
     * {@code unreadable} one is not Slack's JSON or form at all (answered 400); any other is
     * readable but unusable (acknowledged and dropped).
     */
    record Problem(String field, String why, boolean unreadable) {
    }

    /**
     * Where a request goes once it is read: a click that decides something and a modal submission
     * are stored in the durable inbox before they are acknowledged; everything else (slash
     * commands, events, clicks that only open a modal) runs through Bolt before its answer.
     */
    enum Route { STORE_CLICK, STORE_SUBMISSION, BOLT }

    /** What reading a request found: its first problem, if any, and where it goes when it has none. */
    record Reading(Optional<Problem> problem, Route route) {
        static Reading bolt(Optional<Problem> problem) {
            return new Reading(problem, Route.BOLT);
        }
    }

    /** The clicks whose handler opens a modal on the click's trigger (they decide nothing). */
    static final Set<String> MODAL_CLICKS = Set.of(ActionId.EDIT.wire(), ActionId.REJECT.wire(), ActionId.REPLY_EDIT.wire(),
            ActionId.SAMPLE_FLAG.wire(), ActionId.EXCEPTION_DISMISS.wire(), ActionId.OUTCOME_WON.wire(),
            ActionId.OUTCOME_LOST.wire());

    /** The clicks the bot has listeners for; {@link ActionId#OPEN_REVIEW} is a link and needs no message. */
    private static final Set<ActionId> CLICKS = Set.of(ActionId.APPROVE, ActionId.EDIT, ActionId.REJECT, ActionId.UNDO,
            ActionId.OPEN_REVIEW, ActionId.REPLY_EDIT, ActionId.REPLY_DISMISS, ActionId.MEETING_HELD, ActionId.MEETING_NO_SHOW,
            ActionId.SAMPLE_OK, ActionId.SAMPLE_FLAG, ActionId.EXCEPTION_ASSIGN, ActionId.EXCEPTION_SNOOZE,
            ActionId.EXCEPTION_DISMISS, ActionId.ANOMALY_ACK, ActionId.ESCALATION_ACK, ActionId.OUTCOME_QUALIFIED,
            ActionId.OUTCOME_NOT_QUALIFIED, ActionId.OUTCOME_WON, ActionId.OUTCOME_LOST);
    /** The modals whose private_metadata names what they act on. */
    private static final Set<ActionId> WITH_METADATA = Set.of(ActionId.EDIT_SUBMIT, ActionId.REJECT_SUBMIT,
            ActionId.REPLY_EDIT_SUBMIT, ActionId.SAMPLE_FLAG_SUBMIT, ActionId.EXCEPTION_DISMISS_SUBMIT,
            ActionId.OUTCOME_CLOSE_SUBMIT);
    private static final Set<ActionId> SUBMISSIONS = Set.of(ActionId.EDIT_SUBMIT, ActionId.REJECT_SUBMIT,
            ActionId.REPLY_EDIT_SUBMIT, ActionId.ICP_SUBMIT, ActionId.OFFER_SUBMIT, ActionId.SAMPLE_FLAG_SUBMIT,
            ActionId.EXCEPTION_DISMISS_SUBMIT, ActionId.OUTCOME_CLOSE_SUBMIT);
    /** {@code slack_events.event_id} is 100 characters; Slack's are about a dozen. */
    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9]{1,100}");
    private static final Gson GSON = GsonFactory.createSnakeCase();
    private static final String NUL = "contains a NUL character";

    private SlackShape() {
    }

    /**
     * The first problem of a raw body, read the way Bolt reads it (its own JSON reader, once per
     * process: Bolt's parser builds one per request and costs about 0.4 ms, too much for an ack).
     * Kinds of request the bot does not check here are left to Bolt. The route is decided on the
     * parsed payload, never on how its JSON happens to be spaced or its form encoded.
     */
    static Reading read(String body) {
        if (body.startsWith("{")) return Reading.bolt(hasNul(body) ? problem("body", NUL) : event(body));
        Map<String, String> form;
        try {
            form = form(body);
        } catch (IllegalArgumentException e) {
            return Reading.bolt(unreadable("body", "is not form-encoded"));
        }
        for (var field : form.entrySet()) {
            if (hasNul(field.getValue())) return Reading.bolt(problem(field.getKey(), NUL));
        }
        if (form.containsKey("payload")) return payload(form.get("payload"));
        if (form.containsKey("command")) return Reading.bolt(command(form));
        return Reading.bolt(Optional.empty());
    }

    /** The first problem of a raw body; see {@link #read}. */
    static Optional<Problem> of(String body) {
        return read(body).problem();
    }

    private static Reading payload(String json) {
        try {
            var tree = GSON.fromJson(json, JsonObject.class);
            var type = tree == null || !(tree.get("type") instanceof JsonPrimitive t) ? "" : t.getAsString();
            return switch (type) {
                case "block_actions" -> {
                    var click = GSON.fromJson(tree, BlockActionPayload.class);
                    yield new Reading(click(click), opensModal(click) ? Route.BOLT : Route.STORE_CLICK);
                }
                case "view_submission" -> new Reading(submission(GSON.fromJson(tree, ViewSubmissionPayload.class)),
                        Route.STORE_SUBMISSION);
                default -> Reading.bolt(Optional.empty());
            };
        } catch (JsonParseException | IllegalStateException | NumberFormatException | UnsupportedOperationException e) {
            return Reading.bolt(unreadable("payload", "does not read as a Slack payload: " + e.getClass().getSimpleName()));
        }
    }

    /** Whether the clicked element (the first of {@code actions}, not the buttons the message echoes) opens a modal. */
    static boolean opensModal(BlockActionPayload click) {
        var actions = click.getActions();
        return actions != null && !actions.isEmpty() && actions.getFirst() != null
                && actions.getFirst().getActionId() != null && MODAL_CLICKS.contains(actions.getFirst().getActionId());
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
        if (!"modal".equals(view.getType())) return problem("view.type", "is not modal");
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

    private static Optional<Problem> command(Map<String, String> form) {
        if (!SlackIds.isUser(form.get("user_id"))) return problem("user_id", "is not a Slack user id");
        if (form.get("command").isBlank()) return problem("command", "is missing");
        if (!SlackIds.isChannel(form.get("channel_id"))) return problem("channel_id", "is not a Slack channel id");
        return Optional.empty();
    }

    /** An Events API callback, read with Bolt's own JSON reader so that what passes here is what Bolt reads. */
    private static Optional<Problem> event(String body) {
        AppHomeOpenedPayload payload;
        try {
            payload = GSON.fromJson(body, AppHomeOpenedPayload.class);
        } catch (RuntimeException e) {
            return unreadable("body", "does not read as a Slack event: " + e.getClass().getSimpleName());
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

    /** The fields of a form body, decoded; the first of a repeated name wins. */
    private static Map<String, String> form(String body) {
        var fields = new HashMap<String, String>();
        for (var pair : body.split("&")) {
            var eq = pair.indexOf('=');
            var name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            fields.putIfAbsent(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    /** A NUL, as it is or JSON-escaped (backslash, u0000, the backslash not itself escaped). */
    private static boolean hasNul(String text) {
        if (text.indexOf('\0') >= 0) return true;
        for (int at = text.indexOf("\\u0000"); at >= 0; at = text.indexOf("\\u0000", at + 1)) {
            int backslashes = 0;
            while (at - backslashes > 0 && text.charAt(at - backslashes - 1) == '\\') backslashes++;
            if (backslashes % 2 == 0) return true;
        }
        return false;
    }

    private static Optional<Problem> problem(String field, String why) {
        return Optional.of(new Problem(field, why, false));
    }

    private static Optional<Problem> unreadable(String field, String why) {
        return Optional.of(new Problem(field, why, true));
    }
}
