package dev.gatehouse.bot.slack;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixture of tests that drive the whole running bot with slash commands and events: a fresh
 * {@link GatehouseStack} per test with the workspace seeded, GreenMail for its SMTP, and requests
 * signed as Slack signs them ({@link #slack}). A test adds settings by overriding {@link #settings}.
 */
public abstract class SignedCommands {
    @RegisterExtension
    protected final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    protected GatehouseStack stack;
    protected SlackPayloads slack;

    /** Settings beyond {@link GatehouseStack#env}; none by default. */
    protected Map<String, String> settings() {
        return Map.of();
    }

    @BeforeEach
    protected final void startTheBot() throws Exception {
        stack = new GatehouseStack(mail, settings());
        stack.seedWorkspace();
        slack = new SlackPayloads(stack.url("/slack/events"), GatehouseStack.SIGNING_SECRET);
    }

    @AfterEach
    protected final void stopTheBot() throws Exception {
        stack.close();
    }

    /** Runs {@code command} as {@code user}: Slack gets its 200, and the body (the immediate answer) is returned. */
    protected String run(String user, String command, String text) throws Exception {
        var response = slack.postForm(SlackPayloads.command(user, command, text));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
