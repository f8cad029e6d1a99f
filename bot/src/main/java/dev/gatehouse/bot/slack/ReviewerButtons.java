package dev.gatehouse.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.codec.InputId;
import dev.gatehouse.bot.codec.ModalMetadata;
import dev.gatehouse.bot.render.ReasonModal;
import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.audit.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * What the buttons a reviewer clicks after the fact share (Looks right / Flag, the exceptions
 * queue): the click is ours and its person may review, or it is refused (audited, told); the work
 * runs after the ack and what it answers is told ephemerally; a click that asks for a reason opens
 * its modal at once, and the modal refuses an empty reason next to its input.
 */
abstract class ReviewerButtons {
    private static final Logger log = LoggerFactory.getLogger(ReviewerButtons.class);

    protected final Engine engine;
    private final Roles roles;
    private final SlackWebApi api;
    private final ExecutorService after;
    private final String notAllowed;

    /** @param notAllowed what someone who may not review is told */
    ReviewerButtons(Engine engine, Roles roles, SlackWebApi api, ExecutorService after, String notAllowed) {
        this.engine = engine;
        this.roles = roles;
        this.api = api;
        this.after = after;
        this.notAllowed = notAllowed;
    }

    public abstract void register(App app);

    /** What a click asking for a reason leads to: its modal, or an answer told instead (nothing to give a reason for). */
    sealed interface Prompt {
        record Open(View view) implements Prompt {
        }

        record Tell(String answer) implements Prompt {
        }
    }

    /**
     * A click recorded after the ack: {@code work} gets the id it was rendered with and the person
     * who clicked; a non-null answer is told to them.
     */
    protected Response afterAck(BlockActionRequest req, ActionContext ctx, String kind, BiFunction<Long, String, String> work) {
        var value = value(req, kind);
        if (value != null) later(req, () -> work.apply(value.id(), Clicks.user(req)));
        return ctx.ack();
    }

    /** A click that asks for a reason: the modal opens before the ack (its trigger lasts 3 s), or the answer is told after it. */
    protected Response openReason(BlockActionRequest req, ActionContext ctx, String kind,
                                  BiFunction<ActionValue, ModalMetadata, Prompt> prompt) {
        var value = value(req, kind);
        if (value == null) return ctx.ack();
        switch (prompt.apply(value, ModalMetadata.of(value, Clicks.channel(req), Clicks.messageTs(req)))) {
            case Prompt.Tell tell -> later(req, tell::answer);
            case Prompt.Open open -> {
                if (!api.openView(req.getPayload().getTriggerId(), open.view())) {
                    log.warn("Could not open the {} modal for {} {}", open.view().getCallbackId(), kind, value.id());
                }
            }
        }
        return ctx.ack();
    }

    /**
     * A reason modal's submission: refused for a non-reviewer, sent back with {@code missing} next
     * to the input when empty, else {@code work} (the modal's metadata and the reason) runs after the ack.
     */
    protected Response submitReason(ViewSubmissionRequest req, ViewSubmissionContext ctx, ActionId callback, InputId input,
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

    /** Null when the submitter may review; else the refusal, audited and shown next to {@code input}. */
    protected Response refused(ViewSubmissionRequest req, ViewSubmissionContext ctx, ActionId callback, InputId input,
                               ModalMetadata metadata) {
        var user = req.getPayload().getUser().getId();
        if (roles.mayReview(user)) return null;
        engine.refusals().record(user, Refused.Surface.VIEW, callback.wire(), notAllowed + " (" + metadata.renderedFor()
                + " #" + metadata.id() + ")");
        return ctx.ack(r -> r.responseAction("errors").errors(Map.of(input.blockId(), notAllowed)));
    }

    /** Runs {@code work} after the ack for {@code user}, answering in {@code channel}. */
    protected void later(String channel, String user, Supplier<String> work) {
        Clicks.later(after, api, channel, user, work);
    }

    /** The click's value when it is ours, rendered for {@code kind}, by a reviewer; null otherwise (a refusal is told). */
    protected ActionValue value(BlockActionRequest req, String kind) {
        var value = Clicks.value(req, kind);
        if (value == null) return null;
        if (roles.mayReview(Clicks.user(req))) return value;
        Clicks.refuse(engine.refusals(), api, after, req, notAllowed);
        return null;
    }

    /** Runs {@code work} after the ack for the person who clicked; a non-null answer is told to them. */
    protected void later(BlockActionRequest req, Supplier<String> work) {
        Clicks.later(after, api, Clicks.channel(req), Clicks.user(req), work);
    }
}
