package dev.gatehouse.bot.slack;

import com.slack.api.bolt.App;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.codec.InputId;
import dev.gatehouse.bot.codec.ModalMetadata;
import dev.gatehouse.bot.render.ReasonModal;
import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.review.ExceptionQueue;

import java.util.concurrent.ExecutorService;

/**
 * The buttons on an item of the exceptions queue: Assign to me and Snooze 1 day are recorded
 * after the ack (from the durable inbox); Dismiss opens a modal for the reason at once. Each move
 * is made once and audited; the item's message updates in place.
 */
public final class ExceptionButtons extends ReviewerButtons {
    public ExceptionButtons(Engine engine, Roles roles, SlackWebApi api, ExecutorService after) {
        super(engine, roles, api, after, "Only reviewers can take exceptions. Ask a manager to add you to GATEHOUSE_REPS.");
    }

    @Override
    public void register(App app) {
        var queue = engine.exceptions();
        app.blockAction(ActionId.EXCEPTION_ASSIGN.wire(), (req, ctx) -> afterAck(req, ctx, ActionValue.EXCEPTION,
                (id, user) -> answer(queue.assign(id, user))));
        app.blockAction(ActionId.EXCEPTION_SNOOZE.wire(), (req, ctx) -> afterAck(req, ctx, ActionValue.EXCEPTION,
                (id, user) -> answer(queue.snooze(id, user))));
        app.blockAction(ActionId.EXCEPTION_DISMISS.wire(), (req, ctx) -> openReason(req, ctx, ActionValue.EXCEPTION,
                this::dismissPrompt));
        app.viewSubmission(ActionId.EXCEPTION_DISMISS_SUBMIT.wire(), (req, ctx) -> submitReason(req, ctx,
                ActionId.EXCEPTION_DISMISS_SUBMIT, InputId.DISMISS_REASON, "Say why it needs nobody.",
                (metadata, reason) -> answer(queue.dismiss(metadata.id(), req.getPayload().getUser().getId(), reason))));
    }

    private Prompt dismissPrompt(ActionValue value, ModalMetadata metadata) {
        return engine.exceptions().item(value.id())
                .<Prompt>map(item -> new Prompt.Open(ReasonModal.dismiss(item.summary(), metadata)))
                .orElseGet(() -> new Prompt.Tell(answer(new ExceptionQueue.Outcome.NotFound(value.id()))));
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
