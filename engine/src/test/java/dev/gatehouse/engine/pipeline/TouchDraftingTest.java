package dev.gatehouse.engine.pipeline;

import dev.gatehouse.engine.gate.AutonomyLevel;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.inbound.InboundWorld;
import dev.gatehouse.engine.verify.Verification;
import dev.gatehouse.engine.writing.Draft;
import dev.gatehouse.engine.writing.Guardrails;
import dev.gatehouse.engine.writing.TouchKind;
import dev.gatehouse.engine.writing.WritingRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TouchDraftingTest {
    private final InboundWorld world = new InboundWorld(reply -> {
        throw new AssertionError("no triage here");
    });

    private WritingRequest request(TouchKind kind) {
        var account = world.stores.accounts().account(world.seeded.accountId()).orElseThrow();
        var contact = world.stores.accounts().contact(world.seeded.contactId()).orElseThrow();
        return new WritingRequest(kind, 1, account, contact, List.of(), world.stores.signals().forAccount(account.id()),
                world.stores.playbook().currentOffer().orElseThrow().value(), Guardrails.DEFAULT, List.of(), List.of());
    }

    @Test
    void a_draft_under_supervised_autonomy_is_approved_at_once_and_audited_with_its_route() {
        var drafted = world.touches.draft(request(TouchKind.FOLLOW_UP), world.seeded.touchId(),
                new TouchDrafting.Route.ByAutonomy(dev.gatehouse.engine.gate.ActionType.FOLLOW_UP, AutonomyLevel.SUPERVISED), Map.of(), TouchDrafting.Claim.ALWAYS)
                .orElseThrow();

        assertThat(drafted.status()).isEqualTo(TouchStatus.APPROVED);
        assertThat(world.sendsScheduled).hasSize(1);
        assertThat(world.stores.audit().forSubject("touch", drafted.touchId())).extracting(e -> e.action())
                .containsExactlyInAnyOrder("touch.drafted", "touch.approve");
    }

    @Test
    void a_proposal_waits_for_a_person_whatever_the_policy_says() {
        var written = new Draft("Re: Northwind's Series B", "Hi Dana,\n\nHappy to talk.\n\nAri", List.of(), "a person", null);

        var drafted = world.touches.submit(request(TouchKind.REPLY), world.seeded.touchId(), written,
                new Verification.Passed(), new TouchDrafting.Route.Proposal(), Map.of("reply_id", 7));

        assertThat(drafted.status()).isEqualTo(TouchStatus.PENDING_REVIEW);
        assertThat(world.ready).extracting(item -> item.touchId()).containsExactly(drafted.touchId());
        assertThat(world.sendsScheduled).isEmpty();
    }

    @Test
    void a_claim_lost_to_another_run_stores_nothing_and_asks_nobody() {
        var before = world.stores.touches().forAccount(world.seeded.accountId()).size();

        var drafted = world.touches.draft(request(TouchKind.FOLLOW_UP), world.seeded.touchId(),
                new TouchDrafting.Route.ByAutonomy(dev.gatehouse.engine.gate.ActionType.FOLLOW_UP, AutonomyLevel.COPILOT), Map.of(), (tx, id) -> false);

        assertThat(drafted).isEmpty();
        assertThat(world.stores.touches().forAccount(world.seeded.accountId())).hasSize(before);
        assertThat(world.ready).isEmpty();
    }
}
