package dev.gatehouse.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.codec.InputId;
import dev.gatehouse.bot.codec.ModalMetadata;
import dev.gatehouse.bot.render.CloseModal;
import dev.gatehouse.engine.Engine;
import dev.gatehouse.engine.Outcomes;
import dev.gatehouse.engine.outcomes.OutcomeCommand;
import dev.gatehouse.engine.outcomes.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Won / Lost on a meeting brief: the click opens a modal at once (amount and note), based on the
 * version of the account's outcome it found; the submission records the close through the same
 * engine command as {@code /outcome}, after the ack, only while the outcome is still at that
 * version — so a double submission, a replay or a colleague's concurrent close records once, and
 * the others are told where the account stands.
 */
final class CloseButtons extends ReviewerButtons {
    private static final Logger log = LoggerFactory.getLogger(CloseButtons.class);

    private final SlackWebApi api;

    CloseButtons(Engine engine, Roles roles, SlackWebApi api, ExecutorService after) {
        super(engine, roles, api, after, "Only reviewers can record outcomes. Ask a manager to add you to GATEHOUSE_REPS.");
        this.api = api;
    }

    @Override
    public void register(App app) {
        app.blockAction(ActionId.OUTCOME_WON.wire(), (req, ctx) -> open(req, ctx, Stage.WON));
        app.blockAction(ActionId.OUTCOME_LOST.wire(), (req, ctx) -> open(req, ctx, Stage.LOST));
        app.viewSubmission(ActionId.OUTCOME_CLOSE_SUBMIT.wire(), this::submit);
    }

    private Response open(BlockActionRequest req, ActionContext ctx, Stage stage) {
        var value = value(req, ActionValue.MEETING);
        if (value == null) return ctx.ack();
        var standing = engine.outcomes().standing(value.id());
        if (standing.isEmpty()) {
            later(req, () -> "That meeting no longer exists.");
            return ctx.ack();
        }
        var metadata = ModalMetadata.of(ActionValue.close(value.id(), stage, standing.get().version()), Clicks.channel(req),
                Clicks.messageTs(req));
        if (!api.openView(req.getPayload().getTriggerId(), CloseModal.render(standing.get(), stage, metadata))) {
            log.warn("Could not open the {} modal for meeting {}", stage.wire(), value.id());
        }
        return ctx.ack();
    }

    private Response submit(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        var metadata = ModalMetadata.decode(req.getPayload().getView().getPrivateMetadata());
        if (!(metadata.value().target() instanceof ActionValue.Target.Close close)) {
            log.warn("A close modal came back with metadata for {}; ignored", metadata.renderedFor());
            return ctx.ack();
        }
        var refused = refused(req, ctx, ActionId.OUTCOME_CLOSE_SUBMIT, InputId.CLOSE_AMOUNT, metadata);
        if (refused != null) return refused;
        var values = req.getPayload().getView().getState().getValues();
        var amountText = text(values, InputId.CLOSE_AMOUNT);
        var amount = amountText.isEmpty() ? null : OutcomeCommands.amount(amountText).orElse(null);
        if (!amountText.isEmpty() && amount == null) {
            return errors(ctx, InputId.CLOSE_AMOUNT, "Not an amount: give e.g. 12000, 12k or $12,000.50 (or leave it empty).");
        }
        var standing = engine.outcomes().standing(close.id());
        if (standing.isEmpty()) return errors(ctx, InputId.CLOSE_AMOUNT, "That meeting no longer exists.");
        var user = req.getPayload().getUser().getId();
        var command = new OutcomeCommand(standing.get().domain(), close.stage(), amount, text(values, InputId.CLOSE_NOTE),
                OutcomeCommand.Source.SLACK, user, close.id());
        var problem = command.problem();
        if (problem.isPresent()) {
            var field = problem.get().startsWith("note") ? InputId.CLOSE_NOTE : InputId.CLOSE_AMOUNT;
            return errors(ctx, field, problem.get().substring(problem.get().indexOf(':') + 1).strip());
        }
        later(metadata.channelId(), user, () -> answer(engine.outcomes().recordIfUnchanged(command,
                close.basedOnVersion()), metadata, user));
        return ctx.ack();
    }

    /** Recorded: said in the brief's thread for everyone (nothing to tell the person alone); otherwise why not. */
    private String answer(Outcomes.Result result, ModalMetadata metadata, String user) {
        return switch (result) {
            case Outcomes.Result.Recorded r -> {
                var o = r.outcome();
                var text = (o.stage() == Stage.WON ? "🏆 Won" : "Lost") + (o.amount() == null ? "" : " · $" + o.amount().toPlainString())
                        + " · recorded by <@" + user + "> (version " + o.version() + ")" + (o.note() == null ? "" : ": " + o.note());
                if (metadata.hasMessage()) api.threadReply(metadata.channelId(), metadata.messageTs(), text);
                yield null;
            }
            case Outcomes.Result.Superseded s -> "Not recorded: *" + s.accountName() + "* changed since you opened this — it is "
                    + "now *" + s.current().stage().wire().replace('_', '-') + "*"
                    + (s.current().amount() == null ? "" : " ($" + s.current().amount().toPlainString() + ")")
                    + ", recorded by <@" + s.current().actor() + "> (version " + s.current().version()
                    + "). To change it, use `/outcome`.";
            case Outcomes.Result.Invalid invalid -> invalid.problem();
            case Outcomes.Result.UnknownAccount unknown -> "That account no longer exists.";
        };
    }

    private static Response errors(ViewSubmissionContext ctx, InputId input, String problem) {
        return ctx.ack(r -> r.responseAction("errors").errors(Map.of(input.blockId(), problem)));
    }

    private static String text(Map<String, Map<String, ViewState.Value>> values, InputId input) {
        var actions = values.get(input.blockId());
        var value = actions == null ? null : actions.get(input.actionId());
        return value == null || value.getValue() == null ? "" : value.getValue().strip();
    }
}
