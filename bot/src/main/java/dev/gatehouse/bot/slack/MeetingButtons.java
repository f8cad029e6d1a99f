package dev.gatehouse.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.render.MeetingBriefRenderer;
import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.Outcomes;
import dev.gatehouse.engine.outcomes.Stage;
import dev.gatehouse.engine.briefs.MeetingOutcome;
import dev.gatehouse.engine.briefs.MeetingOutcomes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;

/**
 * "Meeting held" and "No-show" on a meeting brief: the first reviewer to click records the
 * outcome (audited) and the brief is updated in place with who recorded it.
 */
public final class MeetingButtons {
    private static final Logger log = LoggerFactory.getLogger(MeetingButtons.class);

    private final Engine engine;
    private final Roles roles;
    private final SlackWebApi api;
    private final ExecutorService after;
    private final MeetingBriefRenderer renderer = new MeetingBriefRenderer();

    public MeetingButtons(Engine engine, Roles roles, SlackWebApi api, ExecutorService after) {
        this.engine = engine;
        this.roles = roles;
        this.api = api;
        this.after = after;
    }

    public void register(App app) {
        app.blockAction(ActionId.MEETING_HELD.wire(), (req, ctx) -> record(req, ctx, MeetingOutcome.HELD));
        app.blockAction(ActionId.MEETING_NO_SHOW.wire(), (req, ctx) -> record(req, ctx, MeetingOutcome.NO_SHOW));
        app.blockAction(ActionId.OUTCOME_QUALIFIED.wire(), (req, ctx) -> qualify(req, ctx, Stage.QUALIFIED));
        app.blockAction(ActionId.OUTCOME_NOT_QUALIFIED.wire(), (req, ctx) -> qualify(req, ctx, Stage.NOT_QUALIFIED));
        new CloseButtons(engine, roles, api, after).register(app);
    }

    /** What a meeting button does after the ack, for the meeting {@code id}, clicked by {@code user}. */
    private interface Work {
        void run(long id, String user, String channel, String ts);
    }

    /** "Qualified opportunity" / "Not qualified" under a held meeting: a new version of the account's outcome, audited. */
    private Response qualify(BlockActionRequest req, ActionContext ctx, Stage stage) {
        return click(req, ctx, "outcomes", (id, user, channel, ts) -> {
            switch (engine.outcomes().recordForMeeting(id, stage, user)) {
                case Outcomes.Result.Recorded r -> api.threadReply(channel, ts, (stage == Stage.QUALIFIED
                        ? "🎯 Qualified opportunity" : "Not qualified") + " · recorded by <@" + user + "> (version "
                        + r.outcome().version() + "). Record the close with *Won* / *Lost* on the brief.");
                case Outcomes.Result.Invalid invalid -> api.ephemeral(channel, user, invalid.problem());
                case Outcomes.Result.UnknownAccount unknown -> api.ephemeral(channel, user, "That account no longer exists.");
                case Outcomes.Result.Superseded s -> api.ephemeral(channel, user, "It changed meanwhile; nothing recorded.");
            }
        });
    }

    private Response record(BlockActionRequest req, ActionContext ctx, MeetingOutcome outcome) {
        return click(req, ctx, "meeting outcomes", (id, user, channel, ts) -> {
            switch (engine.meetingOutcomes().record(id, outcome, user)) {
                case MeetingOutcomes.Result.Done done -> api.update(channel, ts, renderer.renderRecorded(done.brief(), done.recorded()));
                case MeetingOutcomes.Result.AlreadyRecorded already -> api.ephemeral(channel, user, "Already recorded as "
                        + already.recorded().outcome().wire().replace('_', '-') + " by <@" + already.recorded().actor()
                        + ">; nothing changed.");
                case MeetingOutcomes.Result.NotFound missing -> api.ephemeral(channel, user, "That meeting no longer exists.");
            }
        });
    }

    /** Reviewers only (a refusal is shown and audited); the work runs after the ack, its failure an apology. */
    private Response click(BlockActionRequest req, ActionContext ctx, String what, Work work) {
        var value = Clicks.value(req, ActionValue.MEETING);
        if (value == null) return ctx.ack();
        if (!roles.mayReview(Clicks.user(req))) {
            Clicks.refuse(engine.refusals(), api, after, req,
                    "Only reviewers can record " + what + ". Ask a manager to add you to GATEHOUSE_REPS.");
            return ctx.ack();
        }
        var user = Clicks.user(req);
        var channel = Clicks.channel(req);
        var ts = Clicks.messageTs(req);
        after.submit(() -> {
            try {
                work.run(value.id(), user, channel, ts);
            } catch (RuntimeException e) {
                log.error("Recording the outcome of meeting {} failed", value.id(), e);
                api.ephemeral(channel, user, "Something went wrong recording that; try again.");
            }
        });
        return ctx.ack();
    }
}
