package dev.gatehouse.bot.slack;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a review message goes: the approvals channel when one is configured, else the account
 * owner's DM, else a manager's DM (a listed user, or a member of a listed user group).
 */
class RoutingTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String SIGNAL = """
            {"account_domain":"northwind.example","kind":"funding",
             "summary":"Northwind Freight raised a $20M Series B","source":"newsfeed","external_id":"nw-b"}""";

    private GatehouseStack stack;

    private void start(Map<String, String> env, boolean owned, Consumer<FakeSlackApi> prepare) throws Exception {
        stack = new GatehouseStack(mail, env, prepare);
        stack.seedWorkspace();
        if (!owned) dev.gatehouse.engine.store.TestDatabase.execute("update accounts set owner_slack_id = null");
        assertThat(stack.postSignals(SIGNAL).statusCode()).isEqualTo(202);
    }

    @AfterEach
    void stop() throws Exception {
        if (stack != null) stack.close();
    }

    private List<String> reviewChannels() {
        return stack.slack.calls("chat.postMessage").stream().filter(c -> c.param("blocks") != null)
                .map(c -> c.param("channel")).toList();
    }

    @Test
    void the_approvals_channel_gets_the_review_when_configured() throws Exception {
        start(Map.of("GATEHOUSE_APPROVALS_CHANNEL", "C0APPROVALS"), true, slack -> {
        });

        var review = stack.awaitReviewMessage("C0APPROVALS", Duration.ofSeconds(30));

        assertThat(review.buttonValue("gh_approve")).isPresent();
        assertThat(reviewChannels()).containsExactly("C0APPROVALS");
    }

    @Test
    void without_an_approvals_channel_the_account_owner_gets_a_dm() throws Exception {
        start(Map.of(), true, slack -> {
        });

        stack.awaitReviewMessage(GatehouseStack.REP, Duration.ofSeconds(30));

        assertThat(reviewChannels()).containsExactly(GatehouseStack.REP);
    }

    @Test
    void an_account_without_an_owner_goes_to_a_manager() throws Exception {
        start(Map.of(), false, slack -> {
        });

        stack.awaitReviewMessage(GatehouseStack.MANAGER, Duration.ofSeconds(30));

        assertThat(reviewChannels()).containsExactly(GatehouseStack.MANAGER);
    }

    @Test
    void with_only_a_user_group_as_managers_a_member_of_it_gets_the_review() throws Exception {
        start(Map.of("GATEHOUSE_MANAGERS", "S0SALESLEADS"), false,
                slack -> slack.userGroup("S0SALESLEADS", List.of("U0LEADB", "U0LEADA")));

        stack.awaitReviewMessage("U0LEADA", Duration.ofSeconds(30));

        assertThat(reviewChannels()).containsExactly("U0LEADA");
    }
}
