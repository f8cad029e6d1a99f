package dev.gatehouse.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.codec.InputId;
import dev.gatehouse.bot.codec.ModalMetadata;
import dev.gatehouse.bot.render.ReasonModal;
import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.review.ExceptionQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;

/**
 * The buttons on an item of the exceptions queue: Assign to me and Snooze 1 day are recorded
 * after the ack (from the durable inbox); Dismiss opens a modal for the reason at once. Each move
 * is made once and audited; the item's message updates in place.
 */
public final class ExceptionButtons {
    private static final Logger log = LoggerFactory.getLogger(ExceptionButtons.class);

    private final Engine engine;
    private final ReviewerClicks clicks;

    public ExceptionButtons(Engine engine, Roles roles, SlackWebApi api, ExecutorService after) {
        this.engine = engine;
        this.clicks = new ReviewerClicks(engine.refusals(), roles, api, after,
                "Only reviewers can take exceptions. Ask a manager to add you to GATEHOUSE_REPS.");
    }

    public void register(App app) {
        app.blockAction(ActionId.EXCEPTION_ASSIGN.wire(), (req, ctx) -> move(req, ctx, engine.exceptions()::assign));
        app.blockAction(ActionId.EXCEPTION_SNOOZE.wire(), (req, ctx) -> move(req, ctx, engine.exceptions()::snooze));
        app.blockAction(ActionId.EXCEPTION_DISMISS.wire(), this::openDismiss);
        app.viewSubmission(ActionId.EXCEPTION_DISMISS_SUBMIT.wire(), (req, ctx) -> clicks.submitReason(req, ctx,
                ActionId.EXCEPTION_DISMISS_SUBMIT, InputId.DISMISS_REASON, "Say why it needs nobody.",
                (metadata, reason) -> answer(engine.exceptions().dismiss(metadata.id(), req.getPayload().getUser().getId(),
                        reason))));
    }

    private Response move(BlockActionRequest req, ActionContext ctx, BiFunction<Long, String, ExceptionQueue.Outcome> move) {
        var value = clicks.value(req, ActionValue.EXCEPTION);
        if (value != null) clicks.later(req, () -> answer(move.apply(value.id(), Clicks.user(req))));
        return ctx.ack();
    }

    private Response openDismiss(BlockActionRequest req, ActionContext ctx) {
        var value = clicks.value(req, ActionValue.EXCEPTION);
        if (value == null) return ctx.ack();
        var item = engine.exceptions().item(value.id());
        if (item.isEmpty()) {
            clicks.later(req, () -> answer(new ExceptionQueue.Outcome.NotFound(value.id())));
            return ctx.ack();
        }
        var view = ReasonModal.dismiss(item.get().summary(), ModalMetadata.of(value, Clicks.channel(req), Clicks.messageTs(req)));
        if (!clicks.api().openView(req.getPayload().getTriggerId(), view)) {
            log.warn("Could not open the dismiss modal for exception {}", value.id());
        }
        return ctx.ack();
    }

    private static String answer(ExceptionQueue.Outcome outcome) {
        return switch (outcome) {
            case ExceptionQueue.Outcome.Changed changed -> null;
            case ExceptionQueue.Outcome.Unchanged same -> "Nothing changed: it is already " + same.item().state().wire()
                    + (same.item().updatedBy() == null ? "" : " (by <@" + same.item().updatedBy() + ">)") + ".";
            case ExceptionQueue.Outcome.NotFound missing -> "That item no longer exists.";
        };
    }
}
