package dev.gatehouse.bot.slack;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.bot.GatehouseStack;
import dev.gatehouse.engine.gate.ActionType;
import dev.gatehouse.engine.gate.AutonomyLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** GATEHOUSE_MANAGERS may name a Slack user group: its members are managers, others are not. */
class UserGroupRolesTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private GatehouseStack stack;
    private SlackPayloads slack;

    @BeforeEach
    void start() throws Exception {
        stack = new GatehouseStack(mail, Map.of("GATEHOUSE_MANAGERS", "U0MGR,S0SALESLEADS"),
                fake -> fake.userGroup("S0SALESLEADS", List.of("U0LEAD")));
        slack = new SlackPayloads(stack.url("/slack/events"), GatehouseStack.SIGNING_SECRET);
    }

    @AfterEach
    void stop() throws Exception {
        stack.close();
    }

    @Test
    void a_member_of_the_managers_group_may_set_autonomy() throws Exception {
        var response = slack.postForm(SlackPayloads.command("U0LEAD", "/autonomy", "follow_up supervised"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(stack.stores.playbook().autonomy(ActionType.FOLLOW_UP)).isEqualTo(AutonomyLevel.SUPERVISED);
        assertThat(stack.slack.calls("usergroups.users.list")).isNotEmpty();
    }

    @Test
    void someone_outside_the_group_is_refused() throws Exception {
        var response = slack.postForm(SlackPayloads.command("U0OUTSIDER", "/autonomy", "follow_up supervised"));

        assertThat(response.body()).contains("Only managers");
        assertThat(stack.stores.playbook().autonomy(ActionType.FOLLOW_UP)).isEqualTo(AutonomyLevel.COPILOT);
    }
}
