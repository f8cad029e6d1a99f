package dev.gatehouse.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.gatehouse.bot.codec.ActionId;
import dev.gatehouse.bot.render.HomeTabRenderer;
import dev.gatehouse.bot.render.HomeView;
import dev.gatehouse.bot.render.PlanText;
import dev.gatehouse.engine.Engine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The Gatehouse home tab, published each time someone opens it. Slack retries an event it did
 * not see acknowledged in time, with the same event_id; the id is recorded so each is handled once.
 */
public final class HomeTab {
    private static final Logger log = LoggerFactory.getLogger(HomeTab.class);

    /** Every event type registered with Bolt; {@code manifest/manifest.json} must subscribe to the same. */
    public static final List<String> EVENTS = List.of("app_home_opened");

    private final Engine engine;
    private final Roles roles;
    private final SlackWebApi api;
    private final ExecutorService after;
    private final HomeTabRenderer renderer = new HomeTabRenderer();

    public HomeTab(Engine engine, Roles roles, SlackWebApi api, ExecutorService after) {
        this.engine = engine;
        this.roles = roles;
        this.api = api;
        this.after = after;
    }

    public void register(App app) {
        // Open is a URL button: Slack opens the review message and still tells us; nothing to do but ack.
        app.blockAction(ActionId.OPEN_REVIEW.wire(), (req, ctx) -> ctx.ack());
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            var event = payload.getEvent();
            var eventId = payload.getEventId();
            if (event.getTab() != null && !event.getTab().equals("home")) return ctx.ack();
            after.submit(() -> {
                try {
                    if (eventId != null && !engine.firstDelivery(eventId)) return;
                    publish(event.getUser());
                } catch (RuntimeException e) {
                    log.error("Publishing the home tab for {} failed", event.getUser(), e);
                }
            });
            return ctx.ack();
        });
    }

    /** Renders and publishes one person's home tab; false when Slack did not take it. */
    public boolean publish(String userId) {
        var view = renderer.render(view(userId));
        return api.call("views.publish", () -> api.client().viewsPublish(r -> r.userId(userId).view(view))).isPresent();
    }

    HomeView view(String userId) {
        var home = engine.snapshots().home(userId, roles.isManager(userId));
        return new HomeView(userId, Progress.pending(home.pending(), api.workspaceUrl()), Progress.goalProgress(home.goals()),
                Progress.funnel(home.week()), home.autonomy(), home.asOf(), PlanText.render(engine.plans().report()));
    }
}
