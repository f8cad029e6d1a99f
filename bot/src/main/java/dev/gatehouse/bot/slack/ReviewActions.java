package dev.gatehouse.bot.slack;

import dev.gatehouse.engine.audit.Refused;
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
import dev.gatehouse.bot.render.EditModalRenderer;
import dev.gatehouse.bot.render.EditSubmission;
import dev.gatehouse.bot.render.RejectModalRenderer;
import dev.gatehouse.bot.render.RejectSubmission;
import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.gate.ReviewItem;
import dev.gatehouse.engine.gate.ReviewOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The buttons and modals on review messages. Approve and Undo clicks reach this class already
 * acknowledged (the adapter answers them first); the decision (a conditional transition in the
 * database) and the message update run on the after-ack pool. Edit and Reject clicks are run by
 * the adapter on the request thread, so their modal opens at once, while the trigger id is fresh,
 * and only then is the click acknowledged. Modal submissions are checked inline (role, fields, the
 * rule-based re-verification of an edit) because Slack reads their answer; what they change is
 * stored after the ack. Every action checks the person's role, and a refusal is audited.
 */
public final class ReviewActions {
    private static final Logger log = LoggerFactory.getLogger(ReviewActions.class);
    private static final String NOT_A_REVIEWER = "You are not a reviewer in this workspace.";

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
        app.blockAction(ActionId.APPROVE.wire(), (req, ctx) -> decide(req, ctx, v -> engine.reviews().approve(v.id(), Clicks.user(req))));
        app.blockAction(ActionId.UNDO.wire(), (req, ctx) -> decide(req, ctx, v -> engine.reviews().undo(v.id(), Clicks.user(req))));
        app.blockAction(ActionId.EDIT.wire(), (req, ctx) -> openModal(req, ctx, true));
        app.blockAction(ActionId.REJECT.wire(), (req, ctx) -> openModal(req, ctx, false));
        app.viewSubmission(ActionId.EDIT_SUBMIT.wire(), this::submitEdit);
        app.viewSubmission(ActionId.REJECT_SUBMIT.wire(), this::submitReject);
    }

    private Response decide(BlockActionRequest req, ActionContext ctx, Function<ActionValue, ReviewOutcome> decision) {
        var value = Clicks.value(req);
        if (value == null) return ctx.ack();
        if (!roles.mayReview(Clicks.user(req))) {
            Clicks.refuse(engine.refusals(), api, after, req, "Only reviewers can decide on drafts. Ask a manager to add you to GATEHOUSE_REPS.");
            return ctx.ack();
        }
        later(Clicks.channel(req), Clicks.user(req), () -> decision.apply(value));
        return ctx.ack();
    }

    private Response openModal(BlockActionRequest req, ActionContext ctx, boolean edit) {
        var value = Clicks.value(req);
        if (value == null) return ctx.ack();
        if (!roles.mayReview(Clicks.user(req))) {
            Clicks.refuse(engine.refusals(), api, after, req, "Only reviewers can edit or reject drafts.");
            return ctx.ack();
        }
        var item = engine.reviews().item(value.id());
        if (item.isEmpty() || !item.get().awaitsDecision()) {
            later(Clicks.channel(req), Clicks.user(req), () -> item.<ReviewOutcome>map(ReviewOutcome.AlreadyDecided::new)
                    .orElseGet(() -> new ReviewOutcome.NotFound(value.id())));
            return ctx.ack();
        }
        var metadata = ModalMetadata.of(value, Clicks.channel(req), Clicks.messageTs(req));
        var view = edit ? editModal.render(item.get(), metadata) : rejectModal.render(item.get(), metadata);
        if (!api.openView(req.getPayload().getTriggerId(), view)) log.warn("Could not open the modal for touch {}", value.id());
        return ctx.ack();
    }

    private Response submitEdit(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var user = req.getPayload().getUser().getId();
        var view = req.getPayload().getView();
        var metadata = ModalMetadata.decode(view.getPrivateMetadata());
        if (!roles.mayReview(user)) return refuse(ctx, user, ActionId.EDIT_SUBMIT, metadata, InputId.SUBJECT.blockId());
        var submission = EditSubmission.parse(view.getState().getValues());
        if (!submission.errors().isEmpty()) return ctx.ack(r -> r.responseAction("errors").errors(submission.errors()));
        var item = engine.reviews().item(metadata.id()).filter(ReviewItem::awaitsDecision);
        if (item.isEmpty()) return ctx.ack(r -> r.responseAction("errors").errors(Map.of(InputId.SUBJECT.blockId(),
                "This draft was decided while you edited it; your edit was not saved.")));
        // rule-based only (no model call), so the answer stays well inside Slack's 3 seconds
        var verification = engine.reviews().check(metadata.id(), submission.subject(), submission.body());
        if (!verification.passed() && !submission.claimsConfirmed()) {
            var warned = editModal.renderWithWarnings(item.get(), submission.subject(), submission.body(),
                    verification.problems(), metadata);
            return ctx.ack(r -> r.responseAction("update").view(warned));
        }
        later(metadata.channelId(), user, () -> engine.reviews().edit(metadata.id(), user, submission.subject(),
                submission.body(), submission.claimsConfirmed()));
        return ctx.ack();
    }

    private Response submitReject(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var user = req.getPayload().getUser().getId();
        var view = req.getPayload().getView();
        var metadata = ModalMetadata.decode(view.getPrivateMetadata());
        if (!roles.mayReview(user)) return refuse(ctx, user, ActionId.REJECT_SUBMIT, metadata, InputId.REJECT_REASON.blockId());
        RejectSubmission submission;
        try {
            submission = RejectSubmission.parse(view.getState().getValues());
        } catch (IllegalArgumentException e) {
            return ctx.ack(r -> r.responseAction("errors").errors(Map.of(InputId.REJECT_REASON.blockId(), "Choose a reason.")));
        }
        if (!submission.errors().isEmpty()) return ctx.ack(r -> r.responseAction("errors").errors(submission.errors()));
        later(metadata.channelId(), user, () -> engine.reviews().reject(metadata.id(), user, submission.reason(),
                submission.note()));
        return ctx.ack();
    }

    /** Runs a decision after the ack and tells the person (ephemerally) when it changed nothing. */
    private void later(String channel, String user, Supplier<ReviewOutcome> decision) {
        after.submit(() -> {
            try {
                report(channel, user, decision.get());
            } catch (RuntimeException e) {
                log.error("A review decision by {} failed", user, e);
                tell(channel, user, "Something went wrong recording that decision; nothing was sent.");
            }
        });
    }

    private void report(String channel, String user, ReviewOutcome outcome) {
        switch (outcome) {
            case ReviewOutcome.AlreadyDecided already -> tell(channel, user, "Already decided"
                    + already.item().decided().map(d -> " by <@" + d.actor() + ">").orElse("") + "; nothing changed.");
            case ReviewOutcome.TooLate late -> tell(channel, user, "Too late to undo: " + late.why() + ".");
            case ReviewOutcome.NotFound missing -> tell(channel, user, "That draft no longer exists.");
            case ReviewOutcome.Unsendable blocked -> tell(channel, user,
                    "The verifier blocked this draft, so it cannot be approved as written: edit or reject it.");
            case ReviewOutcome.NeedsConfirmation needs -> tell(channel, user, "Your edit was not saved: it now holds "
                    + "claims nothing grounds. Open Edit again to review them.");
            case ReviewOutcome.Done done -> {
                // the notifier has already updated the message in place
            }
        }
    }

    private void tell(String channel, String user, String text) {
        if (channel == null) log.info("Nowhere to tell {}: {}", user, text);
        else api.ephemeral(channel, user, text);
    }

    /** A modal submitted by someone who may not review: audited, and answered on the modal itself. */
    private Response refuse(ViewSubmissionContext ctx, String user, ActionId callback, ModalMetadata metadata, String block) {
        engine.refusals().record(user, Refused.Surface.VIEW, callback.wire(), NOT_A_REVIEWER + " (touch #" + metadata.id() + ")");
        return ctx.ack(r -> r.responseAction("errors").errors(Map.of(block, NOT_A_REVIEWER)));
    }
}
