package dev.gatehouse.bot.slack;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.codec.InputId;
import dev.gatehouse.bot.codec.ModalMetadata;
import dev.gatehouse.bot.render.ReasonModal;
import dev.gatehouse.engine.Refusals;
import dev.gatehouse.engine.audit.Refused;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * What the buttons a reviewer clicks after the fact share (Looks right / Flag, the exceptions
 * queue): the click is ours and its person may review, or it is refused (audited, told); the work
 * runs after the ack and what it answers is told ephemerally; a modal asking for a reason refuses
 * an empty one next to its input.
 */
final class ReviewerClicks {
    private final Refusals refusals;
    private final Roles roles;
    private final SlackWebApi api;
    private final ExecutorService after;
    private final String notAllowed;

    ReviewerClicks(Refusals refusals, Roles roles, SlackWebApi api, ExecutorService after, String notAllowed) {
        this.refusals = refusals;
        this.roles = roles;
        this.api = api;
        this.after = after;
        this.notAllowed = notAllowed;
    }

    /** The click's value when it is ours, rendered for {@code kind}, by a reviewer; null otherwise (a refusal is told). */
    ActionValue value(BlockActionRequest req, String kind) {
        var value = Clicks.value(req, kind);
        if (value == null) return null;
        if (roles.mayReview(Clicks.user(req))) return value;
        Clicks.refuse(refusals, api, after, req, notAllowed);
        return null;
    }

    /** Runs {@code work} after the ack for the person who clicked; a non-null answer is told to them. */
    void later(BlockActionRequest req, Supplier<String> work) {
        Clicks.later(after, api, Clicks.channel(req), Clicks.user(req), work);
    }

    SlackWebApi api() {
        return api;
    }

    /** Null when the submitter may review; else the refusal, audited and shown next to {@code input}. */
    Response refused(ViewSubmissionRequest req, ViewSubmissionContext ctx, ActionId callback, InputId input,
                     ModalMetadata metadata) {
        var user = req.getPayload().getUser().getId();
        if (roles.mayReview(user)) return null;
        refusals.record(user, Refused.Surface.VIEW, callback.wire(), notAllowed + " (" + metadata.renderedFor()
                + " #" + metadata.id() + ")");
        return ctx.ack(r -> r.responseAction("errors").errors(Map.of(input.blockId(), notAllowed)));
    }

    /** Runs {@code work} after the ack for {@code user}, answering in {@code channel}. */
    void later(String channel, String user, Supplier<String> work) {
        Clicks.later(after, api, channel, user, work);
    }

    /**
     * A reason modal's submission: refused for a non-reviewer, sent back with {@code missing} next
     * to the input when empty, else {@code work} (the modal's metadata and the reason) runs after the ack.
     */
    Response submitReason(ViewSubmissionRequest req, ViewSubmissionContext ctx, ActionId callback, InputId input,
                          String missing, BiFunction<ModalMetadata, String, String> work) {
        var user = req.getPayload().getUser().getId();
        var metadata = ModalMetadata.decode(req.getPayload().getView().getPrivateMetadata());
        var refused = refused(req, ctx, callback, input, metadata);
        if (refused != null) return refused;
        var reason = ReasonModal.reason(req.getPayload().getView().getState().getValues(), input);
        if (reason.isEmpty()) return ctx.ack(r -> r.responseAction("errors").errors(Map.of(input.blockId(), missing)));
        Clicks.later(after, api, metadata.channelId(), user, () -> work.apply(metadata, reason.get()));
        return ctx.ack();
    }
}
