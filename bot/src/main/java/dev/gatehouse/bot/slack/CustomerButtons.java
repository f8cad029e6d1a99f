package dev.gatehouse.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.codec.ActionValue;
import dev.gatehouse.bot.render.CustomerAlertRenderer;
import dev.gatehouse.engine.Customers;
import dev.gatehouse.engine.Engine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;

/**
 * Acknowledge on a usage anomaly or a customer escalation: the first click is recorded (an
 * escalation acknowledged in time never reaches the managers) and the message shows who it was.
 */
public final class CustomerButtons {
    private static final Logger log = LoggerFactory.getLogger(CustomerButtons.class);
    private final Engine engine;
    private final SlackWebApi api;
    private final ExecutorService after;
    private final CustomerAlertRenderer renderer = new CustomerAlertRenderer();

    private final Roles csms;

    /** @param csms who may acknowledge: {@link Roles#isManager} is true for CSMs and managers */
    public CustomerButtons(Engine engine, Roles csms, SlackWebApi api, ExecutorService after) {
        this.csms = csms;
        this.engine = engine;
        this.api = api;
        this.after = after;
    }

    public void register(App app) {
        app.blockAction(ActionId.ANOMALY_ACK.wire(), (req, ctx) -> acknowledge(req, ctx, ActionValue.ANOMALY));
        app.blockAction(ActionId.ESCALATION_ACK.wire(), (req, ctx) -> acknowledge(req, ctx, ActionValue.ESCALATION));
    }

    private Response acknowledge(BlockActionRequest req, ActionContext ctx, String kind) {
        var value = Clicks.value(req, kind);
        if (value == null) return ctx.ack();
        var user = Clicks.user(req);
        if (!csms.isManager(user)) {
            Clicks.refuse(engine.refusals(), api, after, req, "Only CSMs and managers can acknowledge customer alerts. "
                    + "Ask to be added to GATEHOUSE_CSMS.");
            return ctx.ack();
        }
        var channel = Clicks.channel(req);
        var ts = Clicks.messageTs(req);
        after.submit(() -> {
            try {
                var customers = engine.customers();
                var anomaly = kind.equals(ActionValue.ANOMALY);
                var result = anomaly ? customers.acknowledgeAnomaly(value.id(), user) : customers.acknowledgeEscalation(value.id(), user);
                switch (result) {
                    case Customers.Acknowledged.Done done -> redraw(value.id(), anomaly, channel, ts, user);
                    case Customers.Acknowledged.Already already -> api.ephemeral(channel, user, "Already acknowledged by <@"
                            + already.by() + ">.");
                    case Customers.Acknowledged.NotFound missing -> api.ephemeral(channel, user, "That alert no longer exists.");
                }
            } catch (RuntimeException e) {
                log.error("Acknowledging {} {} failed", kind, value.id(), e);
                api.ephemeral(channel, user, "Something went wrong acknowledging that; try again.");
            }
        });
        return ctx.ack();
    }

    private void redraw(long id, boolean anomaly, String channel, String ts, String user) {
        var customers = engine.customers();
        var message = anomaly ? customers.anomalyAlert(id).map(a -> renderer.anomaly(a, user))
                : customers.escalationAlert(id).map(e -> renderer.escalation(e, e.escalation().managerNotifiedAt() != null, user));
        message.ifPresent(m -> api.update(channel, ts, m));
    }
}
