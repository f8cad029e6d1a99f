package dev.gatehouse.bot.slack;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import dev.gatehouse.engine.accounts.Account;
import dev.gatehouse.engine.accounts.Contact;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static dev.gatehouse.bot.GatehouseStack.REP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A review the daily plan routes to another reviewer (the owner has no room left today) waits on
 * that reviewer's Home tab, where its DM went, and no longer on the owner's.
 */
class RoutedReviewHomeTabTest {
    private static final String OTHER = "U0OTHER";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private GatehouseStack stack;

    @AfterEach
    void stop() throws Exception {
        if (stack != null) stack.close();
    }

    @Test
    void a_review_routed_to_another_reviewer_shows_on_their_home_tab_and_leaves_the_owners() throws Exception {
        stack = new GatehouseStack(mail, Map.of("GATEHOUSE_REVIEWS_PER_REP_PER_DAY", "1"));
        stack.seedWorkspace();
        var south = stack.stores.accounts().upsert(new Account(0, "southwind.example", "Southwind Freight", "logistics", 240,
                "EMEA", "DE", List.of("netsuite"), "Freight forwarding for mid-size shippers across Europe", REP));
        stack.stores.accounts().upsert(new Contact(0, south, "sam@southwind.example", "Sam", "Berg", "CFO", "c_level",
                ZoneId.of("Europe/Berlin"), null));
        // the other reviewer owns an account too (that is how the plan knows them); it has no signal
        stack.stores.accounts().upsert(new Account(0, "quiet.example", "Quiet Carriers", "logistics", 240, "EMEA", "DE",
                List.of("netsuite"), "Freight forwarding", OTHER));
        var slack = new SlackPayloads(stack.url("/slack/events"), GatehouseStack.SIGNING_SECRET);

        stack.postSignals("""
                {"account_domain":"northwind.example","kind":"funding","summary":"Northwind Freight raised a Series B",
                 "source":"newsfeed","external_id":"nw-routed"}""");
        stack.awaitReviewMessage(REP, Duration.ofSeconds(30));
        stack.postSignals("""
                {"account_domain":"southwind.example","kind":"funding","summary":"Southwind Freight raised a Series B",
                 "source":"newsfeed","external_id":"sw-routed"}""");
        var routed = stack.awaitReviewMessage(OTHER, Duration.ofSeconds(30));
        assertThat(routed.blocks().toString()).contains("Southwind Freight");

        slack.postEvent(SlackPayloads.appHomeOpened(OTHER, "Ev0ROUTED1"), null);
        slack.postEvent(SlackPayloads.appHomeOpened(REP, "Ev0ROUTED2"), null);

        var reviewer = stack.slack.await("views.publish", c -> OTHER.equals(c.param("user_id")), Duration.ofSeconds(10));
        var owner = stack.slack.await("views.publish", c -> REP.equals(c.param("user_id")), Duration.ofSeconds(10));
        assertThat(reviewer.json("view").toString()).contains("Your pending reviews* (1)").contains("Southwind Freight");
        assertThat(owner.json("view").toString()).contains("Your pending reviews* (1)").contains("Northwind Freight")
                .doesNotContain("Southwind Freight");
    }
}
