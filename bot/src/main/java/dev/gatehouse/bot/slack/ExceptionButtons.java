package dev.gatehouse.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.codec.InputId;
import dev.gatehouse.bot.codec.ModalMetadata;
import dev.gatehouse.bot.render.ReasonModal;
import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.audit.Refused;
import dev.gatehouse.engine.review.ExceptionQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.LongFunction;

/**
 * The buttons on an item of the exceptions queue: Assign to me and Snooze 1 day are recorded
 * after the ack (from the durable inbox); Dismiss opens a modal for the reason at once. Each move
 * is made once and audited; the item's message updates in place.
 */
public final class ExceptionButtons {
    private static final Logger log = LoggerFactory.getLogger(ExceptionButtons.class);
    private static final String NOT_A_REVIEWER = "Only reviewers can take exceptions. Ask a manager to add you to GATEHOUSE_REPS.";

    private final Engine engine;
    private final Roles roles;
    private final SlackWebApi api;
    private final ExecutorService after;

    public ExceptionButtons(Engine engine, Roles roles, SlackWebApi api, ExecutorService after) {
        this.engine = engine;
        this.roles = roles;
        this.api = api;
        this.after = after;
    }

    public void register(App app) {
        app.blockAction(ActionId.EXCEPTION_ASSIGN.wire(), (req, ctx) -> move(req, ctx,
                (id) -> engine.exceptions().assign(id, Clicks.user(req))));
        app.blockAction(ActionId.EXCEPTION_SNOOZE.wire(), (req, ctx) -> move(req, ctx,
                (id) -> engine.exceptions().snooze(id, Clicks.user(req))));
        app.blockAction(ActionId.EXCEPTION_DISMISS.wire(), this::openDismiss);
        app.viewSubmission(ActionId.EXCEPTION_DISMISS_SUBMIT.wire(), this::submitDismiss);
    }

    private Response move(BlockActionRequest req, ActionContext ctx, LongFunction<ExceptionQueue.Outcome> move) {
        var value = Clicks.value(req, ActionValue.EXCEPTION);
        if (value == null) return ctx.ack();
        if (!roles.mayReview(Clicks.user(req))) {
            Clicks.refuse(engine.refusals(), api, after, req, NOT_A_REVIEWER);
            return ctx.ack();
        }
        Clicks.later(after, api, Clicks.channel(req), Clicks.user(req), () -> answer(move.apply(value.id())));
        return ctx.ack();
    }

    private Response openDismiss(BlockActionRequest req, ActionContext ctx) {
        var value = Clicks.value(req, ActionValue.EXCEPTION);
        if (value == null) return ctx.ack();
        if (!roles.mayReview(Clicks.user(req))) {
            Clicks.refuse(engine.refusals(), api, after, req, NOT_A_REVIEWER);
            return ctx.ack();
        }
        var item = engine.exceptions().item(value.id());
        if (item.isEmpty()) {
            Clicks.later(after, api, Clicks.channel(req), Clicks.user(req), () -> answer(new ExceptionQueue.Outcome.NotFound(value.id())));
            return ctx.ack();
        }
        var view = ReasonModal.dismiss(item.get().summary(), ModalMetadata.of(value, Clicks.channel(req), Clicks.messageTs(req)));
        if (!api.openView(req.getPayload().getTriggerId(), view)) log.warn("Could not open the dismiss modal for exception {}", value.id());
        return ctx.ack();
    }

    private Response submitDismiss(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var user = req.getPayload().getUser().getId();
        var metadata = ModalMetadata.decode(req.getPayload().getView().getPrivateMetadata());
        var block = InputId.DISMISS_REASON.blockId();
        if (!roles.mayReview(user)) {
            engine.refusals().record(user, Refused.Surface.VIEW, ActionId.EXCEPTION_DISMISS_SUBMIT.wire(),
                    NOT_A_REVIEWER + " (exception #" + metadata.id() + ")");
            return ctx.ack(r -> r.responseAction("errors").errors(Map.of(block, NOT_A_REVIEWER)));
        }
        var reason = Clicks.reason(req, InputId.DISMISS_REASON);
        if (reason.isEmpty()) return ctx.ack(r -> r.responseAction("errors").errors(Map.of(block, "Say why it needs nobody.")));
        Clicks.later(after, api, metadata.channelId(), user, () -> answer(engine.exceptions().dismiss(metadata.id(), user, reason.get())));
        return ctx.ack();
    }

    private static String answer(ExceptionQueue.Outcome outcome) {
        return switch (outcome) {
            case ExceptionQueue.Outcome.Changed changed -> null;
            case ExceptionQueue.Outcome.Unchanged same -> "Nothing changed: it is already "
                    + same.item().state().wire() + (same.item().updatedBy() == null ? "" : " (by <@" + same.item().updatedBy() + ">)") + ".";
            case ExceptionQueue.Outcome.NotFound missing -> "That item no longer exists.";
        };
    }
}
