package dev.gatehouse.engine;

import dev.gatehouse.engine.delivery.Secret;
import dev.gatehouse.engine.delivery.UnsubscribeTokens;
import dev.gatehouse.engine.followups.FollowUps;
import dev.gatehouse.engine.gate.TouchStatus;
import dev.gatehouse.engine.inbound.InboundWorld;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** One-click unsubscribe by the link's token: suppressed and audited at once, and the sequence stops. */
class UnsubscribesTest {
    private final UnsubscribeTokens tokens = new UnsubscribeTokens(new Secret("unsubscribe-secret-for-tests-0123456789abcdef"),
            Clock.systemUTC());
    private final InboundWorld world = new InboundWorld(reply -> {
        throw new AssertionError("no triage here");
    });
    private final Unsubscribes unsubscribes = new Unsubscribes(Optional.of(tokens), world.stores, world.followUps);

    @Test
    void unsubscribing_suppresses_audits_once_and_cancels_the_open_follow_up() {
        world.sendFirstTouch();
        world.clock.advance(Duration.ofDays(3));
        var open = (FollowUps.Outcome.Drafted) world.followUps.draftDue(world.seeded.touchId(), 1);
        var token = tokens.issue("dana@northwind.example");

        assertThat(unsubscribes.unsubscribe(token)).contains("dana@northwind.example");
        assertThat(unsubscribes.unsubscribe(token)).contains("dana@northwind.example");

        assertThat(world.stores.suppressions().isSuppressed("dana@northwind.example")).isTrue();
        assertThat(world.stores.audit().forSubject("email", "dana@northwind.example")).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("suppression.unsubscribe"));
        assertThat(world.stores.followUps().stopReason(world.seeded.touchId())).contains(dev.gatehouse.engine.sequence.StopReason.UNSUBSCRIBE);
        assertThat(world.stores.touches().find(open.touchId()).orElseThrow().status()).isEqualTo(TouchStatus.CANCELLED);
    }

    @Test
    void a_token_that_is_not_ours_unsubscribes_nobody() {
        var token = tokens.issue("dana@northwind.example");
        var tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        assertThat(unsubscribes.unsubscribe(tampered)).isEmpty();
        assertThat(new Unsubscribes(Optional.empty(), world.stores, world.followUps).unsubscribe(token)).isEmpty();
        assertThat(world.stores.suppressions().isSuppressed("dana@northwind.example")).isFalse();
    }
}
