package dev.gatehouse.bot.slack;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import dev.gatehouse.bot.Main;
import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.gate.TouchStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Map;

import static dev.gatehouse.bot.GatehouseStack.MANAGER;
import static dev.gatehouse.bot.GatehouseStack.REP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervised email sampled for review whose review message never reached Slack (the process
 * stopped, or Slack refused the post, between recording the sample and posting it) is posted when
 * the bot starts again, once, with its Looks right / Flag buttons.
 */
class UnpostedSampleTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private GatehouseStack stack;
    private Main.Running restarted;

    @AfterEach
    void stop() throws Exception {
        if (restarted != null) restarted.close();
        if (stack == null) return;
        if (restarted == null) stack.close();
        else stack.slack.close(); // the first instance was stopped by the test
    }

    private long successfulSamplePosts() {
        return stack.slack.calls("chat.postMessage").stream().filter(c -> c.param("blocks") != null
                && c.param("blocks").contains("gh_sample_ok") && stack.slack.answeredTs(c).isPresent()).count();
    }

    @Test
    void a_sample_recorded_but_not_posted_is_posted_once_on_the_next_start() throws Exception {
        stack = new GatehouseStack(mail, Map.of());
        stack.seedWorkspace();
        stack.stores.playbook().setAutonomy(ActionType.FIRST_EMAIL, AutonomyLevel.SUPERVISED, MANAGER, 100);
        stack.slack.failNext("chat.postMessage", "fatal_error");

        stack.postSignals("""
                {"account_domain":"northwind.example","kind":"funding","summary":"Northwind Freight raised a $20M Series B",
                 "source":"newsfeed","external_id":"nw-unposted"}""");
        var sent = stack.awaitTouches(TouchStatus.SENT, 1, Duration.ofSeconds(30));
        assertThat(sent).hasSize(1);
        var touchId = sent.getFirst().id();
        ReviewFlow.await(() -> stack.stores.samples().find(touchId).isPresent()
                && !stack.slack.calls("chat.postMessage").isEmpty(), Duration.ofSeconds(10));
        assertThat(stack.stores.touches().find(touchId).orElseThrow().slackMessage()).isEmpty();
        stack.running.close();

        restarted = stack.startAnother();

        var posted = stack.slack.await("chat.postMessage", c -> c.param("blocks") != null
                && c.param("blocks").contains("gh_sample_ok") && stack.slack.answeredTs(c).isPresent(), Duration.ofSeconds(30));
        assertThat(posted.param("channel")).isEqualTo(REP);
        assertThat(posted.param("blocks")).contains("Sampled for review").contains("gh_sample_flag");
        var recorded = stack.awaitRecordedMessage(touchId, Duration.ofSeconds(10)).slackMessage().orElseThrow();
        assertThat(recorded.ts()).isEqualTo(stack.slack.answeredTs(posted).orElseThrow());

        restarted.engine().sweep();
        restarted.close();
        restarted = stack.startAnother();
        restarted.engine().sweep();
        assertThat(successfulSamplePosts()).isEqualTo(1);
    }
}
