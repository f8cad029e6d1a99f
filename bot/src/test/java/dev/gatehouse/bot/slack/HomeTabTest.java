package dev.gatehouse.bot.slack;

import dev.gatehouse.bot.GatehouseStack;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.gatehouse.bot.GatehouseStack.MANAGER;
import static dev.gatehouse.bot.GatehouseStack.REP;
import static org.assertj.core.api.Assertions.assertThat;

/** app_home_opened over real HTTP: the home tab is published once per event id. */
class HomeTabTest extends SignedCommands {
    @Test
    void opening_the_home_tab_publishes_a_view_for_that_person() throws Exception {
        var response = slack.postEvent(SlackPayloads.appHomeOpened(MANAGER, "Ev0HOME1"), null);

        assertThat(response.statusCode()).isEqualTo(200);
        var published = stack.slack.await("views.publish", c -> true, Duration.ofSeconds(10));
        assertThat(published.param("user_id")).isEqualTo(MANAGER);
        assertThat(published.json("view").path("type").asText()).isEqualTo("home");
        assertThat(published.json("view").toString()).contains("Autonomy").contains("This week");
    }

    @Test
    void a_retried_event_publishes_once() throws Exception {
        var event = SlackPayloads.appHomeOpened(REP, "Ev0HOME2");

        assertThat(slack.postEvent(event, null).statusCode()).isEqualTo(200);
        assertThat(slack.postEvent(event, 1).statusCode()).isEqualTo(200);
        assertThat(slack.postEvent(event, 2).statusCode()).isEqualTo(200);

        stack.slack.await("views.publish", c -> true, Duration.ofSeconds(10));
        Thread.sleep(1000);
        assertThat(stack.slack.calls("views.publish")).hasSize(1);
    }

    @Test
    void two_different_events_publish_twice() throws Exception {
        slack.postEvent(SlackPayloads.appHomeOpened(REP, "Ev0HOME3"), null);
        slack.postEvent(SlackPayloads.appHomeOpened(REP, "Ev0HOME4"), null);

        stack.slack.await("views.publish", c -> stack.slack.calls("views.publish").size() == 2, Duration.ofSeconds(10));
        assertThat(stack.slack.calls("views.publish")).hasSize(2);
    }

    @Test
    void pending_reviews_show_on_the_account_owners_home_tab_and_not_on_anothers() throws Exception {
        stack.postSignals("""
                {"account_domain":"northwind.example","kind":"funding","summary":"Northwind Freight raised a Series B",
                 "source_url":"https://news.example.com/nw-b","source":"newsfeed","external_id":"nw-b-home"}""");
        stack.awaitReviewMessage(Duration.ofSeconds(30));

        slack.postEvent(SlackPayloads.appHomeOpened(REP, "Ev0HOME5"), null);
        slack.postEvent(SlackPayloads.appHomeOpened("U0OTHER", "Ev0HOME6"), null);

        var owner = stack.slack.await("views.publish", c -> REP.equals(c.param("user_id")), Duration.ofSeconds(10));
        var other = stack.slack.await("views.publish", c -> "U0OTHER".equals(c.param("user_id")), Duration.ofSeconds(10));
        assertThat(owner.json("view").toString()).contains("Your pending reviews* (1)").contains("Northwind Freight");
        assertThat(other.json("view").toString()).contains("Your pending reviews* (0)");
    }

    @Test
    void goal_progress_appears_on_the_home_tab() throws Exception {
        slack.postForm(SlackPayloads.command(MANAGER, "/goal", "12 sent this week"));

        slack.postEvent(SlackPayloads.appHomeOpened(MANAGER, "Ev0HOME7"), null);

        var published = stack.slack.await("views.publish", c -> true, Duration.ofSeconds(10));
        assertThat(published.json("view").toString()).contains("sent ").contains("0/12");
    }
}
