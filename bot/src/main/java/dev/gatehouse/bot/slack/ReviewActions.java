package dev.gatehouse.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.codec.CodecException;
import dev.gatehouse.bot.codec.ModalMetadata;
import dev.gatehouse.bot.render.EditModalRenderer;
import dev.gatehouse.bot.render.EditSubmission;
import dev.gatehouse.bot.render.RejectModalRenderer;
import dev.gatehouse.bot.render.RejectSubmission;
import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.gate.ReviewOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * The buttons and modals on review messages. Every click is acknowledged at once; the decision
 * itself (a conditional transition in the database) and the message update run after the ack.
 * Modals open immediately on the trigger, before the ack, while the trigger id is fresh.
 */
public final class ReviewActions {
    private static final Logger log = LoggerFactory.getLogger(ReviewActions.class);

    private final Engine engine;
    private final Roles roles;
    private final SlackWebApi api;
    private final ExecutorService after;
    private final EditModalRenderer editModal = new EditModalRenderer();
    private final RejectModalRenderer rejectModal = new RejectModalRenderer();

    public ReviewActions(Engine engine, Roles roles, SlackWebApi api, ExecutorService after) {
        this.engine = engine;
        this.roles = roles;
        this.api = api;
        this.after = after;
    }

    public void register(App app) {
        app.blockAction(ActionId.APPROVE.wire(), (req, ctx) -> decide(req, ctx, v ->
                report(req, engine.review().approve(v.id(), user(req)))));
        app.blockAction(ActionId.UNDO.wire(), (req, ctx) -> decide(req, ctx, v ->
                report(req, engine.review().undo(v.id(), user(req)))));
        app.blockAction(ActionId.EDIT.wire(), (req, ctx) -> openModal(req, ctx, true));
        app.blockAction(ActionId.REJECT.wire(), (req, ctx) -> openModal(req, ctx, false));
        app.viewSubmission(ActionId.EDIT_SUBMIT.wire(), (req, ctx) -> {
            var user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            var metadata = ModalMetadata.decode(view.getPrivateMetadata());
            if (!roles.mayReview(user)) return ctx.ack(r -> r.responseAction("errors")
                    .errors(Map.of(EditSubmission.SUBJECT_BLOCK, "You are not a reviewer in this workspace.")));
            var submission = EditSubmission.parse(view.getState().getValues());
            if (!submission.errors().isEmpty()) return ctx.ack(r -> r.responseAction("errors").errors(submission.errors()));
            var outcome = engine.review().edit(metadata.id(), user, submission.subject(), submission.body(),
                    submission.claimsConfirmed());
            if (outcome instanceof ReviewOutcome.NeedsConfirmation needs) {
                var updated = editModal.renderWithWarnings(needs.item(), submission.subject(), submission.body(),
                        needs.problems(), metadata);
                return ctx.ack(r -> r.responseAction("update").view(updated));
            }
            return ctx.ack();
        });
        app.viewSubmission(ActionId.REJECT_SUBMIT.wire(), (req, ctx) -> {
            var user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            var metadata = ModalMetadata.decode(view.getPrivateMetadata());
            var submission = RejectSubmission.parse(view.getState().getValues());
            after.submit(() -> engine.review().reject(metadata.id(), user, submission.reason(), submission.note()));
            return ctx.ack();
        });
    }

    private Response decide(BlockActionRequest req, ActionContext ctx, Consumer<ActionValue> decision) {
        var value = value(req);
        if (value == null) return ctx.ack();
        if (!roles.mayReview(user(req))) {
            refuse(req, "Only reviewers can decide on drafts. Ask a manager to add you to GATEHOUSE_REPS.");
            return ctx.ack();
        }
        after.submit(() -> {
            try {
                decision.accept(value);
            } catch (RuntimeException e) {
                log.error("Decision on touch {} failed", value.id(), e);
                api.ephemeral(channel(req), user(req), "Something went wrong recording that decision; nothing was sent.");
            }
        });
        return ctx.ack();
    }

    private Response openModal(BlockActionRequest req, ActionContext ctx, boolean edit)
            throws java.io.IOException, com.slack.api.methods.SlackApiException {
        var value = value(req);
        if (value == null) return ctx.ack();
        if (!roles.mayReview(user(req))) {
            refuse(req, "Only reviewers can edit or reject drafts.");
            return ctx.ack();
        }
        var item = engine.stores().reviewItem(value.id());
        if (item.isEmpty()) return ctx.ack();
        var metadata = ModalMetadata.of(value, channel(req), req.getPayload().getContainer().getMessageTs());
        var view = edit ? editModal.render(item.get(), metadata) : rejectModal.render(item.get(), metadata);
        ctx.client().viewsOpen(r -> r.triggerId(req.getPayload().getTriggerId()).view(view));
        return ctx.ack();
    }

    private void report(BlockActionRequest req, ReviewOutcome outcome) {
        switch (outcome) {
            case ReviewOutcome.AlreadyDecided already -> api.ephemeral(channel(req), user(req),
                    "Already decided" + already.item().decided().map(d -> " by <@" + d.actor() + ">").orElse("")
                            + "; nothing changed.");
            case ReviewOutcome.TooLate late -> api.ephemeral(channel(req), user(req), "Too late to undo: " + late.why() + ".");
            case ReviewOutcome.NotFound missing -> api.ephemeral(channel(req), user(req), "That draft no longer exists.");
            case ReviewOutcome.Done done -> {
                // the notifier has already updated the message in place
            }
            case ReviewOutcome.NeedsConfirmation needs -> {
                // only edits ask for confirmation
            }
        }
    }

    private void refuse(BlockActionRequest req, String why) {
        engine.stores().audit().append(user(req), "refused", "slack_action",
                req.getPayload().getActions().get(0).getActionId(), null, null, why);
        after.submit(() -> api.ephemeral(channel(req), user(req), why));
    }

    private static ActionValue value(BlockActionRequest req) {
        try {
            return ActionValue.decode(req.getPayload().getActions().get(0).getValue());
        } catch (CodecException e) {
            log.debug("Ignoring a block action with an unreadable value: {}", e.getMessage());
            return null;
        }
    }

    private static String user(BlockActionRequest req) {
        return req.getPayload().getUser().getId();
    }

    private static String channel(BlockActionRequest req) {
        return req.getPayload().getChannel() != null ? req.getPayload().getChannel().getId()
                : req.getPayload().getContainer().getChannelId();
    }
}
